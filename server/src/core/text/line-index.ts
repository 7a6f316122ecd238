import type { Position, Range } from '../types';

/**
 * Converts between string offsets and LSP positions. JavaScript strings are UTF-16, so string
 * offsets within a line are already LSP characters. Line breaks are \n, \r\n and \r, as in LSP.
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];

  /** The line of the last positionAt: lookups mostly go forward through the text. */
  private lastLine = 0;

  constructor(readonly text: string) {
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      // The usual case: \n only. indexOf scans far faster than a loop over the characters.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 /* \r */) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        } else if (c === 10 /* \n */) {
          starts.push(i + 1);
        }
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    const last = starts.length - 1;
    let lo: number;
    // The last line found, or the next one; else a binary search.
    const hint = this.lastLine;
    if (starts[hint] <= offset && (hint === last || offset < starts[hint + 1])) lo = hint;
    else if (hint < last && starts[hint + 1] <= offset && (hint + 1 === last || offset < starts[hint + 2])) lo = hint + 1;
    else {
      lo = 0;
      let hi = last;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
    }
    this.lastLine = lo;
    // An offset inside a \r\n pair belongs to the end of the line.
    const lineEnd = this.lineEndOffset(lo);
    return { line: lo, character: Math.min(offset, lineEnd) - starts[lo] };
  }

  offsetAt(p: Position): number {
    if (p.line < 0) return 0;
    if (p.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[p.line];
    return Math.min(start + Math.max(0, p.character), this.lineEndOffset(p.line));
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** Offset just before the line break of `line` (or the end of text). */
  lineEndOffset(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEndOffset(line));
  }

  /** The line break used by the file: its first one (\n, \r\n or a lone \r); \n when it has none. */
  get eol(): string {
    if (this.lineStarts.length < 2) return '\n';
    const end = this.lineStarts[1];
    return this.text.charCodeAt(end - 1) === 13 ? '\r' : this.text.charCodeAt(end - 2) === 13 ? '\r\n' : '\n';
  }
}
