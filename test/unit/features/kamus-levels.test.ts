import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../../server/src/core/config/config';
import { builtinDictionary } from '../../../server/src/core/dictionary/builtin';
import { applyEdits, complete } from '../../../server/src/core/features';
import { cursor } from '../../support/paths';

const opts = { config: DEFAULT_CONFIG, dictionary: builtinDictionary(), locale: 'id' as const, markdown: true, snippets: false };

describe('kamus: level scaffold completion', () => {
  const src = 'kamus:\n  instansi: Dinas Contoh\n  kompetensi:\n    - kode: KT.A.01\n      nama: Contoh\n      definisi: Kemampuan contoh.\n      level:\n        ‸\n';

  it('offers all five levels with the technical level names', () => {
    const { text, line, character } = cursor(src);
    const items = complete(analyze('file:///w/a.kamus.yaml', text), { line, character }, opts);
    const scaffold = items.find((i) => /kerangka/.test(i.label));
    assert.ok(scaffold, items.map((i) => i.label).join(', '));
    for (const name of ['Paham', 'Dasar', 'Menengah', 'Mumpuni', 'Ahli']) assert.match(scaffold.textEdit!.newText, new RegExp(`# ${name}`));
  });

  it('inserts a structure with every level, so only the texts to fill in are reported', () => {
    const { text, line, character } = cursor(src);
    const scaffold = complete(analyze('file:///w/a.kamus.yaml', text), { line, character }, opts).find((i) => /kerangka/.test(i.label))!;
    const after = applyEdits(text, [scaffold.textEdit!]);
    const findings = analyze('file:///w/a.kamus.yaml', after).findings;
    assert.ok(findings.length > 0);
    assert.ok(findings.every((f) => f.rule === 'kamus-incomplete' && /deskripsi|indikator/.test(f.message)), findings.map((f) => f.message).join('\n'));
  });

  it('offers only the levels not yet written', () => {
    const { text, line, character } = cursor(src.replace('        ‸\n', '        1:\n          deskripsi: A\n          indikator: [B]\n        ‸\n'));
    const scaffold = complete(analyze('file:///w/a.kamus.yaml', text), { line, character }, opts).find((i) => /kerangka/.test(i.label))!;
    assert.doesNotMatch(scaffold.textEdit!.newText, /^1:/m);
    assert.match(scaffold.label, /2, 3, 4, 5/);
  });
});
