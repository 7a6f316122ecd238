import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../server/src/core/config/config';
import { applyEdits, codeActions, diffEdits, FIX_ALL_KIND } from '../../../server/src/core/features';
import { analyzeText, example, exampleKamus } from './helpers';

const base = example('kasubbag-umum-pengawas.skj.yaml');
const whole = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

describe('code actions', () => {
  it('quick fixes of the findings in the range, with the finding attached', () => {
    const text = base.replace('M.05\n      level: 2', 'M.05\n      level: 3');
    const a = analyzeText(text);
    const f = a.findings.find((x) => x.rule === 'level-tier')!;
    const actions = codeActions(a, f.range, { locale: 'id' });
    const fix = actions.find((x) => x.kind === 'quickfix' && x.isPreferred)!;
    assert.equal(fix.diagnosticRule, 'level-tier');
    assert.deepEqual(fix.diagnosticRange, f.range);
    assert.equal(applyEdits(text, fix.edits), base);
  });

  it('"fix all of this rule" combines every finding of the rule', () => {
    const text = base.replace(/level: 2/g, 'level: 3');
    const a = analyzeText(text);
    const f = a.findings.find((x) => x.rule === 'level-tier')!;
    const all = codeActions(a, f.range, { locale: 'en' }).find((x) => x.title.startsWith('Fix all level-tier'))!;
    assert.equal(all.title, 'Fix all level-tier in this file (9)');
    assert.equal(applyEdits(text, all.edits), base);
  });

  it('fix-all keeps a level the author chose and gives it the texts of that level (level-tier is a judgement call)', () => {
    const text = base.replace('M.07\n      level: 2', 'M.07\n      level: 3');
    const a = analyzeText(text);
    const [act] = codeActions(a, whole, { only: [FIX_ALL_KIND], locale: 'id', config: DEFAULT_CONFIG, kamus: exampleKamus() });
    assert.equal(act.kind, FIX_ALL_KIND);
    const once = applyEdits(text, act.edits);
    assert.ok(once.includes('M.07\n      level: 3'));
    assert.deepEqual(analyzeText(once).findings.map((f) => f.rule), ['level-tier']);
  });

  it('level: 7: fix-all leaves it; the tier level is the first, preferred quick fix', () => {
    const text = base.replace('kode: M.07\n      level: 2', 'kode: M.07\n      level: 7');
    const a = analyzeText(text);
    assert.deepEqual(codeActions(a, whole, { only: [FIX_ALL_KIND], locale: 'id', config: DEFAULT_CONFIG, kamus: exampleKamus() }), []);
    const f = a.findings.find((x) => x.rule === 'level-range')!;
    const fixes = codeActions(a, f.range, { only: ['quickfix'], locale: 'id', config: DEFAULT_CONFIG, kamus: exampleKamus() }).filter((x) => x.diagnosticRule === 'level-range');
    assert.equal(fixes[0].title, 'Ganti dengan level 2 (level jenjang ini)');
    assert.ok(fixes[0].isPreferred && !fixes.slice(1).some((x) => x.isPreferred));
    assert.equal(applyEdits(text, fixes[0].edits), base);
  });

  it('after a level changed by hand, one action matches the description and indicators to it', () => {
    const text = base.replace('M.07\n      level: 2', 'M.07\n      level: 3');
    const a = analyzeText(text);
    const f = a.findings.find((x) => x.rule === 'description-mismatch')!;
    const acts = codeActions(a, f.range, { only: ['quickfix'], locale: 'id', config: DEFAULT_CONFIG, kamus: exampleKamus() });
    const act = acts.find((x) => x.title === 'Sesuaikan deskripsi dan indikator ke level 3')!;
    assert.ok(act, acts.map((x) => x.title).join('\n'));
    assert.deepEqual(analyzeText(applyEdits(text, act.edits)).findings.map((x) => x.rule), ['level-tier']);
  });

  it('a level fix that would leave the texts at the old level carries their fixes along', () => {
    // M.07 at level 3 with level 3 texts: resetting the level to 2 also gives it the level 2 texts.
    const text = base.replace('M.07\n      level: 2', 'M.07\n      level: 3');
    const a = analyzeText(text);
    const [fixAll] = codeActions(a, whole, { only: [FIX_ALL_KIND], locale: 'id', config: DEFAULT_CONFIG, kamus: exampleKamus() });
    const level3 = applyEdits(text, fixAll.edits);
    const b = analyzeText(level3);
    const f = b.findings.find((x) => x.rule === 'level-tier')!;
    const fix = codeActions(b, f.range, { only: ['quickfix'], locale: 'id', config: DEFAULT_CONFIG, kamus: exampleKamus() }).find((x) => x.diagnosticRule === 'level-tier' && x.isPreferred)!;
    assert.equal(fix.title, 'Ganti dengan level 2 (level jenjang ini), beserta deskripsi dan indikatornya');
    assert.equal(applyEdits(level3, fix.edits), base);
  });

  it('no "disable for this line" for yaml-syntax and schema findings', () => {
    const text = base.replace('  urusan: Kepegawaian', '  urusan: Kepegawaian\n  urusn: x');
    const a = analyzeText(text);
    const f = a.findings.find((x) => x.rule === 'schema')!;
    assert.ok(f);
    assert.ok(!codeActions(a, f.range, { locale: 'id' }).some((x) => x.title.startsWith('Nonaktifkan schema')));
    const broken = analyzeText(base.replace('  urusan: Kepegawaian', '  urusan: "Kepegawaian'));
    const s = broken.findings.find((x) => x.rule === 'yaml-syntax')!;
    assert.ok(!codeActions(broken, s.range, { locale: 'id' }).some((x) => x.title.startsWith('Nonaktifkan')));
  });

  it('only: filters the kinds', () => {
    const text = base.replace('jenjang: S-1', 'jenjang: S1');
    const a = analyzeText(text);
    assert.ok(codeActions(a, whole, { only: ['quickfix'], locale: 'id' }).every((x) => x.kind === 'quickfix'));
    assert.ok(codeActions(a, whole, { only: ['source'], locale: 'id' }).every((x) => x.kind === FIX_ALL_KIND));
  });

  it('disable for this line writes the suppression with the line indentation, and the finding goes', () => {
    const text = base.replace('jenjang: S-1', 'jenjang: S1');
    const a = analyzeText(text);
    const f = a.findings.find((x) => x.rule === 'education-level')!;
    const act = codeActions(a, f.range, { locale: 'id' }).find((x) => x.title === 'Nonaktifkan education-level untuk baris ini')!;
    const out = applyEdits(text, act.edits);
    assert.ok(out.includes('  pendidikan:\n    # skj-disable-next-line education-level\n    - jenjang: S1\n'));
    assert.deepEqual(analyzeText(out).findings.filter((x) => x.rule === 'education-level'), []);
  });

  it('disable adds to an existing directive above the line', () => {
    const text = base.replace('    - jenjang: S-1', '    # skj-disable-next-line schema\n    - jenjang: S1');
    const a = analyzeText(text);
    const f = a.findings.find((x) => x.rule === 'education-level')!;
    const act = codeActions(a, f.range, { locale: 'en' }).find((x) => x.title === 'Disable education-level for this line')!;
    assert.ok(applyEdits(text, act.edits).includes('    # skj-disable-next-line schema, education-level\n    - jenjang: S1\n'));
  });

  it('CRLF: the suppression uses the file line break', () => {
    const text = base.replace('jenjang: S-1', 'jenjang: S1').replace(/\n/g, '\r\n');
    const a = analyzeText(text);
    const f = a.findings.find((x) => x.rule === 'education-level')!;
    const act = codeActions(a, f.range, { locale: 'id' }).find((x) => x.title.startsWith('Nonaktifkan'))!;
    assert.ok(applyEdits(text, act.edits).includes('\r\n    # skj-disable-next-line education-level\r\n    - jenjang: S1\r\n'));
  });
});

describe('applyEdits / diffEdits', () => {
  it('applies edits in any order and refuses overlaps', () => {
    const r = (l: number, c1: number, c2: number) => ({ start: { line: l, character: c1 }, end: { line: l, character: c2 } });
    assert.equal(applyEdits('abc\ndef', [{ range: r(1, 0, 1), newText: 'D' }, { range: r(0, 1, 2), newText: 'B' }]), 'aBc\nDef');
    assert.equal(applyEdits('abc', [{ range: r(0, 1, 1), newText: 'x' }, { range: r(0, 1, 1), newText: 'y' }]), 'axybc');
    assert.throws(() => applyEdits('abc', [{ range: r(0, 0, 2), newText: '' }, { range: r(0, 1, 3), newText: '' }]));
  });

  it('diffEdits touches only the lines that differ', () => {
    const a = '# c\nx: 1\ny: 2\nz: 3\n';
    const b = '# c\nx: 1\ny: 5\nw: 0\nz: 3\n';
    const edits = diffEdits(a, b);
    assert.equal(applyEdits(a, edits), b);
    assert.equal(edits.length, 1);
    assert.equal(edits[0].range.start.line, 2);
    assert.equal(applyEdits('a\r\nb\r\n', diffEdits('a\r\nb\r\n', 'a\r\nc\r\nb\r\n')), 'a\r\nc\r\nb\r\n');
  });
});
