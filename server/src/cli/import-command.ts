import type { Command } from './command';
import { importCommand, IMPORT_HELP } from './import';

/** `skj import` in the command table: its options, parsed there (strict, with did-you-mean). */
export const importCommandSpec: Command = {
  name: 'import',
  summary: { id: 'formulir Word/Excel/HTML yang sudah diisi menjadi *.skj.yaml', en: 'filled Word/Excel/HTML forms to *.skj.yaml' },
  usage: 'skj import DOCUMENTS… [-o FOLDER] [--force] [--json] [--locale id|en] [--no-kamus]',
  description: {
    id:
      'Membaca FORM STANDAR KOMPETENSI JABATAN ASN yang sudah diisi — Word (.docx), Excel (.xlsx) atau HTML simpanan Word\n' +
      '(.html/.htm), satu atau beberapa formulir per dokumen — dan menulis satu *.skj.yaml per standar, dinamai dari nama\n' +
      'jabatan (kepala-bagian-umum.skj.yaml). Folder dan glob mengimpor sekaligus. Berkas yang sudah ada tidak ditimpa\n' +
      'kecuali dengan --force. Isian yang tak terpetakan masuk ke YAML sebagai komentar di tempat asalnya dan didaftar\n' +
      '(dokumen, baris tabel). Kode keluar: 0 diimpor, 1 ada berkas yang tidak ditulis (sudah ada), 2 dokumen tak\n' +
      'terbaca atau tanpa formulir.',
    en: IMPORT_HELP.split('\n\n').slice(1).join('\n\n'),
  },
  options: {
    'output-dir': { type: 'string', short: 'o', value: 'FOLDER', help: { id: 'folder tujuan *.skj.yaml (bawaan: di samping tiap dokumen)', en: 'where the *.skj.yaml files go (default: beside each document)' } },
    output: { type: 'string', value: 'FOLDER', help: { id: 'sama dengan -o', en: 'same as -o' } },
    force: { type: 'boolean', short: 'f', help: { id: 'timpa berkas *.skj.yaml yang sudah ada', en: 'overwrite existing *.skj.yaml files' } },
    json: { type: 'boolean', help: { id: 'cetak hasilnya sebagai JSON ke keluaran standar', en: 'print what was written as JSON on standard output' } },
    locale: { type: 'string', choices: ['id', 'en'], help: { id: 'bahasa pesan (bawaan id)', en: 'language of the messages (default id)' } },
    'no-kamus': { type: 'boolean', help: { id: 'tanpa mencocokkan kompetensi teknis dengan berkas *.kamus.yaml', en: 'do not match technical competencies with *.kamus.yaml files' } },
  },
  run(a, io) {
    return importCommand(
      {
        inputs: a.positionals,
        output: (a.values['output-dir'] ?? a.values.output) as string | undefined,
        force: !!a.values.force,
        json: !!a.values.json,
        locale: a.locale,
        useKamus: !a.values['no-kamus'],
      },
      io,
    );
  },
};
