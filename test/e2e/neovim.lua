-- Neovim (0.7 API) as a second real LSP client of Tally's server, run headless by neovim.mjs:
--   nvim --headless --clean -c 'luafile test/e2e/neovim.lua'
-- Inputs (environment): TALLY_NVIM_SERVER  path of dist/server.js
--                       TALLY_NVIM_FILE    Markdown draft to open (a copy: the script edits it)
--                       TALLY_NVIM_CLAIM   text of a wrong claim in the draft
--                       TALLY_NVIM_OUT     where the JSON observations are written
-- The script only observes and writes JSON; neovim.mjs makes the assertions, so a failure report
-- shows everything the client saw. The body runs under pcall: an uncaught Lua error would leave
-- headless nvim waiting forever.

local out_path = os.getenv('TALLY_NVIM_OUT')
local observed = { stage = 'start' }

local function write_observations()
  local file = assert(io.open(out_path, 'w'))
  file:write(vim.fn.json_encode(observed))
  file:close()
end

local function buffer_text(buf)
  return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
end

-- The first response of any client to a synchronous request, or nil and an error text.
local function request(buf, method, params)
  local responses, err = vim.lsp.buf_request_sync(buf, method, params, 10000)
  if not responses then return nil, tostring(err) end
  for _, response in pairs(responses) do
    if response.err then return nil, vim.inspect(response.err) end
    return response.result, nil
  end
  return nil, 'no response'
end

-- Zero-based line and UTF-16 character of the first occurrence of `needle` in the buffer.
local function find_text(buf, needle)
  for index, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local byte = line:find(needle, 1, true)
    if byte then
      local _, utf16 = vim.str_utfindex(line, byte - 1)
      return { line = index - 1, character = utf16 }
    end
  end
  return nil
end

local function covers(range, pos)
  local after_start = pos.line > range.start.line
    or (pos.line == range.start.line and pos.character >= range.start.character)
  local before_end = pos.line < range['end'].line
    or (pos.line == range['end'].line and pos.character < range['end'].character)
  return after_start and before_end
end

local function run()
  local file = os.getenv('TALLY_NVIM_FILE')
  local claim = os.getenv('TALLY_NVIM_CLAIM')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'markdown' -- the languageId sent in didOpen
  observed.original = buffer_text(buf)

  -- Keep the raw LSP diagnostics (code, source, data) as the server published them.
  local published = nil
  local exited = false
  local client_id = vim.lsp.start_client({
    name = 'tally',
    cmd = { 'node', os.getenv('TALLY_NVIM_SERVER'), '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    on_exit = function(code, signal)
      exited = true
      observed.server_exit = { code = code, signal = signal }
    end,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result and result.uri == vim.uri_from_bufnr(buf) then published = result.diagnostics end
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
  })
  observed.stage = 'attach'
  vim.lsp.buf_attach_client(buf, client_id)

  local started = vim.loop.hrtime()
  vim.wait(15000, function() return exited or (published ~= nil and #published > 0) end, 20)
  if exited then error('the language server exited before publishing diagnostics') end
  observed.diagnostics_ms = math.floor((vim.loop.hrtime() - started) / 1e6)
  observed.diagnostics = published or {}
  observed.neovim_diagnostic_count = #vim.diagnostic.get(buf)

  local position = find_text(buf, claim)
  if not position then error('claim "' .. claim .. '" is not in the buffer') end
  observed.claim_position = position
  local text_document = { uri = vim.uri_from_bufnr(buf) }

  observed.stage = 'hover'
  local hover, hover_err = request(buf, 'textDocument/hover',
    { textDocument = text_document, position = { line = position.line, character = position.character + 1 } })
  observed.hover = hover
  observed.hover_error = hover_err

  observed.stage = 'codeAction'
  local target = nil
  for _, diagnostic in ipairs(observed.diagnostics) do
    if covers(diagnostic.range, position) then target = diagnostic end
  end
  if not target then error('no published diagnostic covers the claim') end
  local actions, action_err = request(buf, 'textDocument/codeAction', {
    textDocument = text_document,
    range = target.range,
    context = { diagnostics = { target }, only = { 'quickfix' } },
  })
  observed.code_action_error = action_err
  observed.code_action_titles = {}
  local chosen = nil
  for _, action in ipairs(actions or {}) do
    table.insert(observed.code_action_titles, action.title)
    if not chosen and action.title:find('Replace', 1, true) == 1 then chosen = action end
  end
  if not chosen then error('no "Replace …" code action was offered') end
  if not chosen.edit and chosen.data ~= nil then
    chosen = request(buf, 'codeAction/resolve', chosen) or chosen
  end
  observed.chosen_title = chosen.title
  if not chosen.edit then error('the chosen code action carries no edit') end

  observed.stage = 'applyEdit'
  published = nil
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  observed.after_fix = buffer_text(buf)
  -- The server re-checks on didChange; wait for its next publication for this buffer.
  vim.wait(15000, function() return published ~= nil end, 20)
  observed.diagnostics_after_fix = published or {}

  observed.stage = 'done'
  vim.lsp.stop_client(client_id)
end

-- The last lines of Neovim's LSP log: the server's stderr and protocol errors end up there.
local function lsp_log_tail()
  local file = io.open(vim.lsp.get_log_path(), 'r')
  if not file then return nil end
  local lines = {}
  for line in file:lines() do
    table.insert(lines, line)
    if #lines > 40 then table.remove(lines, 1) end
  end
  file:close()
  return table.concat(lines, '\n')
end

local ok, err = pcall(run)
observed.ok = ok
if not ok then
  observed.error = tostring(err)
  observed.lsp_log = lsp_log_tail()
end
pcall(write_observations)
vim.cmd(ok and 'qa!' or 'cq!')
