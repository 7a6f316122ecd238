import * as fs from 'node:fs';

declare const SKJ_VERSION: string | undefined;

/** The transports vscode-languageserver's createConnection reads from the command line. */
const TRANSPORT = /^--(stdio|node-ipc|socket(=|$)|pipe(=|$)|clientProcessId(=|$))/;

/**
 * What `skj-language-server` prints for --help, --version or no transport (instead of the
 * library's stack trace), or undefined to start the server. Messages follow LANG (Indonesian
 * unless it names English).
 */
export function serverArgsReply(argv: string[], env: NodeJS.ProcessEnv = process.env): { text: string; code: number } | undefined {
  const en = /^en([_.@-]|$)/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
  const t = (id: string, english: string) => (en ? english : id);
  if (argv.includes('--version') || argv.includes('-v')) return { text: (typeof SKJ_VERSION === 'string' ? SKJ_VERSION : '0.0.0-dev') + '\n', code: 0 };
  const help = [
    t('skj-language-server — server bahasa (LSP) untuk standar kompetensi jabatan (*.skj.yaml) dan kamus (*.kamus.yaml)', 'skj-language-server — language server (LSP) for job competency standards (*.skj.yaml) and kamus files (*.kamus.yaml)'),
    '',
    t('Pemakaian:', 'Usage:'),
    `  skj-language-server --stdio        ${t('berkomunikasi lewat masukan/keluaran standar (Neovim, Helix, Emacs…)', 'talk over standard input/output (Neovim, Helix, Emacs…)')}`,
    `  skj-language-server --node-ipc     ${t('lewat kanal IPC Node (ekstensi VS Code)', 'over a Node IPC channel (the VS Code extension)')}`,
    `  skj-language-server --socket=PORT  ${t('lewat soket TCP', 'over a TCP socket')}`,
    `  skj-language-server --version | --help`,
    '',
    t('Editor yang menjalankannya; untuk memeriksa berkas di terminal pakai `skj check`.', 'An editor starts it; to check files in a terminal use `skj check`.'),
  ].join('\n');
  if (argv.includes('--help') || argv.includes('-h')) return { text: help + '\n', code: 0 };
  if (!argv.some((a) => TRANSPORT.test(a))) return { text: t('skj-language-server: tidak ada saluran komunikasi (mis. --stdio).', 'skj-language-server: no transport given (e.g. --stdio).') + '\n\n' + help + '\n', code: 2 };
  return undefined;
}

/** Answers --help / --version / no transport and exits; returns to start the server otherwise. */
export function handleServerArgs(argv: string[] = process.argv.slice(2)): void {
  const reply = serverArgsReply(argv);
  if (!reply) return;
  fs.writeSync(reply.code === 0 ? 1 : 2, reply.text);
  process.exit(reply.code);
}
