/**
 * Chunked parsing (server/src/core/parse/chunks.ts) must give exactly the tree a parse of the
 * whole text gives — same nodes, values, styles and source ranges — or fall back to that parse.
 * Checked on the examples, on generated standards and kamus files, on tricky YAML, and on
 * thousands of fuzzed edits (fast-check, fixed seed) with one cache shared by all of them.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { kamusText, standardText, technicalCompetency, rng } from '../../bench/corpus';
import { TIERS } from '../../server/src/core/domain/tiers';
import { ChunkCache, findChunks, parseChunked } from '../../server/src/core/parse/chunks';
import { parseFile } from '../../server/src/core/parse/parsed-file';
import { applyEdits, editArb } from '../fuzz/fuzz-lib';
import { dumpTree as dump } from '../support/parse-equivalence';
import { repoRoot } from '../support/paths';

/** Parses `text` whole and chunked; asserts they agree. Returns whether the chunked parse was used. */
function agree(text: string, cache: ChunkCache, label: string): boolean {
  const whole = parseFile('untitled:x.skj.yaml', 'skj', text, { chunks: null });
  const chunkedDoc = parseChunked(text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text, cache);
  const viaCache = parseFile('untitled:x.skj.yaml', 'skj', text, { chunks: cache });
  // parseFile with a cache reports exactly what the whole parse reports, either way.
  assert.deepEqual(
    viaCache.problems.map((p) => `${p.code} ${JSON.stringify(p.range)}`),
    whole.problems.map((p) => `${p.code} ${JSON.stringify(p.range)}`),
    `${label}: problems differ`,
  );
  assert.deepEqual(dump(viaCache.doc.contents), dump(whole.doc.contents), `${label}: trees differ`);
  assert.deepEqual(viaCache.doc.range, whole.doc.range, `${label}: document ranges differ`);
  if (!chunkedDoc) return false;
  assert.equal(whole.problems.length, 0, `${label}: chunked although the file has problems`);
  assert.deepEqual(dump(chunkedDoc.contents), dump(whole.doc.contents), `${label}: trees differ`);
  assert.deepEqual(JSON.stringify(chunkedDoc.toJS()), JSON.stringify(whole.doc.toJS()), `${label}: values differ`);
  return true;
}

const examples = () => {
  const dir = path.join(repoRoot(), 'examples');
  return fs.readdirSync(dir).filter((f) => /\.(skj|kamus)\.yaml$/.test(f)).map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
};

const generated = () => {
  const r = rng(3);
  const tech = Array.from({ length: 12 }, (_, i) => technicalCompetency(i, r));
  return [
    ...TIERS.slice(0, 5).map((tier, i) => ({ name: `standard ${tier.jenjang}`, text: standardText({ tier, seed: i, technical: tech.slice(i, i + 3) }) })),
    { name: 'kamus of 30', text: kamusText({ n: 30, seed: 1 }).text },
  ];
};

describe('chunked parsing: the same tree as a whole parse', function () {
  this.timeout(120000);

  it('examples and generated files: chunked, identical, and identical items come from the cache', () => {
    const cache = new ChunkCache();
    let chunked = 0;
    for (const f of [...examples(), ...generated()]) {
      if (agree(f.text, cache, f.name)) chunked++;
      // CRLF line breaks too.
      agree(f.text.replace(/\n/g, '\r\n'), cache, `${f.name} (CRLF)`);
    }
    assert.ok(chunked >= 6, `only ${chunked} files were parsed in chunks`);
    const hits = cache.hits;
    for (const f of generated()) agree(f.text, cache, `${f.name} again`);
    assert.ok(cache.hits > hits, 'a second parse of the same files hits the cache');
  });

  it('finds the multi-line list items, outermost first, and nothing in short files', () => {
    const text = 'a:\n  - kode: 1\n    x: [1,\n      2]\n    y: 3\n\n  # note\n  - one line\n  - kode: 2\n    i:\n      - a\n      - b\n';
    const chunks = findChunks(text).map((c) => c.text);
    assert.deepEqual(chunks, ['  - kode: 1\n    x: [1,\n      2]\n    y: 3\n\n', '  - kode: 2\n    i:\n      - a\n      - b\n']);
    assert.equal(parseChunked(text, new ChunkCache()), undefined, 'below the minimum size the file is parsed whole');
  });

  it('takes a map entry whose value is below its key as one chunk, unless that value holds multi-line items', () => {
    const text = 'jabatan:\n  nama: A\n  kode: "1"\nkompetensi:\n  manajerial:\n    - kode: M.01\n      level: 1\n      nama: x\n  catatan:\n    - satu\n    - dua\n';
    assert.deepEqual(
      findChunks(text).map((c) => [c.key ?? '-', c.text]),
      [
        ['jabatan', 'jabatan:\n  nama: A\n  kode: "1"\n'],
        ['-', '    - kode: M.01\n      level: 1\n      nama: x\n'],
        ['catatan', '  catatan:\n    - satu\n    - dua\n'],
      ],
    );
  });

  it('falls back (or agrees) on YAML where a text split would be wrong', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `  - kode: F${i}\n    nama: Pengisi ${i} dengan teks yang cukup panjang\n    level: 3\n`).join('');
    const cases: [string, string][] = [
      ['block scalar holding list-like lines', `ikhtisar: |\n  - kode: X\n    nama: bukan daftar\n    level: 1\nitems:\n${filler(40)}`],
      ['multi-line double-quoted string', `nama: "awal\n  - kode: X\n    nama: y\n    level: 1 akhir"\nitems:\n${filler(40)}`],
      ['multi-line plain scalar', `nama: awal\n  - kode X\n    lanjut\n    lagi\nitems:\n${filler(40)}`],
      ['anchor in one item, alias in another', `items:\n  - kode: A\n    nama: &n Nama bersama\n    level: 1\n  - kode: B\n    nama: *n\n    level: 2\n${filler(40)}`],
      ['flow sequence across lines', `items: [\n  - kode: X\n    nama: y\n    level: 1\n]\nrest:\n${filler(40)}`],
      ['tab-indented line inside an item', `items:\n  - kode: X\n\tnama: y\n    level: 1\n${filler(40)}`],
      ['duplicate key inside an item', `items:\n  - kode: X\n    kode: Y\n    level: 1\n${filler(40)}`],
      ['two documents', `items:\n${filler(20)}---\nitems:\n${filler(20)}`],
      ['comments after items and at column 0', `items:\n  - kode: X\n    nama: y\n# kolom nol\n    level: 1\n      # dalam\n${filler(40)}# akhir\n`],
      ['compact sequence under a key', `kompetensi:\n  manajerial:\n  - kode: M.01\n    level: 2\n    nama: Integritas\n  sosial_kultural:\n  - kode: SK.01\n    level: 2\n    nama: Perekat Bangsa\n${filler(40)}`],
      ['items at column 0', `- kode: A\n  nama: satu\n  level: 1\n- kode: B\n  nama: dua\n  level: 2\n${filler(40).replace(/^ {2}/gm, '')}`],
      ['nested sequences', `items:\n  - - kode: A\n      nama: x\n    - kode: B\n      nama: y\n${filler(40)}`],
      ['placeholder-like text', `items:\n  - kode: __skj_chunk_0\n    nama: x\n    level: 1\n${filler(40)}`],
      ['no final line break', `items:\n${filler(40)}  - kode: Z\n    nama: z\n    level: 5`],
      ['entry inside a block scalar', `ikhtisar: |\n  catatan:\n    satu\n    dua\nitems:\n${filler(40)}`],
      ['entry with a multi-line plain value', `nama:\n  Arsiparis\n  Ahli Muda\nitems:\n${filler(40)}`],
      ['entry with a flow map across lines', `meta:\n  { a: 1,\n    b: 2 }\nitems:\n${filler(40)}`],
      ['duplicate entries', `meta:\n  a: 1\n  b: 2\nmeta:\n  a: 3\n  b: 4\nitems:\n${filler(40)}`],
      ['entry in a flow map', `x: {\nmeta:\n  a: 1\n  b: 2\n}\nitems:\n${filler(40)}`],
      ['entry whose value is an anchor used later', `meta: &m\n  a: 1\n  b: 2\nlagi:\n  c: *m\n  d: 1\nitems:\n${filler(40)}`],
      ['entry holding a sequence at its own indentation', `meta:\n- a: 1\n  b: 2\n  c: 3\nitems:\n${filler(40)}`],
      // Issue 11: each of these gave a chunked tree different from the whole parse.
      ['%YAML 1.1 directive (yes/no are booleans there)', `%YAML 1.1\n---\nitems:\n  - kode: X\n    aktif: yes\n    level: 1\n${filler(40)}`],
      ['%TAG directive used inside an item', `%TAG !e! tag:example.com,2000:\n---\nitems:\n  - kode: X\n    nama: !e!teks y\n    level: 1\n${filler(40)}`],
      ['block scalar, whitespace-only lines, then a comment', `items:\n  - kode: X\n    deskripsi: |\n      teks\n         \n  # catatan\n${filler(40)}`],
      ['block scalar, an over-indented line of spaces at its end', `items:\n  - kode: X\n    deskripsi: |\n      teks\n        \n${filler(40)}`],
      ['|+ keep scalar followed by blank lines', `items:\n  - kode: X\n    deskripsi: |+\n      teks\n\n\n${filler(40)}`],
      ['>+ keep scalar, blank lines, a deeper comment-like line', `items:\n  - kode: X\n    deskripsi: >+\n      teks\n\n      # bukan komentar\n\n${filler(40)}`],
      ['item ending in an explicit key without a value', `items:\n  - kode: X\n    ? tanpa nilai\n${filler(40)}`],
    ];
    const cache = new ChunkCache();
    for (const [name, text] of cases) {
      agree(text, cache, name);
      agree(text.replace(/\n/g, '\r\n'), cache, `${name} (CRLF)`);
    }
  });

  it('fuzzed edits of standards and kamus files (fast-check, one cache for all)', () => {
    const seed = Number(process.env.SKJ_FUZZ_SEED ?? 20261122);
    const numRuns = Number(process.env.SKJ_FUZZ_CHUNK_RUNS ?? 600);
    const bases = [...examples(), ...generated()].filter((f) => f.text.length >= 2000);
    const cache = new ChunkCache(200_000); // small: evictions happen too
    let chunked = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bases.length - 1 }), fc.array(editArb, { maxLength: 6 }), (bi, edits) => {
        const text = applyEdits(bases[bi].text, edits);
        if (agree(text, cache, `${bases[bi].name} + ${JSON.stringify(edits)}`)) chunked++;
      }),
      { seed, numRuns },
    );
    assert.ok(chunked > numRuns / 4, `only ${chunked} of ${numRuns} fuzzed files were parsed in chunks`);
  });

  it('the cache stays within its size and keeps what was used since the last sweep (CLOCK)', () => {
    const cache = new ChunkCache(100);
    const item = parseFile('untitled:x.skj.yaml', 'skj', 'a: 1\n', { chunks: null }).doc.contents as never;
    const key = (c: string) => c.repeat(30);
    cache.set(key('a'), item);
    cache.set(key('b'), item);
    cache.set(key('c'), item);
    assert.equal(cache.size, 3);
    assert.equal(cache.get(key('a')), item, 'a hit returns the item');
    // Full: 'b' (oldest not used since) goes; 'a' was used and gets a second chance.
    cache.set(key('d'), item);
    assert.equal(cache.size, 3);
    assert.equal(cache.get(key('b')), undefined);
    assert.equal(cache.get(key('a')), item);
    assert.equal(cache.get(key('d')), item, 'the entry just added stays');
    // Re-setting a key does not count its text twice.
    cache.set(key('d'), item);
    assert.equal(cache.size, 3);
    // A text larger than the whole cache is not kept, and nothing is evicted for it.
    cache.set('x'.repeat(101), item);
    assert.equal(cache.size, 3);
  });
});

