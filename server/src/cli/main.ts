import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { RULES } from '../core/rules';
import type { Locale } from '../core/types';
import { checkPaths } from './check';
import { UsageError } from './files';
import { formatJson, formatSarif, formatText, summary } from './formatters';
import { renderCommand } from './render';
import { reportCommand } from './report';

declare const SKJ_VERSION: string | undefined;
const VERSION = typeof SKJ_VERSION === 'string' ? SKJ_VERSION : '0.0.0-dev';

const HELP = `skj — checks job competency standards (*.skj.yaml) and technical dictionaries (*.kamus.yaml)

Usage:
  skj check [paths or globs…] [options]   check files; folders are walked (default: .)
  skj render FILE [-o OUT.html]            the standard as the official form, printable HTML
  skj report [paths…] [--format html|xlsx|json|csv] [-o OUT]
                                           the agency's summary table of every standard
  skj rules                                list every rule id with its default severity
  skj --version | --help

Options of check:
  --format text|json|sarif   output format (default text)
  --locale id|en             message language (default: skj.config.yaml, else id)
  --max-warnings N           exit 1 when there are more than N warnings
  --config FILE              skj.config.yaml to use (default: nearest one upward)
  --no-color                 plain text output even on a terminal
  --quiet                    print errors only

Exit codes: 0 clean, 1 errors found (or too many warnings), 2 bad usage or unreadable input.`;

export async function main(argv: string[], io = { out: (s: string) => process.stdout.write(s), err: (s: string) => process.stderr.write(s), cwd: process.cwd(), isTTY: !!process.stdout.isTTY }): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      io.out(HELP + '\n');
      return cmd ? 0 : 2;
    }
    if (cmd === '--version' || cmd === '-v') {
      io.out(VERSION + '\n');
      return 0;
    }
    if (cmd === 'rules') {
      for (const r of RULES) io.out(`${r.id.padEnd(26)} ${r.defaultSeverity.padEnd(8)} ${r.title.id}\n`);
      return 0;
    }
    if (cmd === 'render') return renderCommand(rest, io);
    if (cmd === 'report') return await reportCommand(rest, io);
    if (cmd !== 'check') throw new UsageError(`unknown command "${cmd}" (see skj --help)`);
    return await check(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`skj: ${e.message}\n`);
      return 2;
    }
    io.err(`skj: ${(e as Error).message ?? e}\n`);
    return 2;
  }
}

async function check(args: string[], io: { out: (s: string) => void; err: (s: string) => void; cwd: string; isTTY: boolean }): Promise<number> {
  const paths: string[] = [];
  let format = 'text';
  let locale: Locale | undefined;
  let maxWarnings = Infinity;
  let configPath: string | undefined;
  let color = io.isTTY && !process.env.NO_COLOR;
  let quiet = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a.startsWith('--format')) format = value();
    else if (a.startsWith('--locale')) {
      const v = value();
      if (v !== 'id' && v !== 'en') throw new UsageError(`--locale must be id or en, not ${v}`);
      locale = v;
    } else if (a.startsWith('--max-warnings')) {
      const v = value();
      maxWarnings = Number(v);
      if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings needs a whole number, not ${v}`);
    } else if (a.startsWith('--config')) configPath = path.resolve(io.cwd, value());
    else if (a === '--no-color') color = false;
    else if (a === '--color') color = true;
    else if (a === '--quiet' || a === '-q') quiet = true;
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else paths.push(a);
  }
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not ${format}`);
  if (configPath && !fs.existsSync(configPath)) throw new UsageError(`cannot read ${configPath}`);
  const { results, config, unreadable } = await checkPaths(paths.length ? paths : ['.'], { cwd: io.cwd, locale, configPath });
  const loc = locale ?? config.locale;
  if (quiet) for (const r of results) r.findings = r.findings.filter((f) => f.severity === 'error');
  if (format === 'json') io.out(formatJson(results, io.cwd) + '\n');
  else if (format === 'sarif') io.out(formatSarif(results, io.cwd, VERSION, loc) + '\n');
  else {
    const text = formatText(results, io.cwd, color);
    if (text) io.out(text + '\n');
    io.out(summary(results, loc) + '\n');
  }
  for (const u of unreadable) io.err(`skj: cannot read ${path.relative(io.cwd, u.file)}: ${u.error}\n`);
  if (unreadable.length) return 2;
  const errors = results.some((r) => r.findings.some((f) => f.severity === 'error'));
  const warnings = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  return errors || warnings > maxWarnings ? 1 : 0;
}

/**
 * `skj check` is a batch job: most functions run a few thousand times, then never again. V8's
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
  if (process.argv[2] === 'check') tuneV8ForBatch();
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
