import * as v8 from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import type { Locale } from '../core/types';
import { checkCommand } from './check-command';
import { Command, CommandIO, commandHelp, didYouMean, parseCommandArgs } from './command';
import { findConfig, UsageError } from './files';
import { initCommand } from './init-command';
import { configLocale, envLocale, localeArg, localizeUsage, tr } from './locale';
import { renderCommandSpec } from './render-command';
import { importCommandSpec } from './import-command';
import { rulesCommand } from './rules-command';
import { reportCommandSpec } from './report';
import { VERSION } from './version';

/** The subcommands, in the order `skj --help` lists them. One module each (see command.ts). */
export const COMMANDS: Command[] = [checkCommand, renderCommandSpec, importCommandSpec, rulesCommand, initCommand, reportCommandSpec];

function mainHelp(locale: Locale): string {
  const w = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    tr(locale, 'skj — memeriksa standar kompetensi jabatan (*.skj.yaml) dan kamus kompetensi teknis (*.kamus.yaml)', 'skj — checks job competency standards (*.skj.yaml) and technical competency dictionaries (*.kamus.yaml)'),
    '',
    `${tr(locale, 'Pemakaian', 'Usage')}: skj <${tr(locale, 'perintah', 'command')}> [${tr(locale, 'opsi', 'options')}]`,
    '',
    tr(locale, 'Perintah:', 'Commands:'),
    ...COMMANDS.map((c) => `  ${c.name.padEnd(w)}${c.summary[locale]}`),
    '',
    ...[
      [`skj ${tr(locale, 'PERINTAH', 'COMMAND')} --help`, tr(locale, 'opsi sebuah perintah', "a command's options")],
      ['skj --version', tr(locale, 'versi', 'version')],
      ['--locale id|en', tr(locale, 'bahasa (bawaan: skj.config.yaml, lalu LANG, lalu id)', 'language (default: skj.config.yaml, then LANG, then id)')],
    ].map(([l, r]) => `  ${l.padEnd(24)}${r}`),
  ].join('\n');
}

const defaultIO = (): CommandIO => ({
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: !!process.stdout.isTTY,
  env: process.env,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
});

/** The language before a command's own options are read: --locale, the config's locale, LANG. */
function startLocale(argv: string[], io: CommandIO): Locale {
  let fromConfig: Locale | undefined;
  try {
    fromConfig = configLocale(findConfig(io.cwd));
  } catch {
    /* no config */
  }
  return localeArg(argv) ?? fromConfig ?? envLocale(io.env) ?? 'id';
}

export async function main(argv: string[], partial: Partial<CommandIO> = {}): Promise<number> {
  const io: CommandIO = { ...defaultIO(), ...partial };
  const locale = startLocale(argv, io);
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      // `skj help check` is `skj check --help`.
      const target = first === 'help' && rest[0] ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      if (target) io.out(commandHelp(target, locale) + '\n');
      else (first === undefined ? io.err : io.out)(mainHelp(locale) + '\n');
      return first === undefined ? 2 : 0;
    }
    if (first === '--version' || first === '-v' || first === '-V') {
      io.out(VERSION + '\n');
      return 0;
    }
    // `skj --locale en check …`: the option belongs to the command.
    if (first === '--locale' || first.startsWith('--locale=')) {
      const n = first === '--locale' ? 2 : 1;
      const after = argv.slice(n);
      return main(after.length && !after[0].startsWith('-') ? [...after, ...argv.slice(0, n)] : ['--help'], partial);
    }
    const cmd = COMMANDS.find((c) => c.name === first);
    if (!cmd) {
      const guess = didYouMean(first.replace(/^-+/, ''), COMMANDS.map((c) => c.name));
      const what = first.startsWith('-') ? tr(locale, 'opsi tidak dikenal', 'unknown option') : tr(locale, 'perintah tidak dikenal', 'unknown command');
      const hint = guess ? tr(locale, ` — maksud Anda "skj ${guess}"?`, ` — did you mean "skj ${guess}"?`) : '';
      throw new UsageError(`${what} "${first}"${hint} ${tr(locale, '(lihat skj --help)', '(see skj --help)')}`);
    }
    const args = parseCommandArgs(cmd, rest, locale);
    if (args.values.help) {
      io.out(commandHelp(cmd, args.locale) + '\n');
      return 0;
    }
    return await cmd.run(args, io);
  } catch (e) {
    io.err(`skj: ${localizeUsage(e instanceof Error ? e.message : String(e), locale)}\n`);
    return 2;
  }
}

/**
 * `skj check` and `skj report` are batch jobs: most functions run a few thousand times, then never again. V8's
 * default tier-up budget has it optimise ~200 functions per thread, and that compiling took about
 * a third of the CPU of a 2,000-file run on 2 cores. A budget ~6x larger leaves the lukewarm ones
 * to the baseline tiers: 13-15% less CPU and wall time there, same output. Flags are process-wide
 * (the workers share them). Only for V8 versions known to have the flag (an unknown one is an
 * error message on stderr).
 */
function tuneV8ForBatch(): void {
  const major = Number(process.versions.v8.split('.')[0]);
  if (major >= 10 && major <= 13 && !process.execArgv.some((a) => a.startsWith('--interrupt-budget'))) v8.setFlagsFromString('--interrupt-budget=400000');
}

if (require.main === module && isMainThread) {
  if (process.argv[2] === 'check' || process.argv[2] === 'report') tuneV8ForBatch();
  // `skj check … | head`: a reader that stops early is not an error (no EPIPE stack trace).
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
