import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../server/src/core/config/config';
import { documentSymbols, foldingRanges, inlayHints, selectionRanges } from '../../../server/src/core/features';
import { ReferenceIndex } from '../../../server/src/core/workspace/navigation';
import { analyzeText, cursor, example, options } from './helpers';

const pk = example('pranata-komputer-ahli-pertama.skj.yaml');

describe('document symbols', () => {
  it('jabatan with its name, competencies as "M.01 Integritas — level 1", requirement sections', () => {
    const syms = documentSymbols(analyzeText(pk));
    assert.deepEqual(syms.map((s) => s.name), ['jabatan: Pranata Komputer Ahli Pertama', 'kompetensi', 'persyaratan', 'status']);
    assert.equal(syms[0].detail, 'fungsional / ahli-pertama');
    const sections = syms[1].children!;
    assert.deepEqual(sections.map((s) => s.name), ['manajerial', 'sosial_kultural', 'teknis']);
    assert.equal(sections[0].children![0].name, 'M.01 Integritas — level 1');
    assert.equal(sections[0].children!.length, 8);
    assert.equal(sections[1].children![0].name, 'SK.01 Perekat Bangsa — level 1');
    assert.equal(sections[2].children![0].name, 'KT.TIK.03 Pengelolaan Infrastruktur Jaringan — level 2');
    assert.deepEqual(syms[2].children!.map((s) => s.name), ['pendidikan', 'pelatihan', 'pengalaman_kerja', 'pangkat', 'indikator_kinerja']);
    // Ranges end on the symbol's last character, not on the next line.
    const m1 = sections[0].children![0];
    assert.equal(pk.split('\n')[m1.range.end.line].trim().endsWith('"'), true);
    for (const s of syms) assert.ok(s.range.start.line <= s.selectionRange.start.line);
  });

  it('kamus entries with their levels', () => {
    const syms = documentSymbols(analyzeText(example('diskominfo.kamus.yaml'), 'file:///ws/d.kamus.yaml'));
    const entries = syms[0].children!.find((s) => s.name === 'kompetensi')!.children!;
    assert.equal(entries[0].name, 'KT.TIK.03 Pengelolaan Infrastruktur Jaringan');
    assert.deepEqual(entries[0].children!.map((c) => c.name), ['level 1', 'level 2', 'level 3', 'level 4', 'level 5']);
  });
});

describe('inlay hints', () => {
  const whole = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };
  it('names after codes and technical level names', () => {
    const hints = inlayHints(analyzeText(pk), whole, options());
    const labels = hints.map((h) => h.label);
    assert.equal(labels[0], 'Integritas');
    assert.ok(labels.includes('Perekat Bangsa'));
    assert.ok(labels.includes('Dasar'));
    assert.ok(!labels.includes('Pengelolaan Infrastruktur Jaringan')); // the item already names it
    const first = hints[0];
    assert.equal(pk.split('\n')[first.position.line].slice(0, first.position.character), '    - kode: M.01');
  });

  it('only within the range, and off by the setting', () => {
    const some = inlayHints(analyzeText(pk), { start: { line: 12, character: 0 }, end: { line: 14, character: 0 } }, options());
    assert.deepEqual(some.map((h) => h.label), ['Integritas']);
    assert.deepEqual(inlayHints(analyzeText(pk), whole, options({ config: { ...DEFAULT_CONFIG, inlayHints: false } })), []);
  });
});

describe('folding ranges', () => {
  it('follow the structure, also in a broken file', () => {
    const text = `# a\n# b\njabatan:\n  nama: X\n  ikhtisar: >-\n    satu\n    dua\nkompetensi:\n  manajerial:\n    - kode: M.01\n      level: "2\n      indikator:\n        - "2.1"\n`;
    const f = foldingRanges(analyzeText(text));
    assert.deepEqual(f, [
      { startLine: 0, endLine: 1, kind: 'comment' },
      { startLine: 2, endLine: 6 },
      { startLine: 4, endLine: 6 },
      { startLine: 7, endLine: 12 },
      { startLine: 8, endLine: 12 },
      { startLine: 9, endLine: 12 },
      { startLine: 11, endLine: 12 },
    ]);
  });
});

describe('selection ranges', () => {
  it('value → key: value → item → list → section → document', () => {
    const { text, position } = cursor(`kompetensi:\n  manajerial:\n    - kode: M.01\n      level: |2\n`);
    const [sel] = selectionRanges(analyzeText(text), [position]);
    const chain: string[] = [];
    const lines = text.split('\n');
    for (let s: typeof sel | undefined = sel; s; s = s.parent) {
      const r = s.range;
      chain.push(r.start.line === r.end.line ? lines[r.start.line].slice(r.start.character, r.end.character) : `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`);
    }
    assert.deepEqual(chain, ['2', 'level: 2', '2:6-3:14', '2:4-3:14', '1:2-3:14', '0:0-3:14', '0:0-4:0']);
  });
});

describe('reference index', () => {
  const kt03 = (uri: string) => [{ kode: 'KT.TIK.03', range: { start: { line: 1, character: 2 }, end: { line: 1, character: 11 } } }].map((r) => ({ ...r, uri }));
  it('computes a lazy entry once, when first needed (or resolvePending), in insertion order', () => {
    const refs = new ReferenceIndex();
    let calls = 0;
    refs.set('file:///a.skj.yaml', pk);
    refs.setLazy('file:///b.skj.yaml', () => (calls++, kt03('file:///b.skj.yaml')));
    refs.set('file:///c.skj.yaml', pk);
    assert.equal(calls, 0);
    assert.deepEqual(refs.referencesOf('KT.TIK.03').map((l) => l.uri), ['file:///a.skj.yaml', 'file:///b.skj.yaml', 'file:///c.skj.yaml']);
    refs.referencesOf('KT.TIK.03');
    assert.equal(calls, 1);
    // A later edit replaces the entry; resolvePending computes it without a request.
    refs.setLazy('file:///b.skj.yaml', () => (calls++, []));
    refs.resolvePending();
    assert.equal(calls, 2);
    assert.deepEqual(refs.referencesOf('KT.TIK.03').map((l) => l.uri), ['file:///a.skj.yaml', 'file:///c.skj.yaml']);
    assert.equal(calls, 2);
    // A failing computation counts as no references, not as a failed request.
    refs.setLazy('file:///b.skj.yaml', () => {
      throw new Error('boom');
    });
    assert.equal(refs.referencesOf('KT.TIK.03').length, 2);
  });
});
