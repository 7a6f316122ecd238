/**
 * Variants of a fixture for the edit property tests: the same standard with its string values
 * written in another scalar style (plain, single, double, `>-`, `|`, `|+`), its lists and small
 * maps as flow collections, with CRLF line breaks, and with a comment after every value. Built
 * with the `yaml` parser's ranges (whole parse, not the product's), so the edits under test meet
 * values written as a person would write them.
 */
import { isMap, isPair, isScalar, isSeq, Node, parseDocument, Scalar, stringify, visit } from 'yaml';

export type VariantStyle = 'as-is' | 'plain' | 'single' | 'double' | 'folded' | 'literal' | 'keep' | 'flow';
export const VARIANT_STYLES: VariantStyle[] = ['as-is', 'plain', 'single', 'double', 'folded', 'literal', 'keep', 'flow'];

export interface Variant {
  name: string;
  text: string;
}

interface Splice {
  from: number;
  to: number;
  text: string;
}

function splice(text: string, edits: Splice[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const columnOf = (text: string, at: number) => at - lineStart(text, at);
const restOfLineBlank = (text: string, at: number) => /^[ \t]*(\n|$)/.test(text.slice(at));

/** Words folded into lines of about `width` characters. */
function fold(value: string, width = 60): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const w of value.split(' ')) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  lines.push(cur);
  return lines;
}

/** The string scalars in block context that a style can be given: map values and block-sequence items on one line. */
function restylable(text: string): { node: Scalar; column: number; key: boolean }[] {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const out: { node: Scalar; column: number; key: boolean }[] = [];
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key') return;
      if (path.some((p) => (isSeq(p) || isMap(p)) && (p as { flow?: boolean }).flow)) return;
      if (typeof node.value !== 'string' || !node.range) return;
      const v = node.value;
      if (!v || v !== v.trim() || /[\n\r\t]|\s{2}/.test(v)) return;
      if (node.type !== 'PLAIN' && node.type !== 'QUOTE_SINGLE' && node.type !== 'QUOTE_DOUBLE') return;
      if (text.slice(node.range[0], node.range[1]).includes('\n')) return;
      // The column of what holds it: the key of its pair, or the dash of its sequence item.
      const parent = path[path.length - 1];
      const at = isPair(parent) && isScalar(parent.key) && parent.key.range ? parent.key.range[0] : text.lastIndexOf('-', node.range[0]);
      out.push({ node, column: columnOf(text, at), key: isPair(parent) });
    },
  });
  return out;
}

/** The fixture with every restylable string value in `style`. */
export function restyle(text: string, style: VariantStyle): string {
  if (style === 'as-is') return text;
  if (style === 'flow') return toFlow(text);
  const edits: Splice[] = [];
  for (const { node, column } of restylable(text)) {
    const v = node.value as string;
    const [from, to] = node.range!;
    let src: string;
    if (style === 'plain' || style === 'single' || style === 'double') {
      const type = style === 'plain' ? 'PLAIN' : style === 'single' ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE';
      src = stringify(v, { defaultStringType: type, lineWidth: 0 }).replace(/\n$/, '');
      if (src.includes('\n')) continue;
    } else {
      // A comment after the value would become block text; a value that is another type when
      // plain (a job code, `true`) stays as it is: a block would make it a string.
      if (!restOfLineBlank(text, to)) continue;
      if (node.type === 'PLAIN' && typeof parseDocument(`k: ${v}`).get('k') !== 'string') continue;
      const pad = ' '.repeat(column + 2);
      const header = style === 'folded' ? '>-' : style === 'literal' ? '|' : '|+';
      const lines = style === 'literal' ? [v] : fold(v);
      src = `${header}\n${lines.map((l) => pad + l).join('\n')}` + (style === 'keep' ? '\n' : '');
      // `to` is on the value's line: the line break after it ends the block.
    }
    edits.push({ from, to, text: src });
  }
  return splice(text, edits);
}

/** Block sequences of one-line scalars as `[a, b]`, block maps of scalars inside a sequence as `{k: v, …}`. */
function toFlow(text: string): string {
  const doc = parseDocument(text);
  const edits: Splice[] = [];
  const flowItem = (n: unknown): string | undefined => {
    if (!isScalar(n) || !n.range) return undefined;
    const src = text.slice(n.range[0], n.range[1]);
    if (src.includes('\n') || n.type === 'BLOCK_FOLDED' || n.type === 'BLOCK_LITERAL') return undefined;
    if (n.type === 'PLAIN' && (/[,[\]{}#]|: /.test(src) || typeof n.value === 'string' && /^[-?:]/.test(src))) return JSON.stringify(String(n.value));
    return src;
  };
  visit(doc, {
    Seq(key, node) {
      if (node.flow || !node.range || !node.items.length) return;
      const items = node.items.map(flowItem);
      if (items.some((i) => i === undefined)) return;
      if (key !== 'value') return;
      // From the line break after `key:` to the end of the last item.
      const colonLineEnd = text.lastIndexOf('\n', node.range[0] - 1);
      if (!/:[ \t]*$/.test(text.slice(lineStart(text, colonLineEnd), colonLineEnd))) return;
      const end = (node.items[node.items.length - 1] as Node).range![1];
      if (text.slice(colonLineEnd, end).includes('#')) return;
      edits.push({ from: colonLineEnd, to: end, text: ` [${items.join(', ')}]` });
      return visit.SKIP;
    },
    Map(_key, node, path) {
      if (node.flow || !node.range || !isSeq(path[path.length - 1])) return;
      const pairs = node.items.map((p) => {
        const k = flowItem(p.key);
        const v = p.value === null ? '' : flowItem(p.value);
        return k !== undefined && v !== undefined ? `${k}: ${v}` : undefined;
      });
      if (!pairs.length || pairs.some((p) => p === undefined)) return;
      const last = node.items[node.items.length - 1];
      const end = ((last.value ?? last.key) as Node).range![1];
      // Comments between the pairs would end inside the flow map: only maps without them.
      if (text.slice(node.range[0], end).includes('#')) return;
      edits.push({ from: node.range[0], to: end, text: `{${pairs.join(', ')}}` });
      return visit.SKIP;
    },
  });
  // Overlapping candidates (a seq inside a map): keep the outer, earliest ones.
  const kept: Splice[] = [];
  for (const e of edits.sort((a, b) => a.from - b.from || b.to - a.to)) if (!kept.some((k) => e.from < k.to && k.from < e.to)) kept.push(e);
  return splice(text, kept);
}

/** A comment after every value that ends its line (after a block scalar's header, a flow collection's end). */
export function withComments(text: string): string {
  const doc = parseDocument(text);
  const at = new Set<number>();
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || !node.range) return;
      if (path.some((p) => (isSeq(p) || isMap(p)) && (p as { flow?: boolean }).flow)) return;
      if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') {
        const nl = text.indexOf('\n', node.range[0]);
        if (nl > 0 && !text.slice(node.range[0], nl).includes('#')) at.add(nl);
      } else if (restOfLineBlank(text, node.range[1])) at.add(node.range[1]);
    },
    Seq(_k, node) {
      if (node.flow && node.range && restOfLineBlank(text, node.range[1])) at.add(node.range[1]);
    },
    Map(_k, node) {
      if (node.flow && node.range && restOfLineBlank(text, node.range[1])) at.add(node.range[1]);
    },
  });
  return splice(text, [...at].map((p) => ({ from: p, to: p, text: '   # catatan' })));
}

/** Every variant of a fixture: each style × LF/CRLF × without/with trailing comments. */
export function variantsOf(text: string, styles: VariantStyle[] = VARIANT_STYLES): Variant[] {
  const lf = text.replace(/\r\n/g, '\n');
  const out: Variant[] = [];
  const seen = new Set<string>();
  for (const style of styles) {
    const styled = restyle(lf, style);
    for (const comments of [false, true]) {
      const t = comments ? withComments(styled) : styled;
      for (const eol of ['lf', 'crlf'] as const) {
        const v = eol === 'crlf' ? t.replace(/\n/g, '\r\n') : t;
        if (seen.has(v)) continue;
        seen.add(v);
        out.push({ name: `${style}${comments ? '+comments' : ''}+${eol}`, text: v });
      }
    }
  }
  return out;
}
