/**
 * The official YAML test suite (test/fixtures/yaml-test-suite, from github.com/yaml/yaml-test-suite)
 * through the chunked parse: every case on its own, and embedded at each place a chunk can start
 * (inside a competency item, a kamus level, under `jabatan:`, as top-level entries, as a list
 * item), with LF and CRLF line breaks, gives the same tree, problems, findings, model, document
 * symbols and folding ranges as a parse of the whole text (or falls back to it).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ChunkCache } from '../../server/src/core/parse/chunks';
import { assertChunkedAgrees } from '../support/parse-equivalence';
import { repoRoot } from '../support/paths';

interface SuiteCase {
  id: string;
  name: string;
  fail: boolean;
  yaml: string;
}

export function suiteCases(): SuiteCase[] {
  const file = path.join(repoRoot(), 'test', 'fixtures', 'yaml-test-suite', 'cases.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { cases: SuiteCase[] }).cases;
}

/** Lines of `text` after the first indented by `n` (empty lines stay empty). */
const indentRest = (text: string, n: number): string => text.replace(/(\r\n|\r|\n)(?=[^\r\n])/g, `$1${' '.repeat(n)}`);
const indentAll = (text: string, n: number): string => ' '.repeat(n) + indentRest(text, n);
const withEol = (t: string): string => (/[\r\n]$/.test(t) || t === '' ? t : `${t}\n`);

const item = (code: string, i: number) =>
  `    - kode: ${code}\n      level: ${1 + (i % 5)}\n      deskripsi: Deskripsi pengisi nomor ${i} yang cukup panjang\n      indikator:\n        - Indikator satu nomor ${i}\n        - Indikator dua nomor ${i}\n`;
const fillerItems = (n: number) => Array.from({ length: n }, (_, i) => item(`M.0${1 + (i % 8)}`, i)).join('');
const kamusLevel = (l: number) => `        ${l}:\n          deskripsi: Deskripsi level ${l} yang cukup panjang untuk pengisi\n          indikator:\n            - Indikator ${l}.1\n            - Indikator ${l}.2\n`;
const kamusEntry = (i: number) => `    - kode: KT.ISI.${String(i).padStart(2, '0')}\n      nama: Pengisi ${i}\n      definisi: Definisi pengisi ${i}\n      level:\n${[1, 2, 3, 4, 5].map(kamusLevel).join('')}`;

/** The places a chunk can start, each a file (uri, text) with the case's YAML in it. */
export const embeddings: [string, string, (y: string) => string][] = [
  ['competency item', 'untitled:a.skj.yaml', (y) => `jabatan:\n  nama: Analis\n  kelompok: fungsional\n  jenjang: ahli-muda\nkompetensi:\n  manajerial:\n    - kode: M.01\n      level: 3\n      catatan:\n${withEol(indentAll(y, 8))}      deskripsi: lanjut\n${fillerItems(14)}`],
  ['kamus level', 'untitled:a.kamus.yaml', (y) => `kamus:\n  instansi: Contoh\n  kompetensi:\n    - kode: KT.ISI.99\n      nama: Uji\n      level:\n        1:\n${withEol(indentAll(y, 10))}        2:\n          deskripsi: dua\n${[0, 1, 2].map(kamusEntry).join('')}`],
  ['jabatan', 'untitled:b.skj.yaml', (y) => `jabatan:\n${withEol(indentAll(y, 2))}kompetensi:\n  manajerial:\n${fillerItems(14)}`],
  ['top-level entry', 'untitled:c.skj.yaml', (y) => `${withEol(y)}kompetensi:\n  manajerial:\n${fillerItems(14)}`],
  ['list item', 'untitled:d.skj.yaml', (y) => `kompetensi:\n  manajerial:\n${fillerItems(7)}    - ${withEol(indentRest(y, 6))}${fillerItems(7)}`],
];

const crlf = (t: string) => t.replace(/\r?\n/g, '\r\n');

describe('YAML test suite: chunked and whole parses agree', function () {
  this.timeout(180000);
  const cases = suiteCases();

  it('has the suite', () => assert.ok(cases.length > 300, `${cases.length} cases`));

  it('every case on its own (LF and CRLF), chunked down to the smallest size', () => {
    const cache = new ChunkCache();
    let chunked = 0;
    for (const c of cases) {
      for (const [eol, text] of [['LF', c.yaml], ['CRLF', crlf(c.yaml)]] as const) {
        if (assertChunkedAgrees('untitled:raw.skj.yaml', text, cache, `${c.id} ${c.name} (${eol})`, 0)) chunked++;
      }
    }
    assert.ok(chunked > 20, `only ${chunked} cases took the chunked path`);
  });

  for (const [place, uri, embed] of embeddings) {
    it(`every case embedded: ${place} (LF and CRLF)`, () => {
      const cache = new ChunkCache();
      let chunked = 0;
      for (const c of cases) {
        const text = embed(c.yaml);
        if (assertChunkedAgrees(uri, text, cache, `${c.id} ${c.name} in ${place}`)) chunked++;
        assertChunkedAgrees(uri, crlf(text), cache, `${c.id} ${c.name} in ${place} (CRLF)`);
      }
      assert.ok(chunked > 50, `only ${chunked} embedded cases took the chunked path`);
    });
  }
});
