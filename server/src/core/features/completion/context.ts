import type { ParsedFile } from '../../parse/parsed-file';
import type { Position, Range } from '../../types';
import { keySpec } from '../keys';
import { Frame, framePath, LineToken, popFor, TextOutline, tokenizeLine } from '../outline';

/** Where the cursor is, read from the text around it (the line usually does not parse yet). */
export type CompletionContext = KeyContext | ValueContext | ItemContext;

interface Base {
  outline: TextOutline;
  line: number;
  /** The range the completion replaces on the cursor's line. */
  range: Range;
  /**
   * Text every insert starting at the cursor must begin with: a space when the cursor sits right
   * after a bare dash (`    -|`), since `-kode:` is a plain scalar, not a list item.
   */
  lead?: string;
}

/** Typing a key of a mapping. */
export interface KeyContext extends Base {
  kind: 'key';
  /** Path of the mapping ('[]' for a list item). */
  path: string[];
  /** The mapping's frame (a key or a list item); undefined at the top level. */
  container: Frame | undefined;
  /** Keys the mapping already has (other lines). */
  present: Set<string>;
  /** The line already has `key:` after the cursor: insert the name only. */
  hasColon: boolean;
  /** Column of the key. */
  col: number;
  /** The line starts a new list item (`- `) and the key is its first. */
  newItem?: { dashCol: number };
}

/** Typing the value of `key: `. */
export interface ValueContext extends Base {
  kind: 'value';
  /** Path of the key, e.g. ['jabatan', 'kelompok']. */
  path: string[];
  key: string;
  /** Text typed so far (from the value's start to the cursor). */
  prefix: string;
  quote?: '"' | "'";
  /** No space after the colon yet: the inserted text must start with one. */
  needsSpace: boolean;
  /** The nearest enclosing list item (a competency item, an education entry…). */
  item: Frame | undefined;
}

/** Typing an entry of a list (after `- `, or on an empty line under `key:`). */
export interface ItemContext extends Base {
  kind: 'item';
  /** Path of the list's key, e.g. ['kompetensi', 'manajerial', '[]', 'indikator']. */
  path: string[];
  list: Frame;
  /** The `- ` is already written. */
  dash: boolean;
  /** Column of the `- ` (or where it goes). */
  dashCol: number;
  prefix: string;
  quote?: '"' | "'";
  /** The item being typed, when the dash is written. */
  item?: Frame;
}

export function completionContext(file: ParsedFile, pos: Position, outline?: TextOutline): CompletionContext | undefined {
  const lineTexts: string[] = [];
  for (let l = 0; l < file.lines.lineCount; l++) lineTexts.push(file.lines.lineText(l));
  const o = outline ?? new TextOutline(lineTexts, file.lines.eol);
  const L = Math.min(pos.line, lineTexts.length - 1);
  if (L < 0) return undefined;
  const text = lineTexts[L];
  const ch = Math.min(pos.character, text.length);
  const prefix = text.slice(0, ch);
  if (/^\s*#/.test(prefix) || /\s#/.test(prefix.replace(/"[^"]*"|'[^']*'/g, ''))) return undefined; // in a comment
  const { tokens: pt } = tokenizeLine(prefix);
  const full = tokenizeLine(text).tokens;
  const stack = o.stackBefore(L).slice();
  const range = (start: number, end: number): Range => ({ start: { line: L, character: start }, end: { line: L, character: Math.max(end, ch) } });

  // Dashes written on this line open list items.
  let lastDash: LineToken | undefined;
  let item: Frame | undefined;
  for (const tok of pt) {
    if (tok.kind !== 'dash') continue;
    const parent = popFor(stack, tok);
    item = o.frames.find((f) => f.line === L && f.kind === 'item' && f.col === tok.col) ?? virtualItem(tok, parent, L);
    stack.push(item);
    lastDash = tok;
  }
  const rest = pt.find((t) => t.kind !== 'dash');
  // `    -|`: what follows the dash goes one space after it.
  const glued = !!lastDash && !rest && ch === lastDash.col + 1;
  const lead = glued ? ' ' : undefined;
  const restCol = rest?.col ?? (lastDash ? (glued ? ch + 1 : ch) : Math.min(/^[ \t]*/.exec(text)![0].length, ch));
  const fullRest = full.find((t) => t.kind !== 'dash' && t.col === restCol);

  if (rest?.kind === 'key' && rest.colonEnd! <= ch) {
    const parent = popFor(stack, rest);
    const vs = fullRest?.valueStart ?? rest.valueStart!;
    const ve = fullRest?.valueEnd ?? ch;
    const start = Math.min(vs, ch);
    const typed = text.slice(start, ch);
    const q = typed[0] === '"' || typed[0] === "'" ? (typed[0] as '"' | "'") : undefined;
    return {
      kind: 'value',
      outline: o,
      line: L,
      range: range(start, ve),
      path: [...framePath(parent), rest.name!],
      key: rest.name!,
      prefix: typed,
      quote: q,
      needsSpace: start === rest.colonEnd,
      item: nearestItem(parent),
    };
  }

  const col = restCol;
  const typedEnd = fullRest ? (fullRest.kind === 'key' ? fullRest.col + rawKeyLength(text, fullRest) : fullRest.valueEnd!) : ch;
  const hasColon = fullRest?.kind === 'key';
  const typed = glued ? '' : text.slice(col, ch);
  const q = typed[0] === '"' || typed[0] === "'" ? (typed[0] as '"' | "'") : undefined;

  if (lastDash && item) {
    const list = item.parent;
    const listPath = framePath(list);
    const spec = keySpec(listPath, file.kind);
    const at = glued ? ch : col;
    if (list && spec?.type === 'list-of-text')
      return { kind: 'item', outline: o, line: L, range: range(at, typedEnd), lead, path: listPath, list, dash: true, dashCol: lastDash.col, prefix: typed, quote: q, item };
    const present = new Set(item.keys.filter((k) => k.line !== L).map((k) => k.name!));
    const isFirst = !item.keys.some((k) => k.line !== L);
    return {
      kind: 'key',
      outline: o,
      line: L,
      range: range(at, typedEnd),
      lead,
      path: [...listPath, '[]'],
      container: item,
      present,
      hasColon,
      col,
      newItem: isFirst ? { dashCol: lastDash.col } : undefined,
    };
  }

  const parent = popFor(stack, { kind: 'key', col });
  const spec = parent?.kind === 'key' && !parent.hasValue ? keySpec(framePath(parent), file.kind) : undefined;
  const onlyIndent = /^[ \t]*$/.test(text.slice(0, col));
  if (parent && spec && (spec.type === 'list-of-text' || spec.type === 'list-of-maps') && !hasColon) {
    const at = align(col, parent.items.find((i) => i.line !== L)?.col, onlyIndent);
    return { kind: 'item', outline: o, line: L, range: range(at.start, typedEnd), lead: at.lead, path: framePath(parent), list: parent, dash: false, dashCol: at.col, prefix: typed, quote: q };
  }
  const siblings = parent ? parent.keys : o.roots;
  const at = align(col, siblings.find((k) => k.line !== L)?.col, onlyIndent);
  return {
    kind: 'key',
    outline: o,
    line: L,
    range: range(at.start, typedEnd),
    lead: at.lead,
    path: framePath(parent),
    container: parent,
    present: new Set(siblings.filter((k) => k.line !== L).map((k) => k.name!)),
    hasColon,
    col: at.col,
  };
}

/**
 * A key or item typed at another column than its siblings (`    |` under a mapping indented by
 * 2) goes to the siblings' column: inserted there, it would break the lines after it.
 */
function align(col: number, siblingCol: number | undefined, onlyIndent: boolean): { col: number; start: number; lead?: string } {
  if (siblingCol === undefined || siblingCol === col || !onlyIndent) return { col, start: col };
  if (siblingCol < col) return { col: siblingCol, start: siblingCol };
  return { col: siblingCol, start: col, lead: ' '.repeat(siblingCol - col) };
}

function virtualItem(tok: LineToken, parent: Frame | undefined, line: number): Frame {
  return { id: -1, kind: 'item', col: tok.col, line, hasValue: false, token: tok, parent, endLine: line, keys: [], items: [] };
}

function nearestItem(f: Frame | undefined): Frame | undefined {
  for (let c = f; c; c = c.parent) if (c.kind === 'item') return c;
  return undefined;
}

/** Length of a key as written (with quotes), up to the colon. */
function rawKeyLength(text: string, tok: LineToken): number {
  const colon = tok.colonEnd! - 1;
  let end = colon;
  while (end > tok.col && /[ \t]/.test(text[end - 1])) end--;
  return end - tok.col;
}
