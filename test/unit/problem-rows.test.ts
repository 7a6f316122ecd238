import * as assert from 'node:assert/strict';
import { rowSelectorOf } from '../../client/src/problem-rows';
import { example } from './features/helpers';

describe('preview: the form row of a problem', () => {
  const text = example('kasubbag-umum-pengawas.skj.yaml');
  const lines = text.split('\n');
  const at = (re: RegExp) => lines.findIndex((l) => re.test(l));

  it('a competency item, from any of its lines (kode, level, description, an indicator)', () => {
    const kode = at(/- kode: M\.02/);
    for (let l = kode; l < kode + 5; l++) assert.equal(rowSelectorOf(lines, l), 'tr.competency[data-code="M.02"]', lines[l]);
  });

  it('a position field and a requirement', () => {
    assert.equal(rowSelectorOf(lines, at(/^ {2}nama:/)), 'tr[data-field="nama"]');
    assert.equal(rowSelectorOf(lines, at(/^ {2}pangkat:/)), 'tr[data-req="pangkat"]');
    assert.equal(rowSelectorOf(lines, at(/^ {4}- jenjang:/)), 'tr[data-req="pendidikan"]');
  });

  it('nothing for a line outside the form (a comment at the top, a root key)', () => {
    assert.equal(rowSelectorOf(['# komentar', 'jabatan:'], 0), undefined);
    assert.equal(rowSelectorOf(['kompetensi:', '  manajerial:'], 1), undefined);
  });

  it('quoted codes and CRLF text', () => {
    const l = ['kompetensi:\r', '  manajerial:\r', '    - kode: "M.03"\r', '      level: 9\r'];
    assert.equal(rowSelectorOf(l, 3), 'tr.competency[data-code="M.03"]');
  });
});
