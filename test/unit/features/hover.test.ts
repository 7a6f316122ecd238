import * as assert from 'node:assert/strict';
import { hover } from '../../../server/src/core/features';
import { setup } from './helpers';

const HEAD = `jabatan:
  nama: Analis SDM Aparatur Ahli Muda
  kelompok: fungsional
  jenjang: ahli-muda
  urusan: Kepegawaian
  kode: "309010000012"
  ikhtisar: Menganalisis kebutuhan SDM
`;

function h(textWithMarker: string, o: Parameters<typeof setup>[1] = {}) {
  const s = setup(textWithMarker, o);
  return hover(s.analysis, s.position, s.opts);
}

const ITEM = HEAD + `kompetensi:
  manajerial:
    - kode: M.01
      level: 2
      deskripsi: Mampu mengingatkan, mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi
      indikator:
        - "2.1"
        - "Melaksanakan peraturan, kode etik organisasi dalam lingkungan kerja sehari-hari, pada tataran individu/pribadi;"
        - "Memberikan informasi yang dapat dipercaya"
        - Teks karangan sendiri tentang cuaca
`;

function at(find: string, offset = 1): string {
  const i = ITEM.indexOf(find);
  assert.ok(i >= 0, find);
  return ITEM.slice(0, i + offset) + '|' + ITEM.slice(i + offset);
}

describe('hover', () => {
  it('a key: the filling guide', () => {
    const r = h(`jabatan:\n  ur|usan: X\n`)!;
    assert.match(r.contents, /\(\\?\*3\)/);
    assert.match(r.contents, /Tuliskan urusan pemerintahan/);
    assert.deepEqual(r.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 8 } });
  });

  it('a competency code: name, definition, five levels, the current one highlighted', () => {
    const r = h(at('M.01'))!;
    assert.match(r.contents, /M\.01 Integritas/);
    assert.match(r.contents, /Konsisten berperilaku/);
    for (let l = 1; l <= 5; l++) assert.match(r.contents, new RegExp(`Level ${l}`));
    assert.match(r.contents, /▶ Level 2 \(level butir ini\)/);
    assert.ok(!/▶ Level 3/.test(r.contents));
  });

  it('plain text when markdown is off', () => {
    const s = setup(at('M.01'), { markdown: false });
    const r = hover(s.analysis, s.position, s.opts)!;
    assert.ok(!r.contents.includes('**'));
    assert.match(r.contents, /> Level 2/);
  });

  it('a level value: description, indicators and the tier', () => {
    const r = h(at('level: 2', 7))!;
    assert.match(r.contents, /Mampu mengingatkan/);
    assert.match(r.contents, /2\.3/);
    assert.match(r.contents, /Sesuai level jenjang ahli-muda/);
  });

  it('a technical level: name and criteria', () => {
    const r = h(HEAD + `kompetensi:\n  teknis:\n    - kode: KT.TIK.03\n      level: |3\n`)!;
    assert.match(r.contents, /Menengah/);
    assert.match(r.contents, /pelatihan tingkat menengah/);
    assert.match(r.contents, /Menganalisis dan mengatasi gangguan jaringan/);
  });

  it('a technical code: kamus definition and source', () => {
    const r = h(HEAD + `kompetensi:\n  teknis:\n    - kode: KT.T|IK.03\n      level: 3\n`)!;
    assert.match(r.contents, /Pengelolaan Infrastruktur Jaringan/);
    assert.match(r.contents, /Dinas Komunikasi dan Informatika/);
    assert.match(r.contents, /Paham/);
  });

  it('deskripsi: which level it is', () => {
    const r = h(at('Mampu mengingatkan'))!;
    assert.match(r.contents, /Deskripsi resmi M\.01 Integritas level 2/);
  });

  it('deskripsi: the closest official text when it matches none', () => {
    const text = ITEM.replace('Mampu mengingatkan, mengajak rekan kerja', 'Mampu mengingatkan rekan kerja');
    const i = text.indexOf('Mampu mengingatkan');
    const r = h(text.slice(0, i + 2) + '|' + text.slice(i + 2))!;
    assert.match(r.contents, /Bukan deskripsi resmi/);
    assert.match(r.contents, /Teks resmi level 2/);
  });

  it('indicators: number, other level, closest', () => {
    assert.match(h(at('"2.1"', 2))!.contents, /Indikator 2\.1 — M\.01 Integritas level 2/);
    const other = h(at('Melaksanakan peraturan'))!.contents;
    assert.match(other, /Indikator 1\.2 — M\.01 Integritas level 1/);
    assert.match(other, /milik level lain/);
    assert.match(h(at('Memberikan informasi'))!.contents, /Paling mirip: 2\.3\./);
    assert.match(h(at('Teks karangan'))!.contents, /Indikator resmi level 2/);
  });

  it('job code: digit breakdown', () => {
    const r = h(HEAD.replace('"309', '"3|09'))!;
    assert.match(r.contents, /3 09 010000 012/);
    assert.match(r.contents, /fungsional/);
    assert.match(r.contents, /ahli-muda/);
    assert.match(r.contents, /nomor urut\): 012/);
  });

  it('jenjang: expected level and rank range', () => {
    const r = h(HEAD.replace('jenjang: ahli-muda', 'jenjang: ahli-m|uda'))!;
    assert.match(r.contents, /Level manajerial & SK\.01: 2/);
    assert.match(r.contents, /III\/c–III\/d/);
  });

  it('pangkat: golongan and usual range for the tier', () => {
    const r = h(HEAD + `persyaratan:\n  pangkat: Pena|ta (III/c)\n`)!;
    assert.match(r.contents, /Penata \(III\/c\)/);
    assert.match(r.contents, /Lazim untuk Ahli Muda: III\/c–III\/d \(sesuai\)/);
    const en = h(HEAD + `persyaratan:\n  pangkat: Pembina (I|V/a)\n`, { locale: 'en' })!;
    assert.match(en.contents, /outside the usual range/);
  });

  it('nothing in white space', () => {
    assert.equal(h(`jabatan:\n  nama: X\n |\n`), undefined);
  });

  it('kamus level keys: the technical level', () => {
    const r = h(`kamus:\n  instansi: X\n  kompetensi:\n    - kode: A\n      level:\n        |4:\n          deskripsi: x\n`, { uri: 'file:///ws/x.kamus.yaml' })!;
    assert.match(r.contents, /Mumpuni/);
  });
});

describe('hover leads with what the cursor is on', () => {
  it("a code: the item's own level first, with its indicators; the other levels one line each, after", () => {
    const r = h(ITEM.replace('- kode: M.01', '- kode: M.0|1'))!;
    const v = r.contents as string;
    const own = v.indexOf('Level 2');
    assert.ok(own > 0 && own < v.indexOf('Level lain:'), v);
    assert.match(v.slice(own, v.indexOf("Level lain:")), /`2\.1`/);
    for (const l of [1, 3, 4, 5]) assert.match(v.slice(v.indexOf('Level lain:')), new RegExp(`Level ${l} — `));
    assert.ok(!/`1\.1`/.test(v), "no indicators of the other levels");
  });

  it('a code without a level: all five levels in order', () => {
    const v = h(HEAD + `kompetensi:\n  manajerial:\n    - kode: M.0|1\n`)!.contents as string;
    const at = [1, 2, 3, 4, 5].map((l) => v.indexOf(`Level ${l}`));
    assert.ok(at.every((x, i) => x > 0 && (i === 0 || x > at[i - 1])), v);
  });
});
