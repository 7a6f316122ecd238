import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportCsv } from '../core/report/csv';
import { reportHtml } from '../core/report/html';
import { reportJson } from '../core/report/json';
import { preloadReportXlsx, writeReportXlsx } from '../core/report/load-xlsx';
import { countFindings, Counts, reportRows } from '../core/report/rows';
import type { Locale } from '../core/types';
import { checkPaths } from './check';
import type { Command } from './command';
import { UsageError } from './files';
import { fsErrorText, tr } from './locale';

export const REPORT_HELP = `skj report [paths or globs…] [--format html|xlsx|json|csv] [-o OUT] [--locale id|en] [--config FILE]

Checks the standards (*.skj.yaml) like skj check and writes the agency's summary table: one row
per position with its name, unit kerja (status.unit_kerja), tier, job code, the levels of
M.01–M.08 and SK.01, its status (status.tahap) and its numbers of errors and warnings.
The format is taken from -o's extension when --format is not given (default csv). Without -o
the table goes to standard output (not for xlsx).`;

const FORMATS = ['html', 'xlsx', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

interface Io {
  out(s: string): void;
  err(s: string): void;
  cwd: string;
}

export interface ReportOptions {
  paths: string[];
  format?: string;
  output?: string;
  /** --locale (it outranks the config's `locale`). */
  locale?: Locale;
  /** The language when neither --locale nor a config says (LANG), also of the usage messages. */
  fallbackLocale?: Locale;
  configPath?: string;
}

/** `skj report …`: returns the exit code (0 written, 2 bad usage or unreadable input). */
export async function reportCommand(o: ReportOptions, io: Io, writeBytes: (file: string, data: Uint8Array | string) => void = fs.writeFileSync): Promise<number> {
  const { paths, format, output, locale, fallbackLocale } = o;
  const L = locale ?? fallbackLocale ?? 'id';
  const configPath = o.configPath !== undefined ? path.resolve(io.cwd, o.configPath) : undefined;
  const fromExt = output ? path.extname(output).slice(1).toLowerCase().replace(/^htm$/, 'html') : undefined;
  // --format is one of FORMATS (the command table checks its choices).
  const fmt = (format ?? (FORMATS.includes(fromExt as Format) ? fromExt : 'csv')) as Format;
  if (fmt === 'xlsx' && !output) throw new UsageError(tr(L, 'tabel xlsx perlu ditulis ke berkas: -o RINGKASAN.xlsx', 'an xlsx table must be written to a file: -o SUMMARY.xlsx'));
  if (configPath && !fs.existsSync(configPath)) throw new UsageError(tr(L, `tidak dapat membaca ${configPath}: berkas tidak ada`, `cannot read ${configPath}: no such file`));

  const { results, locale: checkedLocale, unreadable, standards } = await checkPaths(paths.length ? paths : ['.'], { cwd: io.cwd, locale, configPath, fallbackLocale, whileChecking: fmt === 'xlsx' ? preloadReportXlsx : undefined });
  for (const u of unreadable) io.err(`skj: ${tr(L, 'tidak dapat membaca', 'cannot read')} ${path.relative(io.cwd, u.file) || u.file}: ${fsErrorText(L, u.error)}\n`);
  const loc = locale ?? checkedLocale;
  const counts = new Map<string, Counts>();
  for (const r of results) counts.set(path.resolve(r.file), countFindings(r.findings));
  const rel = (uri: string) => {
    const file = fileURLToPath(uri);
    return path.relative(io.cwd, file) || file;
  };
  const rows = reportRows(standards.all(), (uri) => counts.get(fileURLToPath(uri)), rel);
  let data: Uint8Array | string;
  if (fmt === 'csv') data = reportCsv(rows, loc);
  else if (fmt === 'json') data = reportJson(rows) + '\n';
  else if (fmt === 'html') data = reportHtml(rows, { mode: 'file', locale: loc, subtitle: path.basename(io.cwd) });
  else data = await writeReportXlsx(rows, loc);
  if (output) {
    const dest = path.resolve(io.cwd, output);
    try {
      writeBytes(dest, data);
    } catch (e) {
      io.err(`skj: ${tr(loc, 'tidak dapat menulis', 'cannot write')} ${output}: ${fsErrorText(loc, e)}\n`);
      return 2;
    }
    io.err(loc === 'en' ? `${rows.length} position(s) written to ${output}\n` : `${rows.length} jabatan ditulis ke ${output}\n`);
  } else io.out(typeof data === 'string' ? data : Buffer.from(data).toString('binary'));
  return unreadable.length ? 2 : 0;
}

/** `skj report` in the command table (main.ts): its options, parsed there (strict, with did-you-mean). */
export const reportCommandSpec: Command = {
  name: 'report',
  summary: { id: 'tabel ringkasan instansi: setiap jabatan dengan unit, jenjang, kode, level, status, galat', en: "the agency's summary table: every position with unit, tier, code, levels, status, problems" },
  usage: 'skj report [paths…] [--format html|xlsx|json|csv] [-o OUT] [--locale id|en] [--config FILE]',
  description: {
    id: 'Memeriksa standar (*.skj.yaml) seperti skj check dan menulis tabel ringkasan instansi: satu baris per jabatan\ndengan nama, unit kerja (status.unit_kerja), jenjang, kode jabatan, level M.01–M.08 dan SK.01, status\n(status.tahap), serta jumlah galat dan peringatannya. Format diambil dari ekstensi -o bila --format tidak\ndiberikan (bawaan csv). Tanpa -o tabel ditulis ke keluaran standar (tidak untuk xlsx).',
    en: REPORT_HELP.split('\n\n').slice(1).join('\n\n'),
  },
  options: {
    format: { type: 'string', choices: FORMATS, help: { id: 'format tabel (bawaan: dari ekstensi -o, lalu csv)', en: "the table's format (default: from -o's extension, else csv)" } },
    'output-file': { type: 'string', short: 'o', value: 'OUT', help: { id: 'tulis tabel ke berkas ini', en: 'write the table to this file' } },
    output: { type: 'string', value: 'OUT', help: { id: 'sama dengan -o', en: 'same as -o' } },
    locale: { type: 'string', choices: ['id', 'en'], help: { id: 'bahasa tabel (bawaan: skj.config.yaml, lalu LANG, lalu id)', en: 'language of the table (default: skj.config.yaml, then LANG, then id)' } },
    config: { type: 'string', value: 'FILE', help: { id: 'skj.config.yaml yang dipakai untuk semua berkas', en: 'the skj.config.yaml to use for every file' } },
  },
  run(a, io) {
    return reportCommand(
      {
        paths: a.positionals,
        format: a.values.format as string | undefined,
        output: (a.values['output-file'] ?? a.values.output) as string | undefined,
        locale: a.localeFlag,
        fallbackLocale: a.locale,
        configPath: a.values.config as string | undefined,
      },
      io,
    );
  },
};
