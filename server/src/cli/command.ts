import { parseArgs } from 'node:util';
import type { Locale } from '../core/types';
import { UsageError } from './files';
import { tr } from './locale';

/**
 * One subcommand of `skj`: its options, its help and what it does. main.ts lists the modules;
 * adding a command is one module exporting a `Command` and one line in main.ts's table.
 */
export interface Command {
  name: string;
  /** One line for `skj --help`. */
  summary: Record<Locale, string>;
  /** `skj NAME …` synopsis, e.g. `skj render FILE [-o OUT.html]` (by language when it has words). */
  usage: string | Record<Locale, string>;
  /** Paragraphs after the synopsis in `skj NAME --help`. */
  description?: Record<Locale, string>;
  options: Record<string, OptionSpec>;
  /** Most positional arguments (default: any number). */
  maxPositionals?: number;
  run(args: ParsedArgs, io: CommandIO): Promise<number> | number;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The value's placeholder in help (`N`, `FILE`); with `choices`, they are shown. */
  value?: string;
  /** Allowed values of a string option (checked before `run`). */
  choices?: readonly string[];
  help: Record<Locale, string>;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  /** --locale, else the environment's language (LC_ALL, LANG), else Indonesian. */
  locale: Locale;
  /** Set when --locale was given (it outranks the config's `locale`). */
  localeFlag?: Locale;
}

export interface CommandIO {
  out(s: string): void;
  err(s: string): void;
  cwd: string;
  /** Whether standard output is a terminal (colour). */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** Reads standard input to the end. */
  readStdin(): Promise<string>;
}

/** The option every command has. */
export const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', help: { id: 'tampilkan bantuan ini', en: 'show this help' } };

/** --locale, shared by the commands that print messages. */
export const LOCALE_OPTION: OptionSpec = {
  type: 'string',
  choices: ['id', 'en'],
  help: { id: 'bahasa pesan (bawaan: skj.config.yaml, lalu LANG, lalu id)', en: 'message language (default: skj.config.yaml, then LANG, then id)' },
};

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** The closest of `candidates` to `word` (a typo or a prefix/extension of it), if any is close. */
export function didYouMean(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = c.startsWith(word) || word.startsWith(c) ? Math.min(1, distance(word, c)) : distance(word, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  // Short words are close to everything: "odt" is two letters from "pdf", which it does not mean.
  const allowed = word.length <= 4 ? 1 : Math.max(2, Math.floor(word.length / 3));
  return best !== undefined && bestD <= allowed ? best : undefined;
}

/**
 * Parses a command's arguments with node:util parseArgs: no prefix matching (`--formatting` is
 * not `--format`), every option known, values where they are needed, choices checked. Throws a
 * UsageError in the user's language, with a suggestion for a mistyped option.
 */
export function parseCommandArgs(cmd: Command, argv: string[], locale: Locale): ParsedArgs {
  const specs: Record<string, OptionSpec> = { help: HELP_OPTION, ...cmd.options };
  const options = Object.fromEntries(Object.entries(specs).map(([name, s]) => [name, s.short ? { type: s.type, short: s.short } : { type: s.type }]));
  const { values, positionals, tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const names = Object.keys(specs);
  const shorts = new Map(Object.entries(specs).flatMap(([n, s]) => (s.short ? [[s.short, n] as const] : [])));
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const spec = specs[t.name];
    if (!spec) {
      const typed = t.rawName.startsWith('--') ? t.name : t.rawName.slice(1);
      const guess = t.rawName.startsWith('--') ? didYouMean(t.name, names) : undefined;
      const hint = guess ? tr(locale, ` — maksud Anda --${guess}?`, ` — did you mean --${guess}?`) : '';
      const shown = t.rawName.startsWith('--') ? `--${typed}` : `-${typed}`;
      throw new UsageError(tr(locale, `opsi tidak dikenal ${shown}${hint} (lihat skj ${cmd.name} --help)`, `unknown option ${shown}${hint} (see skj ${cmd.name} --help)`));
    }
    const shown = t.rawName.startsWith('--') ? t.rawName : `${t.rawName} (--${t.name})`;
    if (spec.type === 'boolean' && t.inlineValue) throw new UsageError(tr(locale, `${shown} tidak menerima nilai`, `${shown} takes no value`));
    if (spec.type === 'string') {
      const needs = () => new UsageError(tr(locale, `${shown} memerlukan nilai${spec.value ? ` ${spec.value}` : ''}${spec.choices ? `: ${spec.choices.join(', ')}` : ''}`, `${shown} needs a value${spec.value ? ` ${spec.value}` : ''}${spec.choices ? `: ${spec.choices.join(', ')}` : ''}`));
      if (t.value === undefined || t.value === '') throw needs();
      // `--format --quiet`: the next option is not a value (a lone "-" is: standard input/output).
      if (!t.inlineValue && t.value.startsWith('-') && t.value !== '-' && (names.includes(t.value.replace(/^--?/, '').split('=')[0]) || shorts.has(t.value.slice(1)))) throw needs();
      if (spec.choices && !spec.choices.includes(t.value)) {
        const guess = didYouMean(t.value, [...spec.choices]);
        throw new UsageError(
          tr(locale, `${shown} harus salah satu dari ${spec.choices.join(', ')}, bukan "${t.value}"${guess ? ` — maksud Anda ${guess}?` : ''}`, `${shown} must be one of ${spec.choices.join(', ')}, not "${t.value}"${guess ? ` — did you mean ${guess}?` : ''}`),
        );
      }
    }
  }
  if (cmd.maxPositionals !== undefined && positionals.length > cmd.maxPositionals) {
    const extra = positionals.slice(cmd.maxPositionals).join(' ');
    throw new UsageError(tr(locale, `argumen berlebih: ${extra} (lihat skj ${cmd.name} --help)`, `unexpected argument: ${extra} (see skj ${cmd.name} --help)`));
  }
  const localeFlag = values.locale === 'id' || values.locale === 'en' ? values.locale : undefined;
  return { values: values as ParsedArgs['values'], positionals, locale: localeFlag ?? locale, localeFlag };
}

/** `skj NAME --help`: synopsis, description and the options, in the user's language. */
export function commandHelp(cmd: Command, locale: Locale): string {
  const rows = Object.entries({ ...cmd.options, help: HELP_OPTION }).map(([name, s]) => {
    const value = s.type === 'string' ? ` ${s.choices ? s.choices.join('|') : (s.value ?? 'X')}` : '';
    return [`${s.short ? `-${s.short}, ` : '    '}--${name}${value}`, s.help[locale]] as const;
  });
  const width = Math.min(34, Math.max(...rows.map(([l]) => l.length)) + 2);
  const usage = typeof cmd.usage === 'string' ? cmd.usage : cmd.usage[locale];
  const lines = [`${tr(locale, 'Pemakaian', 'Usage')}: ${usage}`, '', cmd.summary[locale]];
  if (cmd.description) lines.push('', cmd.description[locale]);
  lines.push('', tr(locale, 'Opsi:', 'Options:'));
  for (const [left, right] of rows) lines.push(`  ${left.length < width ? left.padEnd(width) : left + '\n  ' + ' '.repeat(width)}${right}`);
  return lines.join('\n');
}
