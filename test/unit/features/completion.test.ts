import * as assert from 'node:assert/strict';
import { builtinDictionary } from '../../../server/src/core/dictionary/builtin';
import { complete, CompletionItem } from '../../../server/src/core/features';
import { analyzeText, applyItem, example, setup } from './helpers';

const HEAD = `jabatan:
  nama: Analis SDM Aparatur Ahli Muda
  kelompok: fungsional
  jenjang: ahli-muda
  urusan: Kepegawaian
  ikhtisar: Menganalisis kebutuhan SDM
`;

function run(textWithMarker: string, o: Parameters<typeof setup>[1] = {}): { items: CompletionItem[]; text: string } {
  const s = setup(textWithMarker, o);
  return { items: complete(s.analysis, s.position, s.opts), text: s.text };
}

function labels(items: CompletionItem[]): string[] {
  return items.map((i) => i.label);
}

function sorted(items: CompletionItem[]): CompletionItem[] {
  return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
}

describe('completion: keys', () => {
  it('offers the missing keys of jabatan with the filling guide', () => {
    const { items } = run(`jabatan:\n  nama: X\n  |\n  urusan: Y\n`);
    assert.deepEqual(labels(items).sort(), ['ikhtisar', 'jenjang', 'kelompok', 'kode']);
    const kode = items.find((i) => i.label === 'kode')!;
    assert.match(kode.documentation!, /\(\\?\*4\).*Kode diisi dan ditentukan oleh Kementerian PANRB/);
    assert.equal(kode.textEdit!.newText, 'kode: ');
  });

  it('completes a half-typed key and keeps the rest of the line', () => {
    const { items, text } = run(`jabatan:\n  nama: X\n  kel|\n`);
    const k = items.find((i) => i.label === 'kelompok')!;
    assert.equal(applyItem(text, k), `jabatan:\n  nama: X\n  kelompok: \n`);
  });

  it('inserts only the name when the colon is already there', () => {
    const { items, text } = run(`jabatan:\n  ke|: fungsional\n`);
    const k = items.find((i) => i.label === 'kelompok')!;
    assert.equal(applyItem(text, k), `jabatan:\n  kelompok: fungsional\n`);
  });

  it('offers root keys not yet present', () => {
    const { items } = run(`jabatan:\n  nama: X\n|\n`);
    assert.deepEqual(labels(items), ['kompetensi', 'persyaratan']);
    const k = items.find((i) => i.label === 'kompetensi')!;
    assert.equal(k.textEdit!.newText, 'kompetensi:\n  ');
    assert.equal(k.insertTextMode, 'asIs');
  });

  it('offers the keys of a competency item, and of a technical item', () => {
    const m = run(HEAD + `kompetensi:\n  manajerial:\n    - kode: M.01\n      |\n`).items;
    assert.deepEqual(labels(m).sort(), ['deskripsi', 'indikator', 'level']);
    const t = run(HEAD + `kompetensi:\n  teknis:\n    - kode: KT.TIK.03\n      |\n`).items;
    assert.deepEqual(labels(t).sort(), ['deskripsi', 'indikator', 'level', 'nama']);
    assert.match(t.find((i) => i.label === 'level')!.documentation!, /\(\\?\*7\)/);
  });

  it('offers the keys of persyaratan and of its list items', () => {
    const r = run(HEAD + `persyaratan:\n  pangkat: Penata (III/c)\n  |\n`).items;
    assert.deepEqual(labels(r).sort(), ['indikator_kinerja', 'pelatihan', 'pendidikan', 'pengalaman_kerja']);
    const p = run(HEAD + `persyaratan:\n  pelatihan:\n    - |\n`).items;
    assert.deepEqual(labels(p).sort(), ['jenis', 'tingkat', 'uraian']);
    const list = run(HEAD + `persyaratan:\n  pelatihan:\n    - jenis: teknis\n      |\n`).items;
    assert.deepEqual(labels(list).sort(), ['tingkat', 'uraian']);
  });

  it('uses English when asked', () => {
    const { items } = run(`jabatan:\n  |\n`, { locale: 'en' });
    assert.equal(items.find((i) => i.label === 'kode')!.detail, 'Job code');
    assert.match(items.find((i) => i.label === 'kode')!.documentation!, /Filling guide/);
  });

  it('gives plain-text documentation when markdown is off', () => {
    const { items } = run(`jabatan:\n  |\n`, { markdown: false });
    assert.ok(!items.find((i) => i.label === 'kode')!.documentation!.includes('**'));
  });

  it('works in a file that does not parse', () => {
    const { items } = run(`jabatan:\n  nama: "unclosed\n  kelompok: [\n  |\n`);
    assert.ok(labels(items).includes('jenjang'));
  });
});

describe('completion: values', () => {
  it('kelompok', () => {
    const { items, text } = run(`jabatan:\n  kelompok: |\n  jenjang: pengawas\n`);
    assert.deepEqual(labels(items), ['pimpinan-tinggi', 'administrasi', 'fungsional']);
    assert.equal(items.find((i) => i.preselect)?.label, 'administrasi');
    assert.equal(applyItem(text, items[1]), `jabatan:\n  kelompok: administrasi\n  jenjang: pengawas\n`);
  });

  it('jenjang filtered by kelompok', () => {
    const { items } = run(`jabatan:\n  kelompok: administrasi\n  jenjang: p|\n`);
    assert.deepEqual(labels(items), ['administrator', 'pengawas', 'pelaksana']);
    assert.match(items[1].detail!, /level 2/);
    assert.equal(run(`jabatan:\n  jenjang: |\n`).items.length, 14);
  });

  it('replaces a half-typed quoted value keeping the quote', () => {
    const { items, text } = run(`jabatan:\n  kelompok: "fu|"\n`);
    const f = items.find((i) => i.label === 'fungsional')!;
    assert.equal(applyItem(text, f), `jabatan:\n  kelompok: "fungsional"\n`);
    assert.equal(f.filterText, '"fungsional"');
  });

  it('adds the space after a bare colon', () => {
    const { items, text } = run(`jabatan:\n  kelompok:|\n`);
    assert.equal(applyItem(text, items[0]), `jabatan:\n  kelompok: pimpinan-tinggi\n`);
  });

  it('tingkat, pelatihan jenis, education level', () => {
    assert.deepEqual(labels(run(HEAD + `persyaratan:\n  pengalaman_kerja:\n    - uraian: X\n      tingkat: |\n`).items), ['mutlak', 'penting', 'perlu']);
    assert.deepEqual(labels(run(HEAD + `persyaratan:\n  pelatihan:\n    - jenis: |\n`).items), ['manajerial', 'teknis', 'fungsional']);
    const edu = run(HEAD + `persyaratan:\n  pendidikan:\n    - jenjang: |\n`).items;
    assert.deepEqual(labels(edu), ['SD', 'SLTP', 'SLTA', 'D-I', 'D-II', 'D-III', 'D-IV', 'S-1', 'S-2', 'S-3']);
  });

  it('all 17 ranks as "Nama (golongan)", the usual ones of the tier first', () => {
    const { items } = run(HEAD + `persyaratan:\n  pangkat: |\n`);
    assert.equal(items.length, 17);
    assert.ok(items.some((i) => i.label === 'Penata Muda Tingkat I (III/b)'));
    assert.ok(items.some((i) => i.label === 'Pembina Utama (IV/e)'));
    const first = sorted(items).slice(0, 2).map((i) => i.label);
    assert.deepEqual(first, ['Penata (III/c)', 'Penata Tingkat I (III/d)']);
    assert.equal(items.find((i) => i.preselect)?.label, 'Penata (III/c)');
  });

  it('managerial codes: name and definition, unused codes first', () => {
    const { items } = run(HEAD + `kompetensi:\n  manajerial:\n    - kode: M.01\n      level: 2\n    - kode: M.|\n`);
    assert.equal(items.length, 8);
    const m3 = items.find((i) => i.label === 'M.03')!;
    assert.equal(m3.detail, 'Komunikasi');
    assert.match(m3.documentation!, /Kemampuan untuk menerangkan/);
    assert.equal(sorted(items)[0].label, 'M.02');
    assert.equal(sorted(items)[7].label, 'M.01');
  });

  it('socio-cultural and technical codes', () => {
    assert.deepEqual(labels(run(HEAD + `kompetensi:\n  sosial_kultural:\n    - kode: |\n`).items), ['SK.01']);
    const t = run(HEAD + `kompetensi:\n  teknis:\n    - kode: |\n`).items;
    assert.deepEqual(labels(t), ['KT.TIK.03']);
    assert.equal(t[0].detail, 'Pengelolaan Infrastruktur Jaringan');
  });

  it('level: 1–5 with descriptions, the tier level marked and preselected', () => {
    const { items, text } = run(HEAD + `kompetensi:\n  manajerial:\n    - kode: M.01\n      level: |\n`);
    assert.equal(items.length, 5);
    const pre = items.filter((i) => i.preselect);
    assert.equal(pre.length, 1);
    assert.equal(pre[0].label, '2 ★');
    assert.match(pre[0].detail!, /level jenjang ini/);
    assert.match(items[0].detail!, /Mampu bertindak sesuai nilai/);
    assert.match(pre[0].documentation!, /2\.1/);
    assert.equal(applyItem(text, pre[0]).split('\n')[9], '      level: 2');
  });

  it('technical level names', () => {
    const { items } = run(HEAD + `kompetensi:\n  teknis:\n    - kode: KT.TIK.03\n      level: |\n`);
    assert.deepEqual(items.map((i) => i.detail!.split(' · ')[0]), ['Paham', 'Dasar', 'Menengah', 'Mumpuni', 'Ahli']);
    assert.ok(!items.some((i) => i.preselect));
    assert.match(items[2].documentation!, /Menengah/);
  });

  it('deskripsi: the official text for the code and level', () => {
    const { items, text } = run(HEAD + `kompetensi:\n  manajerial:\n    - kode: M.01\n      level: 2\n      deskripsi: |\n`);
    assert.equal(items.length, 1);
    const official = builtinDictionary().get('M.01')!.levels.get(2)!.deskripsi;
    assert.equal(applyItem(text, items[0]).split('\n')[10], `      deskripsi: ${JSON.stringify(official)}`);
  });

  it('technical nama from the kamus', () => {
    const { items } = run(HEAD + `kompetensi:\n  teknis:\n    - kode: KT.TIK.03\n      nama: |\n`);
    assert.deepEqual(labels(items), ['Pengelolaan Infrastruktur Jaringan']);
  });
});

describe('completion: indicators', () => {
  const base = HEAD + `kompetensi:\n  manajerial:\n    - kode: M.01\n      level: 2\n      indikator:\n`;
  it('offers each indicator of the level as "N.n. text", without those listed', () => {
    const { items: all, text } = run(base + `        - "2.1"\n        - |\n`);
    const items = all.filter((i) => i.kind !== 'snippet');
    assert.deepEqual(labels(items).map((l) => l.slice(0, 4)), ['2.2.', '2.3.']);
    const out = applyItem(text, items[0]).split('\n');
    assert.equal(out[12], `        - "2.2. ${builtinDictionary().get('M.01')!.levels.get(2)!.indikator[1].teks}"`);
  });

  it('adds the dash on an empty line under indikator', () => {
    const { items: all, text } = run(base + `        |\n`);
    const items = all.filter((i) => i.kind !== 'snippet');
    assert.equal(items.length, 3);
    assert.match(applyItem(text, items[0]).split('\n')[11], /^ {8}- "2\.1\. /);
  });

  it('recognises indicators listed by text', () => {
    const t = builtinDictionary().get('M.01')!.levels.get(2)!.indikator[2].teks;
    const { items } = run(base + `        - ${JSON.stringify(t)}\n        - |\n`);
    assert.deepEqual(labels(items.filter((i) => i.kind !== 'snippet')).map((l) => l.slice(0, 3)), ['2.1', '2.2']);
  });

  it('"Semua indikator level N" lists every missing indicator, one per line, accepted by the rules', () => {
    for (const [typed, dash] of [['        - |', true], ['        |', false], ['        -|', true]] as const) {
      const { items, text } = run(base + `        - "2.1"\n${typed}\n`);
      const all = items.find((i) => i.label.startsWith('Semua indikator level 2'))!;
      assert.ok(all, typed);
      assert.equal(all.label, 'Semua indikator level 2 (2)');
      const out = applyItem(text, all);
      const lv = builtinDictionary().get('M.01')!.levels.get(2)!;
      assert.ok(out.endsWith(`        - "2.1"\n        - "2.2. ${lv.indikator[1].teks}"\n        - "2.3. ${lv.indikator[2].teks}"\n`), `${typed} ${dash}\n${out}`);
      const f = analyzeText(out).findings.filter((x) => x.rule.startsWith('indicator') || x.rule === 'yaml-syntax');
      assert.deepEqual(f, []);
    }
  });

  it('accepting a key whose value is a block re-opens completion on the next line', () => {
    const { items } = run(HEAD + `kompetensi:\n  manajerial:\n    - kode: M.01\n      level: 2\n      |\n`);
    const ind = items.find((i) => i.label === 'indikator')!;
    assert.equal(ind.textEdit!.newText, 'indikator:\n        - ');
    assert.equal(ind.command?.command, 'editor.action.triggerSuggest');
  });

  it('technical indicators from the kamus', () => {
    const { items } = run(HEAD + `kompetensi:\n  teknis:\n    - kode: KT.TIK.03\n      level: 3\n      indikator:\n        - |\n`);
    assert.equal(items.length, 4);
    assert.equal(items.at(-1)!.label, 'Semua indikator level 3 (3)');
    assert.equal(items[0].label, '3.1. Indikator 3.1 pengelolaan jaringan');
  });

  it('for every competency and level serves exactly the dictionary text', () => {
    for (const c of builtinDictionary().all()) {
      const section = c.group === 'sosial_kultural' ? 'sosial_kultural' : 'manajerial';
      for (let level = 1; level <= 5; level++) {
        const lv = c.levels.get(level)!;
        const head = HEAD + `kompetensi:\n  ${section}:\n    - kode: ${c.kode}\n      level: ${level}\n`;
        const d = run(head + `      deskripsi: |\n`).items;
        assert.equal(d.length, 1, `${c.kode} ${level}`);
        assert.equal(JSON.parse(d[0].textEdit!.newText), lv.deskripsi);
        const ind = run(head + `      indikator:\n        - |\n`).items.filter((i) => i.kind !== 'snippet');
        assert.deepEqual(
          ind.map((i) => JSON.parse(i.textEdit!.newText)),
          lv.indikator.map((x) => `${x.nomor}. ${x.teks}`),
          `${c.kode} ${level}`,
        );
        // The inserted text is accepted by the rules.
        const filled = head + `      deskripsi: ${d[0].textEdit!.newText}\n      indikator:\n` + ind.map((i) => `        - ${i.textEdit!.newText}\n`).join('');
        const findings = analyzeText(filled).findings.filter((f) => ['description-mismatch', 'indicator-unknown', 'indicator-level-mismatch'].includes(f.rule));
        assert.deepEqual(findings, [], `${c.kode} ${level}`);
      }
    }
  });
});

describe('completion: snippets', () => {
  it('offers whole competency blocks for missing codes at the tier level', () => {
    const { items, text } = run(HEAD + `kompetensi:\n  manajerial:\n    - kode: M.01\n      level: 2\n    - |\n`);
    const blocks = items.filter((i) => i.kind === 'snippet');
    assert.equal(blocks.length, 8); // M.02–M.08 and "all missing"
    const m2 = blocks.find((i) => i.label.startsWith('M.02'))!;
    const out = applyItem(text, m2);
    assert.ok(out.includes('    - kode: M.02\n      level: 2\n      deskripsi: "Menumbuhkan tim kerja yang partisipatif dan efektif"\n      indikator:\n        - "2.1. '));
    const all = blocks.find((i) => i.sortText === '0')!;
    const a = analyzeText(applyItem(text, all) + `  sosial_kultural:\n    - kode: SK.01\n      level: 2\npersyaratan: {}\n`);
    assert.deepEqual(a.findings.map((f) => f.rule), []);
  });

  it('offers blocks on an empty line under manajerial (adding the dash)', () => {
    const { items, text } = run(HEAD + `kompetensi:\n  manajerial:\n    |\n`);
    assert.equal(items.length, 9);
    assert.ok(applyItem(text, items[0]).includes('\n    - kode: M.01\n      level: 2\n'));
  });

  it('offers a whole new standard in an empty document', () => {
    const { items, text } = run(`|`);
    const s = items.filter((i) => i.kind === 'snippet');
    assert.equal(s.length, 14);
    const ahliMuda = s.find((i) => i.label.includes('ahli-muda'))!;
    const out = applyItem(text, ahliMuda);
    assert.match(out, /jenjang: ahli-muda/);
    assert.equal((out.match(/^ {4}- kode: /gm) ?? []).length, 9);
  });

  it('uses snippet syntax when the client supports it', () => {
    const { items } = run(`|`, { snippets: true });
    const s = items.find((i) => i.kind === 'snippet')!;
    assert.equal(s.insertTextFormat, 'snippet');
    assert.match(s.textEdit!.newText, /nama: \$\{1:Nama Jabatan\}/);
  });
});

describe('completion: CRLF', () => {
  it('inserts with the file line break', () => {
    const src = example('kasubbag-umum-pengawas.skj.yaml').replace(/\n/g, '\r\n');
    const start = src.indexOf('    - kode: M.08');
    const end = src.indexOf('  sosial_kultural:');
    const { items, text } = run(src.slice(0, start) + '    - |\r\n' + src.slice(end));
    const m8 = items.find((i) => i.label.startsWith('M.08'))!;
    assert.ok(m8.textEdit!.newText.includes('\r\n      level: 2\r\n'));
    assert.ok(!/[^\r]\n/.test(m8.textEdit!.newText));
    const out = applyItem(text, m8);
    assert.equal(out.replace(/"\d\.\d\. /g, '"'), src);
  });
});

describe('completion: right after a bare dash', () => {
  it('puts a space between the dash and the key (`-kode:` is not a list item)', () => {
    const { items, text } = run(HEAD + `kompetensi:\n  manajerial:\n    -|\n`);
    const kode = items.find((i) => i.label === 'kode')!;
    assert.equal(applyItem(text, kode), HEAD + `kompetensi:\n  manajerial:\n    - kode: \n`);
    const ind = items.find((i) => i.label === 'indikator')!;
    assert.equal(applyItem(text, ind), HEAD + `kompetensi:\n  manajerial:\n    - indikator:\n        - \n`);
    const block = items.find((i) => /^M\.01 /.test(i.label))!;
    assert.match(applyItem(text, block), /\n {4}- kode: M\.01\n {6}level: 2\n/);
  });

  it('puts a space between the dash and an indicator', () => {
    const { items, text } = run(HEAD + `kompetensi:\n  manajerial:\n    - kode: M.01\n      level: 2\n      indikator:\n        -|\n`);
    assert.ok(items.length > 0);
    for (const i of items) assert.match(applyItem(text, i), /\n {8}- "2\.\d+\. /);
  });

  it('after `- ` (with the space) inserts no second space', () => {
    const { items, text } = run(`persyaratan:\n  pendidikan:\n    - |\n`);
    const j = items.find((i) => i.label === 'jenjang')!;
    assert.equal(applyItem(text, j), `persyaratan:\n  pendidikan:\n    - jenjang: \n`);
  });

  it('moves text after the cursor to its own line when a block is inserted before it', () => {
    const { items, text } = run(HEAD + `kompetensi:\n  manajerial:\n    |- kode: M.01\n      level: 2\n`);
    const block = items.find((i) => /^M\.02 /.test(i.label))!;
    const out = applyItem(text, block);
    assert.match(out, /\n {4}- kode: M\.02\n[\s\S]*\n {4}- kode: M\.01\n {6}level: 2\n$/);
  });

  it('a key typed at another indent than its siblings goes to their column', () => {
    const { items, text } = run(`jabatan:\n      kel|\n  jenjang: ahli-muda\n`);
    const k = items.find((i) => i.label === 'kelompok')!;
    assert.equal(applyItem(text, k), `jabatan:\n  kelompok: \n  jenjang: ahli-muda\n`);
    const under = run(`jabatan:\n  nama: X\nkompetensi:\n  manajerial:\n   |\n`).items;
    assert.ok(under.length > 0);
  });
});
