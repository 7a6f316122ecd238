/**
 * A text outline of a YAML file, read line by line from indentation, dashes and `key:` marks.
 * Unlike the YAML AST it still works while a line is half typed, so completion and folding
 * can rely on it.
 */

export interface LineToken {
  kind: 'dash' | 'key' | 'scalar';
  /** Column (UTF-16) where the token starts. */
  col: number;
  /** Key name, unquoted (kind 'key'). */
  name?: string;
  /** Column just after the key's colon (kind 'key'). */
  colonEnd?: number;
  /** Column where the value text starts (kind 'key' or 'scalar'), and where it ends (before a comment). */
  valueStart?: number;
  valueEnd?: number;
  /** The value as written (quotes included), without a trailing comment. */
  raw?: string;
}

export interface LineInfo {
  line: number;
  text: string;
  indent: number;
  kind: 'blank' | 'comment' | 'structural' | 'continuation';
  tokens: LineToken[];
}

export interface Frame {
  id: number;
  kind: 'key' | 'item';
  col: number;
  line: number;
  /** Key name (kind 'key'). */
  name?: string;
  /** The key has a value on its own line (scalar, flow collection or block-scalar header). */
  hasValue: boolean;
  token: LineToken;
  parent: Frame | undefined;
  /** Last non-blank line that belongs to this frame. */
  endLine: number;
  /** Keys directly under this frame (for an item: the item's keys; for a key: its map's keys). */
  keys: Frame[];
  /** Items directly under this frame (a key whose value is a block sequence). */
  items: Frame[];
  /** Plain scalars written as items (`- text`) are items too; this marks them. */
  scalarItem?: LineToken;
}

const DASH = /^-(?=[ \t]|$)/;
const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"\[\]{},:][^#]*?)[ \t]*:(?=[ \t]|$)/;

/** Splits one line into its dashes, its key and its value. */
export function tokenizeLine(text: string): { indent: number; tokens: LineToken[] } {
  const indent = /^[ \t]*/.exec(text)![0].length;
  const tokens: LineToken[] = [];
  let pos = indent;
  while (DASH.test(text.slice(pos))) {
    tokens.push({ kind: 'dash', col: pos });
    pos++;
    while (text[pos] === ' ' || text[pos] === '\t') pos++;
  }
  const rest = text.slice(pos);
  if (rest === '' || rest.startsWith('#')) return { indent, tokens };
  const k = KEY.exec(rest);
  if (k) {
    const colonEnd = pos + k[0].length;
    let vs = colonEnd;
    while (text[vs] === ' ' || text[vs] === '\t') vs++;
    const ve = valueEnd(text, vs);
    tokens.push({ kind: 'key', col: pos, name: unquote(k[1].trim()), colonEnd, valueStart: vs, valueEnd: ve, raw: text.slice(vs, ve) });
  } else {
    const ve = valueEnd(text, pos);
    tokens.push({ kind: 'scalar', col: pos, valueStart: pos, valueEnd: ve, raw: text.slice(pos, ve) });
  }
  return { indent, tokens };
}

/** End of a value on a line: before a ` #` comment (outside quotes) and trailing white space. */
export function valueEnd(text: string, start: number): number {
  let i = start;
  const q = text[i];
  if (q === '"' || q === "'") {
    i++;
    while (i < text.length) {
      if (q === '"' && text[i] === '\\') i += 2;
      else if (text[i] === q && q === "'" && text[i + 1] === "'") i += 2;
      else if (text[i] === q) {
        i++;
        break;
      } else i++;
    }
  }
  let end = text.length;
  const hash = text.slice(i).search(/(^|[ \t])#/);
  if (hash >= 0) end = i + hash;
  if (start < text.length && text[start] === '#') end = start;
  while (end > start && /[ \t]/.test(text[end - 1])) end--;
  return Math.max(start, end);
}

/** A scalar as YAML reads it, for the simple cases editing cares about (plain, "…", '…'). */
export function unquote(raw: string): string {
  const t = raw.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) {
    try {
      return JSON.parse(t) as string;
    } catch {
      return t.slice(1, -1);
    }
  }
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  if (t.startsWith('"') || t.startsWith("'")) return t.slice(1);
  return t;
}

export class TextOutline {
  /** Builds the outline of a text (line breaks \n, \r\n or \r). */
  static of(text: string): TextOutline {
    const m = /\r\n|\n|\r/.exec(text);
    return new TextOutline(text.split(/\r\n|\n|\r/), m ? m[0] : '\n');
  }

  readonly lines: LineInfo[] = [];
  /** Keys at the top level of the document. */
  readonly roots: Frame[] = [];
  /** Every frame, in document order. */
  readonly frames: Frame[] = [];
  /** The open frames after each line (innermost last). */
  private readonly stacks: Frame[][] = [];

  constructor(lineTexts: string[], readonly eol = '\n') {
    let stack: Frame[] = [];
    /** Column beyond which lines continue the previous line's value. */
    let continuationCol = Infinity;
    let id = 0;
    for (let line = 0; line < lineTexts.length; line++) {
      const text = lineTexts[line];
      const { indent, tokens } = tokenizeLine(text);
      let kind: LineInfo['kind'];
      if (/^\s*$/.test(text)) kind = 'blank';
      else if (indent > continuationCol) kind = 'continuation';
      else if (text.slice(indent).startsWith('#')) kind = 'comment';
      else kind = 'structural';
      this.lines.push({ line, text, indent, kind, tokens: kind === 'structural' ? tokens : [] });
      if (kind === 'structural') {
        continuationCol = Infinity;
        stack = stack.slice();
        for (const tok of tokens) {
          const parent = popFor(stack, tok);
          if (tok.kind === 'scalar') {
            const top = stack[stack.length - 1];
            if (top?.kind === 'item' && top.line === line) top.scalarItem = tok;
            continuationCol = top?.kind === 'item' && top.line === line ? top.col : tok.col;
            continue;
          }
          const frame: Frame = {
            id: id++,
            kind: tok.kind === 'dash' ? 'item' : 'key',
            col: tok.col,
            line,
            name: tok.name,
            hasValue: tok.kind === 'key' && (tok.raw ?? '') !== '',
            token: tok,
            parent,
            endLine: line,
            keys: [],
            items: [],
          };
          if (frame.kind === 'key') (parent ? parent.keys : this.roots).push(frame);
          else if (parent) parent.items.push(frame);
          this.frames.push(frame);
          stack.push(frame);
          if (frame.hasValue) continuationCol = frame.col;
        }
      }
      if (kind === 'structural' || kind === 'continuation') for (const f of stack) f.endLine = line;
      this.stacks.push(stack);
    }
  }

  /** The open frames just before `line` (from the last structural line above it). */
  stackBefore(line: number): Frame[] {
    for (let l = Math.min(line, this.lines.length) - 1; l >= 0; l--) if (this.lines[l].kind === 'structural') return this.stacks[l];
    return [];
  }

  stackAfter(line: number): Frame[] {
    return this.stacks[line] ?? [];
  }

  /** The key frame at a path of key names from the root ('[]' segments are not supported here). */
  keyAt(path: string[]): Frame | undefined {
    let list = this.roots;
    let f: Frame | undefined;
    for (const seg of path) {
      f = list.find((k) => k.name === seg);
      if (!f) return undefined;
      list = f.keys;
    }
    return f;
  }

  /** The value of a key (unquoted), e.g. valueOf(['jabatan', 'jenjang']). */
  valueOf(path: string[]): string | undefined {
    const f = this.keyAt(path);
    return f?.hasValue ? unquote(f.token.raw!) : undefined;
  }
}

/** Pops the frames a token closes and returns the token's parent. */
export function popFor(stack: Frame[], tok: LineToken): Frame | undefined {
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (tok.kind === 'dash') {
      // `key:` followed by `- item` at the key's own column: the key stays the parent.
      if (top.col > tok.col || (top.col === tok.col && (top.kind === 'item' || top.hasValue))) stack.pop();
      else break;
    } else if (top.col >= tok.col) stack.pop();
    else break;
  }
  return stack[stack.length - 1];
}

/** The path of a frame: key names, '[]' for items. */
export function framePath(f: Frame | undefined): string[] {
  const out: string[] = [];
  for (let c = f; c; c = c.parent) out.unshift(c.kind === 'item' ? '[]' : c.name ?? '');
  return out;
}

/** The value of an item's key (e.g. the `kode` of a competency item), unquoted. */
export function itemValue(item: Frame | undefined, key: string): string | undefined {
  const f = item?.keys.find((k) => k.name === key);
  return f?.hasValue ? unquote(f.token.raw!) : undefined;
}
