/**
 * Compares a chunked parse (server/src/core/parse/chunks.ts) with a whole parse of the same text:
 * the YAML trees node by node (kind, value, style, tag, anchor, range), the values, the problems,
 * and everything built on them (findings, model ranges, document symbols, folding ranges).
 */
import * as assert from 'node:assert/strict';
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import { analyze } from '../../server/src/core/analyze';
import { foldingRanges } from '../../server/src/core/features/folding';
import { documentSymbols } from '../../server/src/core/features/symbols';
import { ChunkCache, parseChunked } from '../../server/src/core/parse/chunks';
import { parseFile } from '../../server/src/core/parse/parsed-file';

/** Every node of a tree, one line each: kind, value, style, flow, tag, anchor and range. */
export function dumpTree(n: unknown, out: string[] = []): string[] {
  if (n == null || typeof n !== 'object') out.push(JSON.stringify(n) ?? 'undefined');
  else if (isScalar(n)) out.push(`scalar ${JSON.stringify(n.value)} ${n.type} ${n.tag ?? ''} ${n.anchor ?? ''} ${n.source ?? ''} [${n.range}]`);
  else if (isMap(n) || isSeq(n)) {
    out.push(`${isMap(n) ? 'map' : 'seq'} ${!!n.flow} ${n.tag ?? ''} ${n.anchor ?? ''} [${n.range}] ${n.items.length}`);
    for (const it of n.items as unknown[]) {
      if (isMap(n)) {
        const p = it as { key: unknown; value: unknown };
        dumpTree(p.key, out);
        dumpTree(p.value, out);
      } else dumpTree(it, out);
    }
  } else if (isAlias(n)) out.push(`alias ${n.source} [${n.range}]`);
  else out.push('?');
  return out;
}

/** Equal lists of lines; on a difference, the first differing line (mocha's diff of long lists is very slow). */
function sameLines(actual: string[], expected: string[], label: string): void {
  const n = Math.max(actual.length, expected.length);
  for (let i = 0; i < n; i++) {
    if (actual[i] !== expected[i]) assert.fail(`${label} at line ${i}:\n  chunked: ${actual[i]}\n  whole:   ${expected[i]}`);
  }
}

const json = (v: unknown) => JSON.stringify(v, null, 1).split('\n');

/** JSON of a model without its YAML nodes and file (ranges, texts and values stay). */
function modelJson(model: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(model, (k, v) => {
    if (k === 'node' || k === 'file' || k === 'doc') return undefined;
    if (v && typeof v === 'object') {
      if (seen.has(v)) return '[seen]';
      seen.add(v);
    }
    return v;
  });
}

const toJs = (doc: { toJS(o?: object): unknown }): string => {
  try {
    return JSON.stringify(doc.toJS({ maxAliasCount: -1 }));
  } catch (e) {
    return `throws ${(e as Error).message}`;
  }
};

/**
 * Asserts that the chunked path and the whole path agree on `text` (kind from `uri`). `minText`
 * lets a short text be chunked too. Returns whether the chunked parse was taken.
 */
export function assertChunkedAgrees(uri: string, text: string, cache: ChunkCache, label: string, minText?: number, features = true): boolean {
  const kind = uri.endsWith('.kamus.yaml') ? 'kamus' : 'skj';
  const whole = parseFile(uri, kind, text, { chunks: null });
  const source = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  const chunkedDoc = parseChunked(source, cache, minText);
  if (chunkedDoc) {
    assert.deepEqual(
      whole.problems.map((p) => `${p.code} ${JSON.stringify(p.range)}`),
      [],
      `${label}: the chunked parse is clean but the whole parse has problems`,
    );
    sameLines(dumpTree(chunkedDoc.contents), dumpTree(whole.doc.contents), `${label}: trees differ`);
    assert.deepEqual(chunkedDoc.range, whole.doc.range, `${label}: document ranges differ`);
    assert.equal(toJs(chunkedDoc), toJs(whole.doc), `${label}: values differ`);
    assert.equal(String(chunkedDoc.directives?.yaml?.version), String(whole.doc.directives?.yaml?.version), `${label}: YAML versions differ`);
  }
  if (!features) return !!chunkedDoc;
  const a = analyze(uri, text, { chunks: null });
  const b = analyze(uri, text, { chunks: cache });
  const fmt = (fs: typeof a.findings) => fs.map((f) => `${f.rule} ${f.severity} ${JSON.stringify(f.range)} ${f.message}`);
  sameLines(fmt(b.findings), fmt(a.findings), `${label}: findings differ`);
  sameLines(dumpTree(b.file.doc.contents), dumpTree(a.file.doc.contents), `${label}: trees differ (parseFile)`);
  assert.equal(toJs(b.file.doc), toJs(a.file.doc), `${label}: values differ (parseFile)`);
  sameLines(json(JSON.parse(modelJson(b.skj ?? b.kamus) ?? 'null')), json(JSON.parse(modelJson(a.skj ?? a.kamus) ?? 'null')), `${label}: models differ`);
  sameLines(json(documentSymbols(b)), json(documentSymbols(a)), `${label}: document symbols differ`);
  sameLines(json(foldingRanges(b)), json(foldingRanges(a)), `${label}: folding ranges differ`);
  return !!chunkedDoc;
}
