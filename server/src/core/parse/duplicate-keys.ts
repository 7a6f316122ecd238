import { Document, Node, YAMLParseError } from 'yaml';
import { isMap, isPair, isScalar, isSeq } from './yaml-nodes';

/**
 * Duplicate map keys, found in linear time. The composer's own check (`uniqueKeys: true`)
 * compares each key with every key before it in its map: a map of 40,000 keys takes a minute.
 * Files are composed with `uniqueKeys: false` and checked here with one Set per map, reporting
 * what the composer would have: DUPLICATE_KEY at the start of every repeated key (the keys are
 * equal when they are the same node or scalars with the same value, as in the composer).
 */
export function addDuplicateKeyErrors(doc: Document.Parsed): number {
  const found: YAMLParseError[] = [];
  const root = doc.contents as Node | null;
  if (root && typeof root === 'object') visit(root, found);
  if (found.length === 0) return 0;
  // Into the composer's errors in source order (they are mostly in order already: merge).
  const merged: YAMLParseError[] = [];
  const errors = doc.errors;
  let i = 0;
  for (const d of found) {
    while (i < errors.length && errors[i].pos[0] <= d.pos[0]) merged.push(errors[i++]);
    merged.push(d);
  }
  while (i < errors.length) merged.push(errors[i++]);
  doc.errors.splice(0, doc.errors.length, ...merged);
  return found.length;
}

function visit(n: Node, out: YAMLParseError[]): void {
  if (isMap(n)) {
    const seen = new Set<unknown>();
    const nodes = new Set<unknown>();
    for (const p of n.items) {
      if (!isPair(p)) continue;
      const k = p.key as Node | null;
      if (k && typeof k === 'object') {
        const v = isScalar(k) ? (k.value as unknown) : undefined;
        // A scalar key by value (NaN is never equal to itself, as with ===); other keys by identity.
        const dup = isScalar(k) && !Number.isNaN(v) ? seen.has(v) || nodes.has(k) : nodes.has(k);
        if (dup) {
          const at = k.range?.[0] ?? 0;
          out.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        }
        if (isScalar(k) && !Number.isNaN(v)) seen.add(v);
        nodes.add(k);
        visit(k, out);
      } else if (k === null || k === undefined) {
        // An empty key is the scalar null for the composer; pairs built here have none.
      }
      const v = p.value as Node | null;
      if (v && typeof v === 'object') visit(v, out);
    }
  } else if (isSeq(n)) {
    for (const it of n.items) if (it && typeof it === 'object') visit(it as Node, out);
  }
}
