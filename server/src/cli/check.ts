import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { analyze } from '../core/analyze';
import { DEFAULT_CONFIG, parseConfig, SkjConfig } from '../core/config/config';
import { RULE_IDS } from '../core/rules';
import { fileKindOf, Finding, Locale } from '../core/types';
import { KamusIndex } from '../core/workspace/kamus-index';
import { expandArgs, findConfig } from './files';
import type { FileFindings } from './formatters';

export interface CheckOptions {
  configPath?: string;
  locale?: Locale;
  cwd: string;
}

export interface CheckResult {
  results: FileFindings[];
  config: SkjConfig;
  /** Files that could not be read (exit code 2). */
  unreadable: { file: string; error: string }[];
}

function readText(file: string): string {
  const buf = fs.readFileSync(file);
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // editors hide the BOM; positions follow them
  return text;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * When `file` is not valid UTF-8 (YAML must be Unicode): a finding at the first invalid byte,
 * whose text `text` (decoded with U+FFFD replacements) is still checked. Else undefined.
 */
function encodingFinding(file: string, text: string, config: SkjConfig, locale: Locale): Finding | undefined {
  if (config.rules['yaml-syntax'] === 'off') return undefined;
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
    strictUtf8.decode(buf);
    return undefined;
  } catch {
    /* not UTF-8 (or unreadable, which is reported elsewhere) */
  }
  const at = Math.max(0, text.indexOf('\uFFFD'));
  const lines = text.slice(0, at).split(/\r\n|\r|\n/);
  const line = lines.length - 1;
  const character = lines[line].length;
  return {
    rule: 'yaml-syntax',
    severity: config.rules['yaml-syntax'] ?? 'error',
    range: { start: { line, character }, end: { line, character: character + 1 } },
    message:
      locale === 'en'
        ? 'The file is not valid UTF-8 text; invalid bytes were read as \uFFFD. Save it again as UTF-8.'
        : 'Berkas bukan teks UTF-8 yang valid; byte yang tidak valid dibaca sebagai \uFFFD. Simpan ulang sebagai UTF-8.',
  };
}

/**
 * Checks standards and kamus files together, as the editor does: every kamus file given (and
 * those the config's `kamus` globs name) is indexed first, then every file is analysed.
 */
export async function checkPaths(args: string[], opts: CheckOptions): Promise<CheckResult> {
  const files = expandArgs(args, opts.cwd);
  const configPath = opts.configPath ?? findConfig(files.length ? path.dirname(files[0]) : opts.cwd);
  let config: SkjConfig = DEFAULT_CONFIG;
  const results: FileFindings[] = [];
  const unreadable: CheckResult['unreadable'] = [];
  const locale = opts.locale;
  if (configPath) {
    let text: string;
    try {
      text = readText(configPath);
    } catch (e) {
      throw new Error(`cannot read ${configPath}: ${(e as Error).message}`);
    }
    const loaded = parseConfig(text, pathToFileURL(configPath).href, RULE_IDS, locale ?? 'id');
    config = loaded.config;
    if (loaded.findings.length) results.push({ file: configPath, findings: loaded.findings });
    for (const g of config.kamus) {
      try {
        files.push(...expandArgs([g], path.dirname(configPath)).filter((f) => !files.includes(f)));
      } catch {
        /* a glob that matches nothing is fine in a config */
      }
    }
  }
  const effectiveLocale = locale ?? config.locale;
  const texts = new Map<string, string>();
  for (const f of files) {
    try {
      texts.set(f, readText(f));
    } catch (e) {
      unreadable.push({ file: f, error: (e as Error).message });
    }
  }
  const kamus: [string, string][] = [...texts].filter(([f]) => fileKindOf(f) === 'kamus').map(([f, t]) => [pathToFileURL(f).href, t]);
  // SKJ_THREADS sets the number of threads (1 = no workers); default: one per core, at most 8.
  const workers = Number(process.env.SKJ_THREADS) || Math.min(os.availableParallelism?.() ?? os.cpus().length, 8);
  const job: WorkerJob = { skjCheck: true, files: [...texts.keys()], kamus, config, locale: effectiveLocale };
  if (texts.size >= PARALLEL_FROM && workers > 1) results.push(...(await checkInWorkers(job, workers, texts)));
  else results.push(...checkFiles(job, (f) => texts.get(f)!));
  return { results, config, unreadable };
}

/** Below this many files one thread is faster than starting workers. */
const PARALLEL_FROM = 300;

interface WorkerJob {
  skjCheck: true;
  files: string[];
  kamus: [string, string][];
  config: SkjConfig;
  locale: Locale;
}

/** Analyses files with a kamus index built from the job's kamus texts: the same on every thread. */
function checkFiles(job: WorkerJob, read: (file: string) => string): FileFindings[] {
  const index = new KamusIndex();
  for (const [uri, text] of job.kamus) index.setText(uri, text);
  return job.files.map((f) => {
    const text = read(f);
    const kind = fileKindOf(f) ?? 'skj';
    const findings: Finding[] = analyze(pathToFileURL(f).href, text, { config: job.config, kamus: index, locale: job.locale, kind }).findings;
    const encoding = text.includes('\uFFFD') ? encodingFinding(f, text, job.config, job.locale) : undefined;
    return { file: f, findings: encoding ? [encoding, ...findings] : findings };
  });
}

/**
 * Splits the files over `n` threads: this one and n-1 workers (each reads its own files);
 * results keep the input order. A worker that cannot start or fails is redone here.
 */
async function checkInWorkers(job: WorkerJob, n: number, texts: Map<string, string>): Promise<FileFindings[]> {
  const chunks: string[][] = Array.from({ length: n }, () => []);
  job.files.forEach((f, i) => chunks[i % n].push(f));
  const here = (files: string[]) => checkFiles({ ...job, files }, (f) => texts.get(f)!);
  const pending = chunks.slice(1).map(
    (files) =>
      new Promise<FileFindings[]>((resolve) => {
        let w: Worker;
        try {
          w = new Worker(__filename, { workerData: { ...job, files } });
        } catch {
          return resolve(here(files));
        }
        let done = false;
        w.once('message', (r: FileFindings[]) => ((done = true), resolve(r)));
        w.once('error', () => done || ((done = true), resolve(here(files))));
        w.once('exit', () => done || ((done = true), resolve(here(files))));
      }),
  );
  const mine = here(chunks[0]);
  const parts = [mine, ...(await Promise.all(pending))];
  const byFile = new Map(parts.flat().map((r) => [r.file, r]));
  return job.files.map((f) => byFile.get(f)!);
}

// A worker thread started by checkInWorkers: check its share of the files and send the findings back.
if (!isMainThread && (workerData as WorkerJob | undefined)?.skjCheck) {
  const job = workerData as WorkerJob;
  parentPort!.postMessage(checkFiles(job, readText));
}
