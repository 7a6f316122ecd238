import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { importRows, SourceRow } from '../../server/src/core/import';
import { builtinDictionary } from '../../server/src/core/dictionary/builtin';

/** A form's header as a clerk fills it: label / ":" / value cells, then one competency row. */
function importHeader(lines: string[][]): { data: Record<string, any>; yaml: string } {
  const rows: SourceRow[] = [
    { cells: [{ lines: ['FORM STANDAR KOMPETENSI JABATAN ASN'] }], where: 'paragraf 1' },
    { cells: [{ lines: ['Nama Jabatan'] }, { lines: [':'] }, { lines: ['Kepala Subbagian Umum'] }], where: 'tabel 1, baris 1' },
    ...lines.map((cells, i) => ({ cells: cells.map((t) => ({ lines: [t] })), where: `tabel 1, baris ${i + 2}` })),
  ];
  const [f] = importRows(rows, builtinDictionary(), 'x.docx', 'x').files;
  return { data: parse(f.yaml), yaml: f.yaml };
}

describe('import: Unit Kerja and Status header lines → status', () => {
  it('reads the lines as the form writes them', () => {
    const { data } = importHeader([
      ['Unit Kerja', ':', 'Sekretariat Daerah'],
      ['Status', ':', 'Divalidasi (2024-03-04, Tim Penyusun Standar Kompetensi Jabatan)'],
    ]);
    assert.deepEqual(data.status, { tahap: 'divalidasi', unit_kerja: 'Sekretariat Daerah', riwayat: [{ tahap: 'divalidasi', oleh: 'Tim Penyusun Standar Kompetensi Jabatan', tanggal: '2024-03-04' }] });
  });

  const clerk: [string, string[][], unknown][] = [
    ['upper case, one cell, odd spaces', [['UNIT  KERJA : Dinas Kominfo'], ['STATUS :  DRAF']], { tahap: 'draf', unit_kerja: 'Dinas Kominfo' }],
    ['English word, Indonesian date after a dash', [['Status', 'Validated - 4 Maret 2024 - Kepala Bidang, Aplikasi']], { tahap: 'divalidasi', riwayat: [{ tahap: 'divalidasi', oleh: 'Kepala Bidang, Aplikasi', tanggal: '2024-03-04' }] }],
    ['day/month/year, who first', [['status tahap', ':', 'ditetapkan (Menteri PANRB; 1/7/2024)']], { tahap: 'ditetapkan', riwayat: [{ tahap: 'ditetapkan', oleh: 'Menteri PANRB', tanggal: '2024-07-01' }] }],
    ['no date', [['Status:', 'Dikonfirmasi (Sekretaris Daerah)']], { tahap: 'dikonfirmasi', riwayat: [{ tahap: 'dikonfirmasi', oleh: 'Sekretaris Daerah' }] }],
  ];
  for (const [name, lines, status] of clerk) {
    it(name, () => assert.deepEqual(importHeader(lines).data.status, status));
  }

  it('a step it does not know stays a comment, never a made-up step', () => {
    const { data, yaml } = importHeader([['Status', ':', 'Sedang diproses']]);
    assert.equal(data.status, undefined);
    assert.match(yaml, /# tak terpetakan \(tabel 1, baris 2\): Status: Sedang diproses/);
  });

  it('says the form held only the last step', () => {
    const { yaml } = importHeader([['Status', ':', 'Ditetapkan (2024-07-01, Menteri)']]);
    assert.match(yaml, /# Formulir hanya memuat tahap terakhir/);
  });
});
