import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { KamusIndex } from '../../server/src/core/workspace/kamus-index';
import { example } from './features/helpers';

const syntax = (text: string, locale: 'id' | 'en' = 'id') =>
  analyze('file:///ws/a.skj.yaml', text, { config: { ...DEFAULT_CONFIG, locale }, kamus: new KamusIndex(), locale }).findings.filter((f) => f.rule === 'yaml-syntax');

const BASE = example('kasubbag-umum-pengawas.skj.yaml');

describe('yaml-syntax: messages for analysts, one per slip, at the line of the slip', () => {
  for (const eol of ['\n', '\r\n']) {
    const base = BASE.replace(/\n/g, eol);
    const lineOf = (text: string, re: RegExp) => text.split(/\r?\n/).findIndex((l) => re.test(l));
    const E = JSON.stringify(eol);

    it(`a key one space short: one finding at that line, with both indents and a fix (${E})`, () => {
      const t = base.replace(/(\r?\n) {6}level: 2/, '$1     level: 2');
      const f = syntax(t);
      assert.equal(f.length, 1, f.map((x) => x.message).join(' | '));
      assert.equal(f[0].range.start.line, lineOf(t, /^ {5}level: 2/));
      assert.match(f[0].message, /baris ini menjorok 5 spasi, baris di atasnya 6/);
      assert.equal(f[0].fixes?.[0].title, 'Jadikan menjorok 6 spasi');
      // No other rule reads the misparsed value ("Level ? harus … bukan "2\n …").
      const all = analyze('file:///ws/a.skj.yaml', t, { config: DEFAULT_CONFIG, kamus: new KamusIndex() }).findings;
      assert.ok(!all.some((x) => x.rule === 'level-range'), all.map((x) => x.message).join(' | '));
    });

    it(`a key one space too deep: at that line, not at the key above (${E})`, () => {
      const t = base.replace(/(\r?\n) {6}deskripsi:/, '$1       deskripsi:');
      const f = syntax(t);
      assert.equal(f.length, 1);
      assert.equal(f[0].range.start.line, lineOf(t, /^ {7}deskripsi:/));
      assert.match(f[0].message, /lebih dalam dari "level" di atasnya \(baris ini menjorok 7 spasi, baris di atasnya 6\)/);
    });

    it(`": " inside a value: put it in quotes (${E})`, () => {
      const f = syntax(base.replace(/nama: [^\r\n]*/, 'nama: Kepala: Subbagian'));
      assert.equal(f.length, 1);
      assert.match(f[0].message, /memuat ": ".*tanda kutip/);
      assert.equal(f[0].fixes![0].edits[0].newText, '"Kepala: Subbagian"');
    });

    it(`a tab: said so, with a fix replacing it (${E})`, () => {
      const f = syntax(base.replace(/(\r?\n) {2}kelompok:/, '$1\tkelompok:'));
      assert.equal(f.length, 1, f.map((x) => x.message).join(' | '));
      assert.match(f[0].message, /^Tab dipakai/);
      assert.equal(f[0].fixes![0].edits[0].newText, '  ');
    });

    it(`" #" cutting a plain value: a warning with the text that is lost (${E})`, () => {
      const f = syntax(base.replace(/nama: [^\r\n]*/, 'nama: Kepala Subbagian Umum #1 dan Kepegawaian'));
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, 'warning');
      assert.match(f[0].message, /"#1 dan Kepegawaian"/);
      assert.equal(f[0].fixes![0].edits[0].newText, '"Kepala Subbagian Umum #1 dan Kepegawaian"');
    });
  }

  for (const [style, value] of [
    ['double-quoted', '"Kepala #1 Umum"'],
    ['single-quoted', "'Kepala #1 Umum'"],
    ['literal block', '|\n    Kepala #1 Umum'],
    ['folded block', '>-\n    Kepala #1 Umum'],
    ['flow', '[Kepala, Umum]  #1'],
    ['plain with a spaced comment', 'Kepala Umum  # (*1)'],
    ['plain with "# " after one space', 'Kepala Umum # (*1)'],
  ]) {
    it(`no cut warning for a ${style} value`, () => {
      assert.deepEqual(syntax(`jabatan:\n  nama: ${value}\n`).map((f) => f.message), []);
    });
  }

  const cases: [string, string, RegExp][] = [
    ['missing closing double quote', 'jabatan:\n  nama: "Kepala\n', /Tanda kutip penutup " tidak ditemukan/],
    ['missing closing bracket', 'jabatan:\n  nama: X\n  bidang: [a, b\n', /Kurung penutup \] tidak ditemukan/],
    ['a plain value starting with @', 'jabatan:\n  nama: @kepala\n', /tidak boleh diawali @/],
    ['a bad escape in double quotes', 'jabatan:\n  nama: "C:\\q"\n', /bukan urutan escape yang sah/],
    ['a key without a colon', 'jabatan:\n  nama: X\n  kelompok\n  jenjang: ahli-muda\n', /bukan pasangan "kunci: nilai"/],
    ['items out of line', 'persyaratan:\n  indikator_kinerja:\n    - a\n   - b\n', /menjorok 3 spasi/],
  ];
  for (const [what, text, re] of cases) {
    it(`${what}: translated and explained, never the parser's English`, () => {
      const f = syntax(text);
      assert.ok(f.length >= 1, what);
      assert.match(f[0].message, re, f.map((x) => x.message).join(' | '));
      assert.ok(!/[A-Z][a-z]+ [a-z]+ [a-z]+ (?:must|cannot|without|need)/.test(f[0].message), f[0].message);
      assert.ok(f.every((x) => !/Kesalahan sintaks YAML/.test(x.message)), f.map((x) => x.message).join(' | '));
    });
  }

  it('English messages too', () => {
    const f = syntax(BASE.replace(/\n {6}level: 2/, '\n     level: 2'), 'en');
    assert.match(f[0].message, /this line is indented 5 spaces, the line above 6/);
  });
});
