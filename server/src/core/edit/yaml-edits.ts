import { Node, Scalar, visit } from 'yaml';
import { isMap, isScalar, isSeq, ParsedFile } from '../parse/parsed-file';
import { blockScalarBody, flowScalarSource } from './scalar';
import type { Range, TextEdit } from '../types';

/**
 * Minimal text edits on YAML source: they touch only the bytes they must, keep the value's
 * quoting style, the file's line endings and indentation, and every comment around.
 */

/** A string written as a YAML value in the given style (plain when safe, else double-quoted). */
export function yamlString(value: string, style: 'plain' | 'double' | 'single' = 'plain', inFlow = false): string {
  const type = style === 'single' ? 'QUOTE_SINGLE' : style === 'double' ? 'QUOTE_DOUBLE' : 'PLAIN';
  return flowScalarSource(value, type, { indent: 0, inFlow });
}

export interface ReplaceOptions {
  /** Write a plain value in double quotes instead (a value that must stay a string, e.g. a job code). */
  quotePlain?: boolean;
  /**
   * The value must read back exactly (a code, a list value): a block scalar that would add a final
   * line break (`|`, `>`, `|+`) gets the strip indicator (`|-`) instead of keeping its chomping.
   */
  exact?: boolean;
}

/**
 * Replaces a scalar's value keeping its style: a block scalar (`|`, `>`, with chomping and
 * indentation indicators, a comment after its header) keeps its header and gets the new lines at
 * its own indentation, its line break and the lines after it untouched; quoted stays quoted;
 * plain stays plain when the value is safe as plain there (in a flow collection too), else it is
 * double-quoted. The comment after the value and every byte outside it are untouched.
 */
export function replaceScalar(file: ParsedFile, node: Node, value: string | number, opts: ReplaceOptions = {}): TextEdit {
  const [start, valueEnd] = node.range!;
  const source = file.text.slice(start, valueEnd);
  const type = isScalar(node) ? node.type : undefined;
  const block = type === 'BLOCK_FOLDED' || type === 'BLOCK_LITERAL';
  // A block scalar's range holds its final line break(s): a flow value stops before them.
  const flowEnd = block ? start + source.replace(/\s+$/, '').length : valueEnd;
  const flowEdit = (newText: string): TextEdit => ({ range: file.lines.range(start, flowEnd), newText });
  if (typeof value === 'number') return flowEdit(String(value));
  if (block) {
    const body = blockBody(file, node as Scalar, value, opts.exact ?? false);
    if (body !== undefined) return body;
    return flowEdit(flowScalarSource(value, 'QUOTE_DOUBLE', { indent: 0, inFlow: false }));
  }
  let style: 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' = type === 'QUOTE_DOUBLE' ? 'QUOTE_DOUBLE' : type === 'QUOTE_SINGLE' ? 'QUOTE_SINGLE' : 'PLAIN';
  if (style === 'PLAIN' && opts.quotePlain) style = 'QUOTE_DOUBLE';
  const indent = indentOf(file, file.lines.positionAt(start).line).length + 2;
  return flowEdit(flowScalarSource(value, style, { indent, inFlow: inFlowCollection(file, node) }));
}

/** The edit of a block scalar's lines after its header, or undefined when the header cannot hold the value. */
function blockBody(file: ParsedFile, node: Scalar, value: string, exact: boolean): TextEdit | undefined {
  const [start, end] = node.range!;
  const text = file.text;
  const nl = text.indexOf('\n', start);
  if (nl < 0 || nl >= end) return undefined;
  const header = text.slice(start, nl).replace(/\r$/, '');
  const h = /^([|>])(\d?)([+-]?)(\d?)/.exec(header);
  if (!h) return undefined;
  const chomp = exact ? '-' : (h[3] as '' | '-' | '+');
  const bodyStart = nl + 1;
  const oldBody = text.slice(bodyStart, end);
  const old = String(node.value ?? '');
  // The content's column: the first non-empty line's indentation less the value's own leading spaces.
  const firstLine = /^(?:[ \t]*\r?\n)*([ ]*)\S/.exec(oldBody);
  const lead = /^\n*( *)/.exec(old)![1].length;
  const parentIndent = indentOf(file, file.lines.positionAt(start).line).length;
  const indent = firstLine ? firstLine[1].length - lead : parentIndent + 2;
  if (indent <= 0) return undefined;
  const trailing = /\n*$/.exec(old)![0];
  const body = blockScalarBody(value, h[1] === '|', chomp, indent, trailing);
  if (body === undefined) return undefined;
  let newText = body.replace(/\n/g, file.lines.eol);
  if (!/[\r\n]$/.test(oldBody)) newText = newText.replace(/(\r\n|\n|\r)+$/, '');
  if (chomp === h[3]) return { range: file.lines.range(bodyStart, end), newText };
  // The header's chomping indicator changes too (`|` → `|-`); its comment stays.
  const indicator = start + 1 + h[2].length;
  return { range: file.lines.range(indicator, end), newText: chomp + h[4] + header.slice(h[0].length) + text.slice(start + header.length, bodyStart) + newText };
}

const flowScalars = new WeakMap<object, WeakSet<Node>>();

/** True when the node sits in a flow collection (`[…]` or `{…}`). */
function inFlowCollection(file: ParsedFile, node: Node): boolean {
  let set = flowScalars.get(file.doc);
  if (!set) {
    const found = new WeakSet<Node>();
    visit(file.doc, {
      Scalar(_key, n, path) {
        if (path.some((p) => (isSeq(p) || isMap(p)) && (p as { flow?: boolean }).flow)) found.add(n);
      },
    });
    flowScalars.set(file.doc, (set = found));
  }
  return set.has(node);
}

/**
 * Replaces a span inside a scalar's value (e.g. only the golongan in "Penata (III/c)"): the
 * whole value is rewritten in its style (`replaceScalar`), then the edit is cut down to the
 * characters that differ, so a quoted or block value is re-escaped right and the rest untouched.
 */
export function replaceInside(file: ParsedFile, node: Node, offsetInValue: number, length: number, newText: string): TextEdit {
  const value = String((node as Scalar).value ?? '');
  const whole = replaceScalar(file, node, value.slice(0, offsetInValue) + newText + value.slice(offsetInValue + length));
  const from = file.lines.offsetAt(whole.range.start);
  const to = file.lines.offsetAt(whole.range.end);
  const old = file.text.slice(from, to);
  let pre = 0;
  while (pre < old.length && pre < whole.newText.length && old[pre] === whole.newText[pre]) pre++;
  let suf = 0;
  while (suf < old.length - pre && suf < whole.newText.length - pre && old[old.length - 1 - suf] === whole.newText[whole.newText.length - 1 - suf]) suf++;
  return { range: file.lines.range(from + pre, to - suf), newText: whole.newText.slice(pre, whole.newText.length - suf) };
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
