/**
 * The cases issue 11 reproduced, one by one: a fix keeps the value's style (block, quotes, plain,
 * flow), fix-all keeps comments and deliberate levels, no fix creates a finding, rename never
 * writes YAML syntax. The class as a whole is covered by test/robustness/edit-variants.test.ts.
 */
import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../server/src/core/config/config';
import { applyEdits, codeActions, safeFixAll } from '../../../server/src/core/features';
import { ReferenceIndex, rename } from '../../../server/src/core/workspace/navigation';
import { analyzeText, example, exampleKamus } from './helpers';

const base = example('kasubbag-umum-pengawas.skj.yaml');
const opts = () => ({ locale: 'id' as const, config: DEFAULT_CONFIG, kamus: exampleKamus() });
const M01 = '"Mampu mengingatkan, mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi"';

/** The text after the preferred quick fix of the first finding of `rule`. */
function fixed(text: string, rule: string): string {
  const a = analyzeText(text);
  const f = a.findings.find((x) => x.rule === rule);
  assert.ok(f, `no ${rule} finding in\n${text}`);
  const act = codeActions(a, f.range, { ...opts(), only: ['quickfix'] }).find((x) => x.diagnosticRule === rule && x.isPreferred);
  assert.ok(act, `no preferred ${rule} fix`);
  return applyEdits(text, act.edits);
}

describe('edits keep the value style', () => {
  for (const [header, expectEnd] of [
    ['>-', ''],
    ['>', ''],
    ['|', ''],
    ['|-', ''],
    ['>2-', ''],
    ['|- # dari kamus lama', ''],
  ] as const) {
    it(`a "${header}" description stays a block, at its indentation, the next key untouched`, () => {
      const text = base.replace(`deskripsi: ${M01}`, `deskripsi: ${header}\n        Mengikuti perubahan\n        dengan arahan\n`.replace(/\n$/, ''));
      const out = fixed(text, 'description-mismatch');
      const lines = out.split('\n');
      const i = lines.findIndex((l) => l.startsWith('      deskripsi: '));
      assert.equal(lines[i], `      deskripsi: ${header}`);
      assert.equal(lines[i + 1], '        Mampu mengingatkan, mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi' + expectEnd);
      assert.equal(lines[i + 2], '      indikator:');
      assert.deepEqual(analyzeText(out).findings, []);
    });
  }

  it('a "|+" description keeps its chomping and the blank line after it; CRLF stays CRLF', () => {
    const text = base.replace(`deskripsi: ${M01}`, 'deskripsi: |+\n        Mengikuti perubahan dengan arahan\n').replace(/\n/g, '\r\n');
    const out = fixed(text, 'description-mismatch');
    assert.ok(out.includes('      deskripsi: |+\r\n        Mampu mengingatkan, mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi\r\n\r\n      indikator:\r\n'), out);
    assert.ok(!/[^\r]\n/.test(out));
  });

  it("single quotes stay single, with YAML's escaping; a comment after the value stays", () => {
    const text = base.replace(`deskripsi: ${M01}`, "deskripsi: 'Mengikuti perubahan dengan arahan'   # lama");
    assert.ok(fixed(text, 'description-mismatch').includes("      deskripsi: 'Mampu mengingatkan, mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi'   # lama\n"));
    const pangkat = base.replace('pangkat: Penata Tingkat I (III/d)', "pangkat: 'Penata Mda (III/c)'");
    assert.ok(fixed(pangkat, 'pangkat').includes("pangkat: 'Penata (III/c)'"));
  });

  it('a plain code stays plain; a block code is written exactly (strip chomping)', () => {
    assert.ok(fixed(base.replace('- kode: M.04', '- kode: M.4   # salah'), 'code-alias').includes('- kode: M.04   # salah\n'));
    const block = fixed(base.replace('- kode: M.04', '- kode: |\n        M.4'), 'code-alias');
    assert.ok(block.includes('- kode: |-\n        M.04\n      level: 2\n'), block);
  });

  it('a flow sequence item is edited in place', () => {
    const text = base.replace('    - jenjang: S-1\n', '    - {jenjang: S1, bidang_ilmu: [Ilmu Administrasi Negara], tingkat: mutlak}\n').replace(/\n      bidang_ilmu: \[Ilmu Administrasi Negara, Manajemen, Psikologi\]\n      tingkat: mutlak/, '');
    const out = fixed(text, 'education-level');
    assert.ok(out.includes('    - {jenjang: S-1, bidang_ilmu: [Ilmu Administrasi Negara], tingkat: mutlak}\n'), out);
  });
});

describe('fix-all applies only safe fixes and keeps the rest of the file', () => {
  it('keeps comments and a deliberate level (level-tier stays a warning)', () => {
    const text = base.replace('- kode: M.04', '- kode: M.4   # salah').replace('M.05\n      level: 2', 'M.05\n      level: 3').replace('jenjang: S-1', 'jenjang: S1');
    const r = safeFixAll('file:///ws/x.skj.yaml', text, opts());
    assert.ok(r.text.includes('- kode: M.04   # salah\n'));
    assert.ok(r.text.includes('M.05\n      level: 3'));
    // M.05's description and indicators are level 2's: the level is the author's, so they become level 3's.
    assert.deepEqual(r.applied.map((x) => x.rule).sort(), ['code-alias', 'description-mismatch', 'education-level', 'indicator-level-mismatch', 'indicator-level-mismatch', 'indicator-level-mismatch']);
    assert.deepEqual(r.remaining.map((f) => f.rule), ['level-tier']);
    assert.equal(applyEdits(text, r.edits), r.text);
  });
});

describe('no quick fix creates a finding', () => {
  const titles = (text: string, rule: string) => {
    const a = analyzeText(text);
    return a.findings.filter((f) => f.rule === rule).flatMap((f) => codeActions(a, f.range, { ...opts(), only: ['quickfix'] }).filter((x) => x.diagnosticRule === rule && !x.title.startsWith('Nonaktifkan')).map((x) => x.title));
  };

  it('"Pindahkan M.03 ke manajerial" is not offered when M.03 is already there', () => {
    const text = base.replace('  sosial_kultural:\n', '  sosial_kultural:\n    - kode: M.03\n      level: 2\n');
    assert.deepEqual(titles(text, 'wrong-section'), []);
  });

  it('"Ganti dengan M.01" is not offered when M.01 is used', () => {
    const text = base.replace('- kode: M.08', '- kode: M.0l');
    assert.deepEqual(titles(text, 'unknown-competency'), ['Ganti dengan M.08']);
  });

  it('a fix leaving a section key without a value is not offered', () => {
    // The only item of sosial_kultural is an M code: moving it would leave `sosial_kultural:` empty.
    const text = base.replace(/  sosial_kultural:\n    - kode: SK\.01[\s\S]*?(?=persyaratan:)/, '  sosial_kultural:\n    - kode: M.09\n      level: 2\n');
    const a = analyzeText(text);
    for (const f of a.findings) {
      for (const act of codeActions(a, f.range, { ...opts(), only: ['quickfix'] })) {
        if (act.title.startsWith('Nonaktifkan')) continue;
        const after = analyzeText(applyEdits(text, act.edits));
        assert.ok(!after.findings.some((x) => x.rule === 'schema'), `${act.title} leaves a schema error`);
      }
    }
  });
});

describe('rename never writes YAML syntax', () => {
  const std = example('pranata-komputer-ahli-pertama.skj.yaml');
  const uri = 'file:///ws/pranata.skj.yaml';
  const run = (text: string, name: string) => {
    const a = analyzeText(text, uri);
    const refs = new ReferenceIndex();
    refs.set(uri, text);
    const at = a.skj!.sections.teknis!.items[0].kode!.valueRange.start;
    return rename(a, at, name, exampleKamus(), refs, 'id', (u) => (u === uri ? text : example('diskominfo.kamus.yaml')));
  };

  for (const name of ['*x', '&x', '!t', '@x', '-', '|', '[KT]', 'null', 'true', '1.5', 'a: b', 'x #y']) {
    it(`"${name}" is quoted and reads back as the code`, () => {
      const r = run(std, name);
      assert.ok(r && 'changes' in r);
      for (const [u, edits] of Object.entries(r.changes)) {
        const before = u === uri ? std : example('diskominfo.kamus.yaml');
        const out = analyzeText(applyEdits(before, edits), u);
        assert.deepEqual(out.findings.filter((f) => f.rule === 'yaml-syntax'), []);
        const codes = out.skj?.sections.teknis?.items.map((i) => i.kode?.value) ?? out.kamus?.entries.map((e) => e.kode?.value);
        assert.ok(codes?.includes(name), `${u}: ${JSON.stringify(codes)}`);
      }
    });
  }

  it('a quoted code keeps its quote style', () => {
    const r = run(std.replace('- kode: KT.TIK.03', "- kode: 'KT.TIK.03'"), "it's");
    assert.ok(r && 'changes' in r);
    assert.deepEqual(r.changes[uri].map((e) => e.newText), ["'it''s'"]);
  });

  it('refuses an empty or multi-line code with a clear message', () => {
    assert.deepEqual(run(std, '  '), { error: '"  " tidak dapat menjadi kode kompetensi: kode harus satu baris teks dan tidak kosong.' });
    assert.ok('error' in run(std, 'KT\nX')!);
  });
});
