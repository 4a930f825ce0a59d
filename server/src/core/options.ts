/**
 * Tally's options: the one place where every setting and its default is defined.
 * The language server sanitises `tally.*` settings into this shape; the CLI builds it from flags and
 * the workspace config file. test/manifest.test.ts keeps package.json's contributed settings in sync.
 */
import type { Severity } from './model';

export type SeverityOverride = Severity | 'off';

export interface Options {
  /** Check Markdown documents at all. */
  enable: boolean;
  /** Severity per check id; a check missing here keeps its own default. */
  severity: Record<string, SeverityOverride>;
  /** Report claims that no fact can decide, as hints. */
  reportUnverified: boolean;
  /** Extra fact pack files or folders (relative to the workspace root). */
  factPaths: string[];
  /** The date to assume for drafts that state none (YYYY-MM-DD); empty = the file's own or none. */
  documentDate: string;
  /** Documents larger than this many characters are checked only in part, and Tally says so. */
  maxDocumentSize: number;
  /** Milliseconds to wait after a keystroke before re-checking. */
  debounceMs: number;
  /** Display language of messages: "auto" follows the editor. */
  locale: 'auto' | 'en' | 'zh-cn';
}

export const DEFAULT_OPTIONS: Readonly<Options> = Object.freeze({
  enable: true,
  severity: {},
  reportUnverified: false,
  factPaths: ['.tally/facts'],
  documentDate: '',
  maxDocumentSize: 5_000_000,
  debounceMs: 150,
  locale: 'auto',
});

const SEVERITIES: readonly SeverityOverride[] = ['off', 'hint', 'information', 'warning', 'error'];

/** Turns untrusted JSON (settings, config files) into Options; unknown or ill-typed keys fall back to defaults. */
export function sanitizeOptions(raw: unknown, base: Readonly<Options> = DEFAULT_OPTIONS): Options {
  const out: Options = { ...base, severity: { ...base.severity }, factPaths: [...base.factPaths] };
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  if (typeof r.enable === 'boolean') out.enable = r.enable;
  if (typeof r.reportUnverified === 'boolean') out.reportUnverified = r.reportUnverified;
  if (Array.isArray(r.factPaths)) out.factPaths = r.factPaths.filter((p): p is string => typeof p === 'string');
  if (typeof r.documentDate === 'string' && (r.documentDate === '' || /^\d{4}-\d{2}-\d{2}$/.test(r.documentDate))) {
    out.documentDate = r.documentDate;
  }
  if (typeof r.maxDocumentSize === 'number' && r.maxDocumentSize > 0) out.maxDocumentSize = r.maxDocumentSize;
  if (typeof r.debounceMs === 'number' && r.debounceMs >= 0) out.debounceMs = r.debounceMs;
  if (r.locale === 'auto' || r.locale === 'en' || r.locale === 'zh-cn') out.locale = r.locale;
  if (r.severity && typeof r.severity === 'object') {
    for (const [check, value] of Object.entries(r.severity as Record<string, unknown>)) {
      if (SEVERITIES.includes(value as SeverityOverride)) out.severity[check] = value as SeverityOverride;
    }
  }
  return out;
}
