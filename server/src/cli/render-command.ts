import type { Command } from './command';
import { RENDER_FORMATS, RenderFormat, renderCommand, RENDER_HELP } from './render';

/** `skj render` in the command table: its options, parsed there (strict, with did-you-mean). */
export const renderCommandSpec: Command = {
  name: 'render',
  summary: { id: 'standar sebagai formulir resmi: HTML, Word, Excel atau PDF', en: 'standards as the official form: HTML, Word, Excel or PDF' },
  usage: 'skj render PATHS… [--format html|docx|xlsx|pdf] [-o OUT] [--allow-errors] [--locale id|en] [--no-kamus]',
  description: {
    id:
      'Menulis standar (*.skj.yaml) sebagai FORM STANDAR KOMPETENSI JABATAN ASN (Lampiran I 5.h): halaman HTML siap cetak,\n' +
      'dokumen Word, lembar Excel atau PDF (A4).\n' +
      '  skj render a.skj.yaml                       HTML ke keluaran standar\n' +
      '  skj render a.skj.yaml --format docx         a.docx di samping standar\n' +
      '  skj render --format docx examples -o out/   satu dokumen per standar, susunan folder dipertahankan\n' +
      '  skj render --format xlsx examples -o semua.xlsx   satu buku kerja, satu lembar per standar\n' +
      'Standar yang memuat kesalahan tidak diekspor (keluar 1, kesalahannya didaftar) kecuali dengan --allow-errors;\n' +
      'formulirnya lalu memuat catatan. Kompetensi teknis dicari di berkas *.kamus.yaml di repositori standar\n' +
      '(akar git-nya, atau folder skj.config.yaml terluar, atau foldernya sendiri) kecuali dengan --no-kamus.',
    en: RENDER_HELP.split('\n\n').slice(1).join('\n\n'),
  },
  options: {
    format: { type: 'string', choices: RENDER_FORMATS, help: { id: 'format dokumen (bawaan html)', en: 'document format (default html)' } },
    'output-file': { type: 'string', short: 'o', value: 'OUT', help: { id: 'berkas, atau folder untuk beberapa standar (berkas .xlsx: satu buku kerja)', en: 'file, or folder for several standards (an .xlsx file: one workbook)' } },
    output: { type: 'string', value: 'OUT', help: { id: 'sama dengan -o', en: 'same as -o' } },
    'allow-errors': { type: 'boolean', help: { id: 'ekspor juga standar yang memuat kesalahan, dengan catatan di formulir', en: 'export standards with errors too, with a note on the form' } },
    locale: { type: 'string', choices: ['id', 'en'], help: { id: 'bahasa pesan dan catatan (bawaan id)', en: 'language of the messages and notes (default id)' } },
    'no-kamus': { type: 'boolean', help: { id: 'tanpa mencari kamus di repositori standar', en: "do not look up kamus files in the standard's repository" } },
  },
  run(a, io) {
    return renderCommand(
      {
        inputs: a.positionals,
        output: (a.values['output-file'] ?? a.values.output) as string | undefined,
        format: (a.values.format ?? 'html') as RenderFormat,
        locale: a.locale,
        useKamus: !a.values['no-kamus'],
        allowErrors: !!a.values['allow-errors'],
      },
      io,
    );
  },
};
