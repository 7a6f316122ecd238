/**
 * Text comparison as format.md defines it: case, white space, punctuation at the ends and a
 * numbering prefix do not matter; nor do spaces around "/" or after a hyphen, nor quote shapes.
 */
// "2.1", "2.1 ", "2.1. " and, as forms copied from PDFs write it, "3.2.Mengupayakan".
const NUMBER_PREFIX = /^\s*(\d+)\s*\.\s*(\d+)\s*(?:\.(?=\s*\p{L})|\.?(?=\s|$))\s*/u;
const END_PUNCT = /^[\s.;,:]+|[\s.;,:]+$/g;

/**
 * Texts normalised lately. Standards repeat the official texts, so most calls are hits. Bounded
 * (oldest entry out first) and only for texts of ordinary length.
 */
const recent = new Map<string, string>();
const RECENT_LIMIT = 2048;
const RECENT_MAX_LENGTH = 600;

export function normalizeText(text: string): string {
  let n = recent.get(text);
  if (n !== undefined) return n;
  n = normalizeTextUncached(text);
  if (text.length <= RECENT_MAX_LENGTH) {
    if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
    recent.set(detached(text), detached(n));
  }
  return n;
}

/** Whether two texts are the same after normalisation (identical texts, the usual case, without normalising). */
export function sameText(a: string, b: string): boolean {
  return a === b || normalizeText(a) === normalizeText(b);
}

/**
 * A text as written, without what does not count as wording (normalizeText's view, case kept):
 * runs of white space, spaces around a slash or after a hyphen (the regulation's PDF writes
 * "diterima/ diberikan" and "posisi- posisi"), curly quotes, punctuation at the ends.
 */
export function typeset(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ?\/ ?/g, '/')
    .replace(/(\p{L})- (?=\p{L})/gu, '$1-')
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(END_PUNCT, '');
}

/** normalizeText without the memo: for texts normalised once and kept by the caller. */
export function normalizeTextUncached(text: string): string {
  // NFC only matters outside ASCII; most regulation text is plain ASCII.
  return (/^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFC'))
    .replace(NUMBER_PREFIX, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?\/ ?/g, '/')
    .replace(/(\p{L})- (?=\p{L})/gu, '$1-')
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(END_PUNCT, '')
    .toLowerCase();
}

/**
 * A copy of `s` that does not keep a larger string alive: a substring of a file's text (what the
 * YAML parser returns) would otherwise hold on to the whole text while it sits in a cache.
 */
export function detached(s: string): string {
  return (' ' + s).slice(1);
}

/** What an indicator item refers to: a number, a text, or both. */
export interface IndicatorRef {
  /** "2.1", when the item starts with a number. */
  nomor?: string;
  level?: number;
  /** The text after the number, when there is any. */
  teks?: string;
}

export function parseIndicatorRef(raw: string): IndicatorRef {
  const m = NUMBER_PREFIX.exec(raw);
  if (!m) return { teks: raw.trim() };
  const rest = raw.slice(m[0].length).trim();
  const ref: IndicatorRef = { nomor: `${Number(m[1])}.${Number(m[2])}`, level: Number(m[1]) };
  if (rest) ref.teks = rest;
  return ref;
}

/** Levenshtein distance, bounded: returns max+1 as soon as the distance exceeds max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array(b.length + 1);
  let cur = new Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Similarity 0..1 of two normalised texts, by shared words (fast, order-insensitive). */
export function wordSimilarity(a: string, b: string): number {
  return wordSetSimilarity(wordSet(a), wordSet(b));
}

/** The distinct words of a normalised text (wordSimilarity's view of it). */
export function wordSet(text: string): Set<string> {
  return new Set(text.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/** wordSimilarity of two texts given as their word sets. */
export function wordSetSimilarity(wa: Set<string>, wb: Set<string>): number {
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return (2 * shared) / (wa.size + wb.size);
}

/**
 * The text as near matching compares it: normalised, then only its letters and digits. Spaces and
 * punctuation do not count ("etik/ nilai-nilai" = "etik/nilai-nilai", "kebijakan kebijakan" =
 * "kebijakan-kebijakan"); what remains is compared by edit distance (docs/rules.md, indicator-wording).
 */
export function looseKey(text: string): string {
  return normalizeText(text).replace(/[^\p{L}\p{N}]+/gu, '');
}
