// Loads the labelled evaluation corpus (test/corpus/<lang>/<name>.md + <name>.labels.json) and turns
// every label into an offset span, so the scorer can compare labels with the CLI's findings.
// Offsets are UTF-16 code units into the draft text, end exclusive (the CLI JSON uses the same).
import fs from 'node:fs';
import path from 'node:path';

export const LANGS = ['en', 'zh'];
export const LABELS = ['wrong', 'correct', 'imprecise', 'unverifiable', 'non-claim'];
export const TYPES = ['fact', 'arithmetic', 'none'];

/**
 * Index of the n-th (1-based) occurrence of `needle` in `text`, scanning left to right without
 * overlaps; -1 when there are fewer than n. The labels validator uses the same rule.
 */
export function nthOccurrence(text, needle, n) {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf(needle, k === 0 ? 0 : at + needle.length);
    if (at < 0) return -1;
  }
  return at;
}

/**
 * Words in a draft: whitespace-separated tokens with a Latin letter or digit once CJK characters are
 * blanked out, plus CJK characters / 1.5 (about how many characters a Chinese word takes).
 */
export const WORD_RULE = 'words = whitespace-separated tokens containing a Latin letter or digit (CJK removed) + CJK characters / 1.5';
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const CJK_AND_PUNCT = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/g;
export function countWords(text) {
  const cjk = (text.match(CJK) || []).length;
  const latin = text
    .replace(CJK_AND_PUNCT, ' ')
    .split(/\s+/)
    .filter((w) => /[A-Za-z0-9]/.test(w)).length;
  return latin + cjk / 1.5;
}

/** The drafts of the corpus, sorted by language then name: absolute paths of the `.md` files. */
export function listDrafts(corpusDir) {
  const out = [];
  for (const lang of LANGS) {
    const dir = path.join(corpusDir, lang);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.endsWith('.md')) out.push(path.join(dir, name));
    }
  }
  return out;
}

/**
 * Every draft with its text, language, word count and located labels. Labels whose text cannot be
 * found are returned in `problems` instead of silently dropped: a broken label is a corpus bug.
 */
export function loadCorpus(corpusDir) {
  const drafts = [];
  const problems = [];
  for (const file of listDrafts(corpusDir)) {
    const text = fs.readFileSync(file, 'utf8');
    const labelsFile = file.replace(/\.md$/, '.labels.json');
    const lang = path.basename(path.dirname(file));
    const labels = [];
    if (!fs.existsSync(labelsFile)) {
      problems.push(`${rel(corpusDir, file)}: no ${path.basename(labelsFile)}`);
    } else {
      const raw = JSON.parse(fs.readFileSync(labelsFile, 'utf8'));
      raw.forEach((label, index) => {
        const start = nthOccurrence(text, label.text, label.occurrence ?? 1);
        if (start < 0) {
          problems.push(`${rel(corpusDir, labelsFile)}#${index}: "${label.text}" occurs fewer than ${label.occurrence ?? 1} times`);
          return;
        }
        labels.push({ ...label, index, start, end: start + label.text.length });
      });
    }
    drafts.push({ file, name: rel(corpusDir, file), lang, text, words: countWords(text), labels });
  }
  return { drafts, problems };
}

/** 1-based line of an offset, for readable reports. */
export function lineOf(text, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function rel(dir, file) {
  return path.relative(dir, file).split(path.sep).join('/');
}
