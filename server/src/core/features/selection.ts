import type { Node } from 'yaml';
import type { Analysis } from '../analyze';
import { isMap, isPair, isScalar, isSeq, nodeRange, ParsedFile } from '../parse/parsed-file';
import { comparePositions, Position, Range, rangeContains } from '../types';
import type { SelectionRange } from './types';

/** Selection ranges following the YAML structure: value → `key: value` → mapping/item → list → … → document. */
export function selectionRanges(analysis: Analysis, positions: Position[]): SelectionRange[] {
  const file = analysis.file;
  const whole = file.lines.range(0, file.text.length);
  return positions.map((p) => {
    const chain: Range[] = [whole];
    const root = file.doc.contents as Node | null;
    if (root) collect(file, root, p, chain);
    let sel: SelectionRange | undefined;
    for (const r of chain) {
      if (sel && sameRange(sel.range, r)) continue;
      if (sel && !(rangeContains(sel.range, r.start) && rangeContains(sel.range, r.end))) continue;
      sel = { range: r, parent: sel };
    }
    return sel ?? { range: { start: p, end: p } };
  });
}

function collect(file: ParsedFile, node: Node, p: Position, chain: Range[]): void {
  const r = trimmed(file, node);
  if (!r || !rangeContains(r, p)) return;
  chain.push(r);
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const kr = nodeRange(file, pair.key as Node);
      const vr = trimmed(file, pair.value as Node);
      if (!kr) continue;
      const pr: Range = { start: kr.start, end: vr ? vr.end : kr.end };
      if (!rangeContains(pr, p)) continue;
      chain.push(pr);
      if (rangeContains(kr, p)) chain.push(kr);
      else if (pair.value) collect(file, pair.value as Node, p, chain);
      return;
    }
  } else if (isSeq(node)) {
    for (const item of node.items) if (item && typeof item === 'object') collect(file, item as Node, p, chain);
  } else if (isScalar(node)) {
    // A quoted scalar: its inside first, then with the quotes.
    if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
      const inner: Range = { start: { ...r.start, character: r.start.character + 1 }, end: { ...r.end, character: r.end.character - 1 } };
      if (comparePositions(inner.start, inner.end) <= 0 && rangeContains(inner, p) && r.start.line === r.end.line) chain.push(inner);
    }
  }
}

function trimmed(file: ParsedFile, node: Node | null | undefined): Range | undefined {
  if (!node?.range) return undefined;
  let end = node.range[1];
  while (end > node.range[0] && /\s/.test(file.text[end - 1])) end--;
  return file.lines.range(node.range[0], end);
}

function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}
