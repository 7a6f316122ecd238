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

const dirUris = new Map<string, string>();

/** pathToFileURL(file).href, with the folder's URL computed once per folder for plain file names. */
function fileUri(file: string): string {
  const slash = file.lastIndexOf('/');
  const base = file.slice(slash + 1);
  if (path.sep !== '/' || slash <= 0 || !/^[\w.-]+$/.test(base) || /^\.*$/.test(base)) return pathToFileURL(file).href;
  const dir = file.slice(0, slash);
  let uri = dirUris.get(dir);
  if (uri === undefined) dirUris.set(dir, (uri = pathToFileURL(dir).href));
  return `${uri}/${base}`;
}

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
  const job: WorkerJob = { skjCheck: true, files, kamus: files.filter((f) => fileKindOf(f) === 'kamus'), config, locale: effectiveLocale };
  // SKJ_THREADS sets the number of threads (1 = no workers); default: one per core, at most 8.
  const threads = Number(process.env.SKJ_THREADS) || Math.min(os.availableParallelism?.() ?? os.cpus().length, 8);
  let outcomes: Outcome[];
  if (files.length >= PARALLEL_FROM && threads > 1) outcomes = await checkInWorkers(job, threads);
  else {
    outcomes = new Array<Outcome>(files.length);
    checkHere(job, (i, o) => (outcomes[i] = o));
  }
  files.forEach((file, i) => {
    const o = outcomes[i];
    if ('error' in o) unreadable.push({ file, error: o.error });
    else results.push({ file, findings: o.findings });
  });
  return { results, config, unreadable };
}

/** Below this many files one thread is faster than starting workers. */
const PARALLEL_FROM = 300;

/** Files are handed out in batches of this many: small enough to keep the threads evenly busy. */
const BATCH = 8;

interface WorkerJob {
  skjCheck: true;
  /** Every file to check (standards and kamus), in output order. */
  files: string[];
  /** The kamus files among them: every thread reads and indexes them itself. */
  kamus: string[];
  config: SkjConfig;
  locale: Locale;
  /** Shared Int32Array[1]: index of the next file to hand out (workers only). */
  next?: Int32Array;
}

/** What became of one file: its findings, or why it could not be read. */
type Outcome = { findings: Finding[] } | { error: string };

/** A kamus index built from the job's kamus files (those that cannot be read are left out). */
function kamusIndexOf(job: WorkerJob): KamusIndex {
  const index = new KamusIndex();
  for (const f of job.kamus) {
    let text: string;
    try {
      text = readText(f);
    } catch {
      continue; // reported as unreadable by the thread that checks it
    }
    index.setText(fileUri(f), text);
  }
  return index;
}

function checkFile(job: WorkerJob, index: KamusIndex, f: string): Outcome {
  let text: string;
  try {
    text = readText(f);
  } catch (e) {
    return { error: (e as Error).message };
  }
  const kind = fileKindOf(f) ?? 'skj';
  const findings: Finding[] = analyze(fileUri(f), text, { config: job.config, kamus: index, locale: job.locale, kind }).findings;
  const encoding = text.includes('\uFFFD') ? encodingFinding(f, text, job.config, job.locale) : undefined;
  return { findings: encoding ? [encoding, ...findings] : findings };
}

/**
 * Checks files on this thread: the given indexes, else with `job.next` the batches this thread
 * takes from the shared counter until none is left, else all of them. Passes each outcome to `put`.
 */
function checkHere(job: WorkerJob, put: (i: number, o: Outcome) => void, only?: number[]): void {
  const index = kamusIndexOf(job);
  const n = job.files.length;
  if (only) for (const i of only) put(i, checkFile(job, index, job.files[i]));
  else if (!job.next) for (let i = 0; i < n; i++) put(i, checkFile(job, index, job.files[i]));
  else {
    for (let start = Atomics.add(job.next, 0, BATCH); start < n; start = Atomics.add(job.next, 0, BATCH)) {
      for (let i = start; i < Math.min(start + BATCH, n); i++) put(i, checkFile(job, index, job.files[i]));
    }
  }
}

/**
 * Checks the files on `n` threads: this one and n-1 workers, which take batches of files from
 * a shared counter as they go (each thread reads its own files and the kamus files). Outcomes
 * keep the input order. Files of a worker that cannot start or fails are redone here.
 */
async function checkInWorkers(job: WorkerJob, n: number): Promise<Outcome[]> {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const shared: WorkerJob = { ...job, next };
  const out = new Array<Outcome | undefined>(job.files.length);
  const pending = Array.from(
    { length: n - 1 },
    () =>
      new Promise<void>((resolve) => {
        let w: Worker;
        try {
          w = new Worker(__filename, { workerData: shared });
        } catch {
          return resolve();
        }
        w.once('message', (r: [number, Outcome][]) => {
          for (const [i, o] of r) out[i] = o;
          resolve();
        });
        w.once('error', () => resolve());
        w.once('exit', () => resolve());
      }),
  );
  const put = (i: number, o: Outcome) => (out[i] = o);
  checkHere(shared, put);
  await Promise.all(pending);
  const missing = out.flatMap((o, i) => (o ? [] : [i]));
  if (missing.length) checkHere(job, put, missing);
  return out as Outcome[];
}

// A worker thread started by checkInWorkers: check batches of files and send the outcomes back.
if (!isMainThread && (workerData as WorkerJob | undefined)?.skjCheck) {
  const done: [number, Outcome][] = [];
  checkHere(workerData as WorkerJob, (i, o) => done.push([i, o]));
  parentPort!.postMessage(done);
}
