import type { Node } from 'yaml';
import { isScalar, ParsedFile } from '../parse/parsed-file';
import type { Range, TextEdit } from '../types';

/**
 * Minimal text edits on YAML source: they touch only the bytes they must, keep the value's
 * quoting style, the file's line endings and indentation, and every comment around.
 */

/** A string written as YAML in the given style (plain when safe, else double-quoted). */
export function yamlString(value: string, style: 'plain' | 'double' | 'single' = 'plain'): string {
  if (style === 'single') return `'${value.replace(/'/g, "''")}'`;
  if (style === 'double' || !isPlainSafe(value)) return JSON.stringify(value);
  return value;
}

function isPlainSafe(v: string): boolean {
  if (v === '' || v !== v.trim()) return false;
  if (/^[-?:,\[\]{}#&*!|>'"%@`]/.test(v)) return false;
  if (/: |:$| #|[\n\r\t]/.test(v)) return false;
  // Must not read back as another type.
  if (/^(true|false|yes|no|on|off|null|~)$/i.test(v)) return false;
  if (/^[-+]?(\d[\d_]*)?(\.\d+)?([eE][-+]?\d+)?$/.test(v) || /^0x|^0o/i.test(v) || /^[-+]?\.(inf|nan)$/i.test(v)) return false;
  return true;
}

function styleOf(node: Node | null | undefined): 'plain' | 'double' | 'single' {
  if (isScalar(node)) {
    if (node.type === 'QUOTE_DOUBLE') return 'double';
    if (node.type === 'QUOTE_SINGLE') return 'single';
  }
  return 'plain';
}

/** Replaces a scalar value, keeping its quoting style. */
export function replaceScalar(file: ParsedFile, node: Node, value: string | number): TextEdit {
  const range = file.lines.range(node.range![0], node.range![1]);
  if (typeof value === 'number') return { range, newText: String(value) };
  return { range, newText: yamlString(value, styleOf(node)) };
}

/** Replaces a span inside a scalar's source (e.g. only the golongan in "Penata (III/c)"). */
export function replaceInside(file: ParsedFile, node: Node, offsetInValue: number, length: number, newText: string): TextEdit {
  let start = node.range![0];
  if (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) start += 1;
  return { range: file.lines.range(start + offsetInValue, start + offsetInValue + length), newText };
}

/**
 * The line of a node's last character. A block collection's range ends at the start of the line
 * after it (its trailing line break included), so white space at the end does not count.
 */
export function lastLineOf(file: ParsedFile, node: Node): number {
  let end = node.range![1];
  while (end > node.range![0] && /\s/.test(file.text[end - 1])) end--;
  return file.lines.positionAt(end).line;
}

/** Leading white space of a line. */
export function indentOf(file: ParsedFile, line: number): string {
  return /^[ \t]*/.exec(file.lines.lineText(line))![0];
}

/**
 * Deletes a block sequence item (`- …` and every line of it), whole lines only.
 * Comments on the lines after it stay.
 */
export function deleteSeqItem(file: ParsedFile, item: Node): TextEdit {
  const startLine = file.lines.positionAt(item.range![0]).line;
  const endLine = lastLineOf(file, item);
  const end = endLine + 1 < file.lines.lineCount ? { line: endLine + 1, character: 0 } : file.lines.positionAt(file.text.length);
  let start = { line: startLine, character: 0 };
  if (endLine + 1 >= file.lines.lineCount && startLine > 0) {
    // Last line of the file: take the line break before it instead.
    start = { line: startLine - 1, character: file.lines.lineText(startLine - 1).length };
  }
  return { range: { start, end }, newText: '' };
}

/** The lines of a block sequence item as text, re-indented so its `-` sits at `indent`. */
export function seqItemText(file: ParsedFile, item: Node, indent: string): string {
  const startLine = file.lines.positionAt(item.range![0]).line;
  const endLine = lastLineOf(file, item);
  const first = file.lines.lineText(startLine);
  const dash = first.search(/-(\s|$)/);
  const oldIndent = dash >= 0 ? dash : indentOf(file, startLine).length;
  const out: string[] = [];
  for (let l = startLine; l <= endLine; l++) {
    const t = file.lines.lineText(l);
    const cut = t.slice(0, oldIndent).trim() === '' ? t.slice(oldIndent) : t.trimStart();
    out.push(t.trim() === '' ? '' : indent + cut);
  }
  return out.join(file.lines.eol) + file.lines.eol;
}

/** Column of the `-` of a block sequence's items, or undefined for a flow or empty sequence. */
export function seqDashIndent(file: ParsedFile, seq: Node): string | undefined {
  const items = (seq as unknown as { items?: Node[]; flow?: boolean }).items;
  if (!items || items.length === 0 || (seq as unknown as { flow?: boolean }).flow) return undefined;
  const first = items[0];
  if (!first?.range) return undefined;
  const line = file.lines.positionAt(first.range[0]).line;
  const text = file.lines.lineText(line);
  const dash = text.search(/-(\s|$)/);
  return dash >= 0 ? ' '.repeat(dash) : undefined;
}

/** Position at the start of the line after a node's last line (where a following item goes). */
export function afterNode(file: ParsedFile, node: Node): Range {
  const endLine = lastLineOf(file, node);
  if (endLine + 1 < file.lines.lineCount) {
    const p = { line: endLine + 1, character: 0 };
    return { start: p, end: p };
  }
  const p = file.lines.positionAt(file.text.length);
  return { start: p, end: p };
}

/** Text to insert at `afterNode`: ensures a line break before it when the file lacks a final one. */
export function linesToInsert(file: ParsedFile, at: Range, text: string): string {
  const atEnd = file.lines.offsetAt(at.start) === file.text.length;
  const needsBreak = atEnd && file.text.length > 0 && !/[\r\n]$/.test(file.text);
  return (needsBreak ? file.lines.eol : '') + text;
}
