#!/usr/bin/env bash
# Installs what the end-to-end suite needs on a fresh Debian machine (run as root, Node 20):
# Debian's chromium (with CJK and emoji fonts for the screenshots), neovim and ripgrep, the build tools
# code-server's native modules need, then code-server and playwright-core into test/e2e/node_modules
# from the lockfile.
# Idempotent: every step is skipped when its result is already there.
set -euo pipefail

E2E_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
APT_PACKAGES=(build-essential pkg-config python3 libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev
  chromium fonts-dejavu-core fonts-wqy-microhei fonts-noto-color-emoji ripgrep neovim)

log() { printf '[e2e install] %s\n' "$*"; }

missing_apt_packages() {
  local pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || printf '%s\n' "$pkg"
  done
}

install_apt_packages() {
  local missing
  missing="$(missing_apt_packages)"
  if [[ -z "$missing" ]]; then
    log "apt packages already installed"
    return
  fi
  log "installing apt packages: $(echo $missing)"
  apt-get update -qq
  # shellcheck disable=SC2086 # one package per word is intended
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# @vscode/ripgrep's postinstall downloads rg from GitHub, which is unreachable here:
# put Debian's rg into the cache it looks in first, under the name it expects.
seed_ripgrep_cache() {
  local cache_dir archive
  cache_dir="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
  archive="$cache_dir/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  [[ -s "$archive" ]] && return
  log "seeding the @vscode/ripgrep cache with Debian's rg"
  mkdir -p "$cache_dir"
  tar czf "$archive" -C /usr/bin rg
}

lock_stamp() { sha256sum "$E2E_DIR/package-lock.json" | cut -d' ' -f1; }

install_node_modules() {
  local stamp_file="$E2E_DIR/node_modules/.tally-e2e-lock-sha256"
  if [[ -f "$stamp_file" && "$(cat "$stamp_file")" == "$(lock_stamp)" \
        && -x "$E2E_DIR/node_modules/.bin/code-server" ]]; then
    log "node modules already installed"
    return
  fi
  seed_ripgrep_cache
  log "npm ci in test/e2e (code-server + playwright-core, about a minute)"
  # As root, code-server's postinstall needs unsafe-perm; node-pty's postinstall runs npx, which needs "yes".
  (cd "$E2E_DIR" && npm_config_unsafe_perm=true npm_config_yes=true \
    npm ci --no-audit --no-fund --loglevel=error)
  lock_stamp >"$stamp_file"
}

install_apt_packages
install_node_modules
log "ready"
