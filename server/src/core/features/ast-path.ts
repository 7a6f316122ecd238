import type { Node } from 'yaml';
import { isMap, isPair, isScalar, isSeq, nodeRange, ParsedFile } from '../parse/parsed-file';
import { comparePositions, Position, Range, rangeContains } from '../types';

/** What the position points at in the YAML tree: a key, or a scalar value, with its path. */
export interface AstHit {
  /** Keys and item indices from the root, e.g. ['kompetensi', 'manajerial', 0, 'kode']. */
  path: (string | number)[];
  on: 'key' | 'value';
  node: Node;
  range: Range;
}

/** The innermost key or scalar at a position (undefined in white space, comments or collections). */
export function astHit(file: ParsedFile, pos: Position): AstHit | undefined {
  const root = file.doc.contents as Node | null;
  return root ? walk(file, root, [], pos) : undefined;
}

function walk(file: ParsedFile, node: Node, path: (string | number)[], pos: Position): AstHit | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key as Node | null;
      const name = isScalar(key) ? String(key.value) : undefined;
      if (name === undefined) continue;
      const kr = nodeRange(file, key);
      if (kr && contains(kr, pos)) return { path: [...path, name], on: 'key', node: key!, range: kr };
      const value = pair.value as Node | null;
      const vr = nodeRange(file, value);
      if (value && vr && rangeContains(vr, pos)) return walk(file, value, [...path, name], pos);
    }
    return undefined;
  }
  if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i] as Node | null;
      const r = nodeRange(file, item);
      if (item && r && rangeContains(r, pos)) return walk(file, item, [...path, i], pos);
    }
    return undefined;
  }
  if (isScalar(node)) {
    const r = nodeRange(file, node);
    if (r && rangeContains(r, pos)) return { path, on: 'value', node, range: r };
  }
  return undefined;
}

/** A hit at the end of a token counts (the cursor right after a word is on it). */
function contains(r: Range, p: Position): boolean {
  return comparePositions(r.start, p) <= 0 && comparePositions(p, r.end) <= 0;
}

/** The path with list indices replaced by '[]' (the form keys.ts uses). */
export function specPath(path: (string | number)[]): string[] {
  return path.map((s) => (typeof s === 'number' ? '[]' : s));
}
