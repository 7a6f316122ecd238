import type { Command } from './command';
import { renderCommand, RENDER_HELP } from './render';

/**
 * `skj render` in the command table. render.ts parses its own arguments; this module declares
 * them (strict parsing, help and did-you-mean come from the table) and hands them on as given.
 */
export const renderCommandSpec: Command = {
  name: 'render',
  summary: { id: 'standar sebagai formulir resmi, HTML siap cetak', en: 'the standard as the official form, printable HTML' },
  usage: 'skj render FILE [-o OUT.html] [--locale id|en] [--no-kamus]',
  description: {
    id: 'Menulis standar FILE (*.skj.yaml) sebagai FORM STANDAR KOMPETENSI JABATAN ASN resmi, satu halaman HTML\nsiap cetak, ke OUT.html atau ke keluaran standar. Kompetensi teknis dicari di berkas *.kamus.yaml di repositori\nstandar (akar git-nya, atau folder skj.config.yaml terluar, atau foldernya sendiri) kecuali dengan --no-kamus.',
    en: RENDER_HELP.split('\n\n').slice(1).join('\n\n'),
  },
  options: {
    'output-file': { type: 'string', short: 'o', value: 'OUT.html', help: { id: 'tulis HTML ke berkas ini (bawaan: keluaran standar)', en: 'write the HTML to this file (default: standard output)' } },
    output: { type: 'string', value: 'OUT.html', help: { id: 'sama dengan -o', en: 'same as -o' } },
    locale: { type: 'string', choices: ['id', 'en'], help: { id: 'bahasa formulir (bawaan id)', en: 'language of the form (default id)' } },
    'no-kamus': { type: 'boolean', help: { id: 'tanpa mencari kamus di folder standar', en: 'do not look up kamus files in the standard\'s folder' } },
  },
  run(a, io) {
    const args = [...a.positionals];
    const out = (a.values['output-file'] ?? a.values.output) as string | undefined;
    if (out !== undefined) args.push('-o', out);
    if (a.localeFlag) args.push('--locale', a.localeFlag);
    if (a.values['no-kamus']) args.push('--no-kamus');
    return renderCommand(args, io);
  },
};
