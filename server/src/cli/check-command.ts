import * as fs from 'node:fs';
import * as path from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { fileKindOf } from '../core/types';
import { checkPaths } from './check';
import { useColor } from './color';
import type { Command, CommandIO, ParsedArgs } from './command';
import { LOCALE_OPTION } from './command';
import { gitRoot, UsageError } from './files';
import { Format, formatReport, FORMATS } from './formatters';
import { fsErrorText, tr } from './locale';
import { hasBom, readTextSafe } from './read-text';
import { exitReason, summaryLine, totals } from './summary';
import { VERSION } from './version';

/** Where standard input is checked as, without --stdin-filename. */
const STDIN_NAME = 'stdin.skj.yaml';

export const checkCommand: Command = {
  name: 'check',
  summary: { id: 'memeriksa standar (*.skj.yaml) dan kamus (*.kamus.yaml); folder ditelusuri', en: 'check standards (*.skj.yaml) and kamus files (*.kamus.yaml); folders are walked' },
  usage: { id: 'skj check [jalur atau glob…] [opsi]   (- atau --stdin: masukan standar)', en: 'skj check [paths or globs…] [options]   (- or --stdin: standard input)' },
  description: {
    id: 'Tanpa jalur: folder saat ini. Berkas kamus yang disebut (atau yang disebut skj.config.yaml) diindeks lebih dulu,\nsehingga hasilnya sama dengan di editor.\nKode keluar: 0 bersih, 1 ada galat (atau peringatan melebihi --max-warnings), 2 pemakaian salah atau berkas tak terbaca.',
    en: 'Without paths: the current folder. Kamus files given (or named in skj.config.yaml) are indexed first, so the\nresult is what the editor shows.\nExit codes: 0 clean, 1 errors (or more warnings than --max-warnings), 2 bad usage or unreadable input.',
  },
  options: {
    fix: { type: 'boolean', help: { id: 'terapkan perbaikan aman (sama dengan "perbaiki semua" di editor), lalu laporkan sisanya', en: 'apply the safe fixes (the editor\'s "fix all"), then report what remains' } },
    'fix-dry-run': { type: 'boolean', help: { id: 'tampilkan perubahan --fix sebagai diff tanpa menulis berkas', en: 'print what --fix would change as a diff, write nothing' } },
    format: { type: 'string', choices: FORMATS, help: { id: 'format keluaran (bawaan text)', en: 'output format (default text)' } },
    'output-file': { type: 'string', short: 'o', value: 'FILE', help: { id: 'tulis laporan ke FILE, bukan ke keluaran standar', en: 'write the report to FILE instead of standard output' } },
    locale: LOCALE_OPTION,
    quiet: { type: 'boolean', short: 'q', help: { id: 'tampilkan galat saja (ringkasan tetap menghitung semuanya)', en: 'show errors only (the summary still counts everything)' } },
    'max-warnings': { type: 'string', value: 'N', help: { id: 'keluar dengan kode 1 bila peringatan lebih dari N', en: 'exit 1 when there are more than N warnings' } },
    config: { type: 'string', value: 'FILE', help: { id: 'skj.config.yaml yang dipakai (bawaan: yang terdekat ke atas)', en: 'skj.config.yaml to use (default: the nearest one upward)' } },
    'allow-outside': { type: 'boolean', help: { id: 'izinkan glob kamus di skj.config.yaml menjangkau di luar repositori', en: "let skj.config.yaml's kamus globs reach outside the repository" } },
    kind: { type: 'string', choices: ['skj', 'kamus'], help: { id: 'periksa berkas yang namanya bukan *.skj.yaml / *.kamus.yaml sebagai jenis ini', en: 'check files named neither *.skj.yaml nor *.kamus.yaml as this kind' } },
    stdin: { type: 'boolean', help: { id: 'baca teks dari masukan standar (sama dengan -)', en: 'read the text from standard input (same as -)' } },
    'stdin-filename': { type: 'string', value: 'NAME', help: { id: `nama berkas untuk teks masukan standar (jenis, skj.config.yaml; bawaan ${STDIN_NAME})`, en: `file name for the standard input text (kind, skj.config.yaml; default ${STDIN_NAME})` } },
    'sarif-root': { type: 'string', value: 'DIR', help: { id: 'akar repositori untuk jalur SARIF/github (bawaan: akar git, atau folder saat ini)', en: 'repository root for SARIF/github paths (default: the git root, else the current folder)' } },
    'rules-doc-url': { type: 'string', value: 'URL', help: { id: 'alamat docs/rules.md untuk tautan aturan SARIF (bawaan: salinan di paket ini)', en: 'address of docs/rules.md for the SARIF rule links (default: the copy in this package)' } },
    color: { type: 'boolean', help: { id: 'warnai keluaran teks (juga FORCE_COLOR=1)', en: 'colour the text output (also FORCE_COLOR=1)' } },
    'no-color': { type: 'boolean', help: { id: 'tanpa warna (juga NO_COLOR=1)', en: 'no colour (also NO_COLOR=1)' } },
  },
  run: runCheck,
};

function isGlobArg(a: string): boolean {
  return /[*?[\]{}]/.test(a);
}

/** Names a checked file must have, for the refusal message. */
function refuseName(arg: string, locale: 'id' | 'en'): UsageError {
  return new UsageError(
    tr(
      locale,
      `${arg} bukan standar atau kamus menurut namanya: standar bernama *.skj.yaml (atau .skj.yml), kamus *.kamus.yaml (atau .kamus.yml). Untuk tetap memeriksanya, tambahkan --kind skj atau --kind kamus.`,
      `${arg} is neither a standard nor a kamus by its name: standards are named *.skj.yaml (or .skj.yml), kamus files *.kamus.yaml (or .kamus.yml). To check it anyway, add --kind skj or --kind kamus.`,
    ),
  );
}

async function runCheck(a: ParsedArgs, io: CommandIO): Promise<number> {
  const v = a.values;
  let locale = a.locale;
  const format = (v.format as Format | undefined) ?? 'text';
  let maxWarnings = Infinity;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!/^\d+$/.test(String(v['max-warnings']))) throw new UsageError(tr(locale, `--max-warnings memerlukan bilangan bulat ≥ 0, bukan ${v['max-warnings']}`, `--max-warnings needs a whole number ≥ 0, not ${v['max-warnings']}`));
  }
  const fix = !!v.fix;
  const dryRun = !!v['fix-dry-run'];
  if (fix && dryRun) throw new UsageError(tr(locale, '--fix dan --fix-dry-run tidak dapat dipakai bersama', '--fix and --fix-dry-run cannot be used together'));
  const output = v['output-file'] as string | undefined;
  if (dryRun && format !== 'text' && !output) throw new UsageError(tr(locale, `--fix-dry-run menulis diff ke keluaran standar; laporan ${format} perlu -o FILE`, `--fix-dry-run prints a diff on standard output; the ${format} report needs -o FILE`));
  const configPath = v.config !== undefined ? path.resolve(io.cwd, v.config as string) : undefined;
  if (configPath && !fs.existsSync(configPath)) throw new UsageError(tr(locale, `tidak dapat membaca ${v.config}: berkas tidak ada`, `cannot read ${v.config}: no such file`));
  const kind = v.kind as 'skj' | 'kamus' | undefined;

  // Standard input: `-` or --stdin, named by --stdin-filename.
  const useStdin = !!v.stdin || a.positionals.includes('-');
  const args = a.positionals.filter((p) => p !== '-');
  let stdinFile: string | undefined;
  const texts: Record<string, string> = {};
  if (v['stdin-filename'] !== undefined && !useStdin) throw new UsageError(tr(locale, '--stdin-filename hanya berlaku dengan --stdin atau -', '--stdin-filename only applies with --stdin or -'));
  if (useStdin) {
    const name = (v['stdin-filename'] as string | undefined) ?? STDIN_NAME;
    const k = fileKindOf(name);
    if (!kind && k !== 'skj' && k !== 'kamus') throw refuseName(name, locale);
    stdinFile = path.resolve(io.cwd, name);
    let text = await io.readStdin();
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    texts[stdinFile] = text;
  }
  // `skj check skj.config.yaml` checks that configuration (its findings) with what else is named.
  let config = configPath;
  for (const arg of [...args]) {
    if (isGlobArg(arg) || fileKindOf(arg) !== 'config' || !fs.existsSync(path.resolve(io.cwd, arg))) continue;
    if (config && config !== path.resolve(io.cwd, arg)) throw new UsageError(tr(locale, `dua konfigurasi: ${arg} dan --config ${v.config}`, `two configurations: ${arg} and --config ${v.config}`));
    config = path.resolve(io.cwd, arg);
    args.splice(args.indexOf(arg), 1);
  }
  // A file named on the command line must be a standard or a kamus by name (or --kind says).
  for (const arg of args) {
    if (isGlobArg(arg) || kind) continue;
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(path.resolve(io.cwd, arg));
    } catch {
      continue; // reported by checkPaths
    }
    const k = fileKindOf(arg);
    if (st.isFile() && k !== 'skj' && k !== 'kamus') throw refuseName(arg, locale);
  }

  const onlyConfig = config !== configPath && !args.length;
  const checked = await checkPaths(args.length || useStdin || onlyConfig ? args : ['.'], { cwd: io.cwd, locale: a.localeFlag, fallbackLocale: a.locale, configPath: config, kind, texts, fix: fix || dryRun, allowOutside: !!v['allow-outside'] });
  locale = checked.locale;
  const { results, fixed, unreadable } = checked;
  const all = totals(results);
  const shown = v.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : results;
  const hidden = all.warnings + all.other - totals(shown).warnings - totals(shown).other;
  // A path in a message: relative when inside the current folder, else as it is (absolute).
  const rel = (f: string) => {
    const r = path.relative(io.cwd, f);
    return r && !r.startsWith('..') && !path.isAbsolute(r) ? r : f;
  };
  const originalText = (f: string) => texts[f] ?? readTextSafe(f) ?? '';

  // The fixes: written, or shown as a diff; standard input's fixed text goes to standard output.
  const notes: string[] = [];
  const unwritable: { file: string; error: string }[] = [];
  let stdinFixedOut: string | undefined;
  if (dryRun) {
    for (const [f, text] of fixed) {
      const name = rel(f).split(path.sep).join('/');
      io.out(createTwoFilesPatch(`a/${name}`, `b/${name}`, originalText(f), text, '', '', { headerOptions: FILE_HEADERS_ONLY }));
    }
    notes.push(tr(locale, `${fixed.size} berkas akan diubah oleh --fix.`, `${fixed.size === 1 ? '1 file' : `${fixed.size} files`} would be changed by --fix.`));
  } else if (fix) {
    let written = 0;
    for (const [f, text] of fixed) {
      if (f === stdinFile) continue;
      try {
        const bom = hasBom(f) ? '\uFEFF' : '';
        fs.writeFileSync(f, bom + text, 'utf8');
        written++;
      } catch (e) {
        unwritable.push({ file: f, error: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
      }
    }
    if (stdinFile) stdinFixedOut = fixed.get(stdinFile) ?? texts[stdinFile];
    if (written || !stdinFile) notes.push(tr(locale, `${written} berkas diperbaiki.`, `${written === 1 ? '1 file' : `${written} files`} fixed.`));
  }

  const root = v['sarif-root'] !== undefined ? path.resolve(io.cwd, v['sarif-root'] as string) : (gitRoot(io.cwd) ?? io.cwd);
  const toFile = output !== undefined && output !== '-';
  // With `--stdin --fix` standard output carries the fixed text; the report goes to standard error.
  const reportTo = stdinFixedOut !== undefined && !toFile ? io.err : io.out;
  // A report file is coloured only when --color asks (FORCE_COLOR is for terminals and CI logs).
  const color = toFile ? !!v.color && !v['no-color'] : useColor(v['no-color'] ? false : v.color ? true : undefined, io.env, reportTo === io.out && io.isTTY);
  const textOf = (f: string) => fixed.get(f) ?? texts[f] ?? readTextSafe(f);
  let report = formatReport(format, shown, { cwd: io.cwd, root, locale, color, version: VERSION, textOf, docBase: v['rules-doc-url'] as string | undefined });
  if (format === 'text') report = [report, ...notes, summaryLine(all, locale, v.quiet ? hidden : 0)].filter(Boolean).join('\n');
  if (stdinFixedOut !== undefined) io.out(stdinFixedOut);
  if (toFile) {
    const out = path.resolve(io.cwd, output!);
    try {
      fs.writeFileSync(out, report + '\n', 'utf8');
    } catch (e) {
      io.err(`skj: ${tr(locale, 'tidak dapat menulis', 'cannot write')} ${output}: ${fsErrorText(locale, e)}\n`);
      return 2;
    }
  } else if (report) reportTo(report + '\n');

  for (const u of unreadable) io.err(`skj: ${tr(locale, 'tidak dapat membaca', 'cannot read')} ${rel(u.file)}: ${fsErrorText(locale, u.error)}\n`);
  for (const u of unwritable) io.err(`skj: ${tr(locale, 'tidak dapat menulis', 'cannot write')} ${rel(u.file)}: ${fsErrorText(locale, u.error)}\n`);
  if (unreadable.length || unwritable.length) return 2;
  const reason = exitReason(all, maxWarnings, locale);
  if (reason) io.err(`skj: ${tr(locale, 'kode keluar 1', 'exit code 1')}: ${reason}\n`);
  return all.errors || reason ? 1 : 0;
}
