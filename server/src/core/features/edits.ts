import { LineIndex } from '../text/line-index';
import { comparePositions, Range, TextEdit } from '../types';

/** True when two edits touch a common character (two inserts at one point do not). */
export function editsOverlap(a: Range, b: Range): boolean {
  const aEmpty = comparePositions(a.start, a.end) === 0;
  const bEmpty = comparePositions(b.start, b.end) === 0;
  if (aEmpty && bEmpty) return false;
  if (aEmpty) return comparePositions(b.start, a.start) < 0 && comparePositions(a.start, b.end) < 0;
  if (bEmpty) return comparePositions(a.start, b.start) < 0 && comparePositions(b.start, a.end) < 0;
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}

/** Applies edits to a text (LSP semantics: ranges refer to the original text). Throws on overlapping edits. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const index = new LineIndex(text);
  const spans = edits
    .map((e, i) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), text: e.newText, i }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) throw new Error(`overlapping edits at offset ${s.start}`);
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * Whole-line edits turning `before` into `after`: lines both texts share (by a longest common
 * subsequence) are not touched, so comments and everything else outside the changes stay.
 */
export function diffEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = splitKeep(before);
  const b = splitKeep(after);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  const index = new LineIndex(before);
  const offsetOfLine = (k: number) => a.slice(0, k).reduce((n, l) => n + l.length, 0);
  const edit = (aFrom: number, aTo: number, lines: string[]): TextEdit => ({
    range: index.range(offsetOfLine(aFrom), offsetOfLine(aTo)),
    newText: lines.join(''),
  });
  if (am.length * bm.length > 4_000_000) return [edit(pre, a.length - suf, bm)];
  // LCS table over the differing middle.
  const n = am.length;
  const m = bm.length;
  const dp: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i][j] = am[i] === bm[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const edits: TextEdit[] = [];
  let i = 0;
  let j = 0;
  let hunk: { ai: number; bj: number } | undefined;
  const flush = () => {
    if (hunk) edits.push(edit(pre + hunk.ai, pre + i, bm.slice(hunk.bj, j)));
    hunk = undefined;
  };
  while (i < n || j < m) {
    if (i < n && j < m && am[i] === bm[j]) {
      flush();
      i++;
      j++;
    } else {
      hunk ??= { ai: i, bj: j };
      if (j < m && (i >= n || dp[i][j + 1] >= dp[i + 1][j])) j++;
      else i++;
    }
  }
  flush();
  return edits;
}

/** Lines with their line breaks. */
function splitKeep(text: string): string[] {
  return text.match(/[^\r\n]*(\r\n|\n|\r)|[^\r\n]+$/g) ?? [];
}
