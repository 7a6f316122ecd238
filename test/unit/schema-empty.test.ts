import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { newStandardText } from '../../server/src/core/features';
import { KamusIndex } from '../../server/src/core/workspace/kamus-index';

const findings = (text: string, locale: 'id' | 'en' = 'id') =>
  analyze('file:///ws/a.skj.yaml', text, { config: { ...DEFAULT_CONFIG, locale }, kamus: new KamusIndex(), locale }).findings;

describe('schema: an empty field of the form is one finding in the form\'s words', () => {
  it('the new standard opens with no error: one warning per field only the author can fill in', () => {
    for (const [kelompok, jenjang] of [['fungsional', 'ahli-muda'], ['administrasi', 'pengawas'], ['pimpinan-tinggi', 'jpt-pratama']]) {
      for (const eol of ['\n', '\r\n']) {
        const f = findings(newStandardText(kelompok, jenjang, { config: DEFAULT_CONFIG, eol }));
        assert.deepEqual(f.filter((x) => x.severity === 'error'), [], `${jenjang} ${JSON.stringify(eol)}`);
        assert.deepEqual(
          f.map((x) => x.message).filter((m) => !m.startsWith('Pangkat')),
          [
            'Nama jabatan belum diisi (*1).',
            'Urusan pemerintahan belum diisi (*3).',
            'Ikhtisar jabatan belum diisi (*5).',
            'Jenjang pendidikan belum diisi (*10).',
            'Uraian pelatihan belum diisi (*12).',
            'Uraian pelatihan belum diisi (*13).',
            'Uraian pelatihan belum diisi (*14).',
            'Pengalaman kerja belum diisi (*15).',
            'Indikator kinerja jabatan belum diisi (*20).',
          ],
        );
        assert.ok(f.every((x) => x.rule === 'schema' && x.severity === 'warning'));
      }
    }
  });

  const head = (nama: string) => `jabatan:\n  nama:${nama}\n  kelompok: fungsional\n  jenjang: ahli-muda\n  urusan: Kepegawaian\n  ikhtisar: Menganalisis\n`;
  for (const [style, nama] of [
    ['nothing', ''],
    ['nothing, a comment', '  # (*1)'],
    ['empty double quotes', ' ""'],
    ['empty single quotes', " ''"],
    ['null', ' ~'],
    ['an empty literal block', ' |\n'],
    ['an empty folded block', ' >-\n'],
  ]) {
    it(`an empty name written as ${style}: "Nama jabatan belum diisi (*1)." at the key, once`, () => {
      const f = findings(head(nama)).filter((x) => x.rule === 'schema' && /Nama jabatan|nama/.test(x.message));
      assert.deepEqual(f.map((x) => [x.message, x.range.start.line]), [['Nama jabatan belum diisi (*1).', 1]], style);
    });
  }

  it('an empty education level: one finding, not a type error and a "null" enum error', () => {
    const f = findings(head(' X') + 'persyaratan:\n  pendidikan:\n    - jenjang:\n      tingkat: mutlak\n').filter((x) => x.rule === 'schema' && x.range.start.line === 8);
    assert.deepEqual(f.map((x) => x.message), ['Jenjang pendidikan belum diisi (*10).']);
  });

  it('in English, and a missing key in the form\'s words', () => {
    assert.deepEqual(
      findings(head(''), 'en').filter((x) => x.rule === 'schema' && x.range.start.line === 1).map((x) => x.message),
      ['The position name is not filled in yet (*1).'],
    );
    const f = findings('jabatan:\n  kelompok: fungsional\n  jenjang: ahli-muda\n  urusan: X\n  ikhtisar: Y\n').filter((x) => x.rule === 'schema');
    assert.ok(f.some((x) => x.message === 'Nama jabatan belum diisi (*1): tambahkan `nama:` di sini.'), JSON.stringify(f.map((x) => x.message)));
  });

  it('an empty file is a note on how to begin, not an error', () => {
    for (const text of ['', '\n', '# komentar\n']) {
      const f = findings(text);
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, 'information');
      assert.match(f[0].message, /masih kosong/);
    }
  });

  it('a configured schema severity still applies to empty fields', () => {
    const f = analyze('file:///ws/a.skj.yaml', head(''), { config: { ...DEFAULT_CONFIG, rules: { schema: 'error' } }, kamus: new KamusIndex() }).findings;
    assert.ok(f.some((x) => x.rule === 'schema' && x.severity === 'error'));
  });
});
