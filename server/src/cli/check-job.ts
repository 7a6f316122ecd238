/**
 * The work of `skj check` once the files and their configs are known: read, parse and judge each
 * file against its repository's kamus files, on this thread or, for a large batch, on one thread
 * per core (worker threads running this same bundle). Outcomes keep the input order.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { isMainThread, parentPort, receiveMessageOnPort, Worker, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { analyzeParsed } from '../core/analyze';
import type { SkjConfig } from '../core/config/config';
import type { Competency } from '../core/dictionary/model';
import { kamusCompetencies, KamusModel } from '../core/model/kamus-model';
import { parseFile, ParsedFile } from '../core/parse/parsed-file';
import { FileKind, fileKindOf, Finding, Locale } from '../core/types';
import { KamusIndex } from '../core/workspace/kamus-index';
import { StandardSummary, summarizeStandard, summarizeText } from '../core/workspace/standards-index';
import type { Suppressions } from '../core/suppress';
import { readFileSafe } from '../fs/read';
import { CLI_READ_LIMIT } from './files';
import { fixFile } from './fix';

/** Reads a file through the safe layer (a regular file, at most CLI_READ_LIMIT bytes); throws why not. */
export function readFile(file: string): { text: string; bytes: Buffer } {
  const r = readFileSafe(file, { limit: CLI_READ_LIMIT });
  if (!r.ok) throw new Error(r.reason === 'missing' ? 'no such file' : r.message.replace(`${file}: `, ''));
  return r;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

const dirUris = new Map<string, string>();

/** pathToFileURL(file).href, with the folder's URL computed once per folder for plain file names. */
export function fileUri(file: string): string {
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
function encodingFinding(bytes: Buffer, text: string, config: SkjConfig, locale: Locale): Finding | undefined {
  if (config.rules['yaml-syntax'] === 'off') return undefined;
  try {
    strictUtf8.decode(bytes);
    return undefined;
  } catch {
    /* not UTF-8 */
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

/** Below this many files one thread is faster than starting workers. */
const PARALLEL_FROM = 300;

/** Files are handed out in batches of this many: small enough to keep the threads evenly busy. */
const BATCH = 8;

export interface WorkerJob {
  skjCheck: true;
  /** Every file to check (standards and kamus), in output order. */
  files: string[];
  /** The configs files are judged by; configOf[i] indexes it for files[i]. */
  configs: SkjConfig[];
  configOf: number[];
  /** The repository of files[i] (an index into kamusFiles). */
  rootOf: number[];
  /** Per repository: every kamus file its standards are checked against. */
  kamusFiles: string[][];
  /** The language of each config's files (by config index). */
  localeOf: Locale[];
  kind?: 'skj' | 'kamus';
  texts?: Record<string, string>;
  fix?: boolean;
  /** Shared Int32Array[1]: index of the next file to hand out (workers only). */
  next?: Int32Array;
}

/** What became of one file: its findings, or why it could not be read. */
export type Outcome = { findings: Finding[]; fixed?: string; summary?: StandardSummary; suppressions?: Suppressions } | { error: string };

/** A file's kind: by its name, else `--kind`, else a standard. */
function kindOf(job: WorkerJob, f: string): FileKind {
  return fileKindOf(f) ?? job.kind ?? 'skj';
}

/** A file's text: standard input's when it is that file, else read through the safe layer. */
function jobRead(job: WorkerJob, f: string): { text: string; bytes: Buffer } {
  const t = job.texts?.[f];
  return t !== undefined ? { text: t, bytes: Buffer.from(t, 'utf8') } : readFile(f);
}

/** The definitions of each kamus file, by URI: what a worker's index is built from. */
type KamusDefinitions = [string, Competency[]][];

/**
 * The kamus files of the job, read, parsed and indexed once (on the main thread): one index per
 * repository, each kamus file's parse (to check the file itself without parsing it again) or why
 * it is unreadable, and the definitions for the workers' indexes.
 */
interface IndexedKamus {
  indexes: KamusIndex[];
  /** By path. */
  reads: Map<string, KamusRead>;
  definitions: KamusDefinitions[];
}

type KamusRead = (Exclude<Prepared, { error: string }> & { model: KamusModel }) | { error: string };

function indexKamus(job: WorkerJob): IndexedKamus {
  const kamus: IndexedKamus = { indexes: [], reads: new Map(), definitions: [] };
  for (const list of job.kamusFiles) {
    const index = new KamusIndex();
    const definitions: KamusDefinitions = [];
    for (const f of list) {
      const uri = fileUri(f);
      const known = kamus.reads.get(f);
      if (known) {
        if (!('error' in known)) {
          const defs = kamusCompetencies(known.file, known.model);
          index.set(uri, defs);
          definitions.push([uri, defs]);
        }
        continue;
      }
      let read: { text: string; bytes: Buffer };
      try {
        read = jobRead(job, f);
      } catch (e) {
        kamus.reads.set(f, { error: (e as Error).message });
        continue;
      }
      // Parsed whole: its items are parsed once, so the thread's chunk cache would only keep them
      // in place of the standards'.
      const { file, model, definitions: defs } = index.setText(uri, read.text, { chunks: null });
      definitions.push([uri, defs]);
      kamus.reads.set(f, { file, model, text: read.text, bytes: read.bytes });
    }
    kamus.indexes.push(index);
    kamus.definitions.push(definitions);
  }
  return kamus;
}

function indexOfDefinitions(definitions: KamusDefinitions): KamusIndex {
  const index = new KamusIndex();
  for (const [uri, list] of definitions) index.set(uri, list);
  return index;
}

/** A file read and parsed: the part of its check that needs no kamus. */
type Prepared = { file: ParsedFile; text: string; bytes: Buffer } | { error: string };

function prepare(job: WorkerJob, i: number): Prepared {
  const f = job.files[i];
  let read: { text: string; bytes: Buffer };
  try {
    read = jobRead(job, f);
  } catch (e) {
    return { error: (e as Error).message };
  }
  return { ...read, file: parseFile(fileUri(f), kindOf(job, f), read.text) };
}

/** Checks files[i], read and parsed now or before (a kamus file: by indexKamus). */
function checkFile(job: WorkerJob, indexes: KamusIndex[], i: number, pre: Prepared | KamusRead = prepare(job, i)): Outcome {
  if ('error' in pre) return pre;
  const f = job.files[i];
  const config = job.configs[job.configOf[i]];
  const locale = job.localeOf[job.configOf[i]];
  const opts = { config, kamus: indexes[job.rootOf[i]], locale, kind: kindOf(job, f) };
  const analysis = analyzeParsed(pre.file, opts, 'model' in pre ? { kamus: pre.model } : undefined);
  let findings: Finding[] = analysis.findings;
  const encoding = pre.text.includes('\uFFFD') ? encodingFinding(pre.bytes, pre.text, config, locale) : undefined;
  // A file that is not UTF-8 is not rewritten: its invalid bytes would be lost.
  const fix = job.fix && !encoding && findings.some((x) => x.fixes?.length) ? fixFile(analysis, opts) : undefined;
  if (fix) findings = fix.remaining;
  // A standard's summary and suppression comments, for the cross-standard rules after the batch.
  // With --fix, of the fixed text (a fix may change the job code itself).
  const summary = !analysis.skj ? undefined : fix?.text !== undefined ? summarizeText(fileUri(f), fix.text) : summarizeStandard(analysis.file, analysis.skj);
  const suppressions = summary && pre.text.includes('skj-disable') ? analysis.suppressions : undefined;
  return { findings: encoding ? [encoding, ...findings] : findings, fixed: fix?.text, summary, suppressions };
}

/**
 * Checks the files that are not kamus files on this thread: the given indexes, else with
 * `job.next` the batches this thread takes from the shared counter until none is left, else
 * all of them. Passes each outcome to `put`.
 */
function checkStandards(job: WorkerJob, indexes: KamusIndex[], put: (i: number, o: Outcome) => void, only?: number[]): void {
  const one = (i: number) => {
    if (kindOf(job, job.files[i]) !== 'kamus') put(i, checkFile(job, indexes, i));
  };
  if (only) only.forEach(one);
  else if (!job.next) job.files.forEach((_, i) => one(i));
  else for (let batch = takeBatch(job); batch; batch = takeBatch(job)) batch.forEach(one);
}

/** The indexes of the next batch of files from the shared counter; undefined when none is left. */
function takeBatch(job: WorkerJob): number[] | undefined {
  const start = Atomics.add(job.next!, 0, BATCH);
  if (start >= job.files.length) return undefined;
  return Array.from({ length: Math.min(BATCH, job.files.length - start) }, (_, k) => start + k);
}

/** Checks every file on this thread: the kamus files first (they make the index), then the rest. */
function checkAllHere(job: WorkerJob): Outcome[] {
  const out = new Array<Outcome>(job.files.length);
  const kamus = indexKamus(job);
  checkKamusFiles(job, kamus, (i, o) => (out[i] = o));
  checkStandards(job, kamus.indexes, (i, o) => (out[i] = o));
  return out;
}

/** Checks the job's kamus files with the parses indexKamus made. */
function checkKamusFiles(job: WorkerJob, kamus: IndexedKamus, put: (i: number, o: Outcome) => void): void {
  job.files.forEach((f, i) => {
    if (kindOf(job, f) === 'kamus') put(i, checkFile(job, kamus.indexes, i, kamus.reads.get(f) ?? { error: 'not read' }));
  });
}

/** Checks the job's files: on one thread per core (at most 8) for a large batch, else on this one. */
export function runJob(job: WorkerJob, whileChecking?: () => void): Promise<Outcome[]> | Outcome[] {
  // SKJ_THREADS sets the number of threads (1 = no workers); default: one per core, at most 8.
  const threads = Number(process.env.SKJ_THREADS) || Math.min(os.availableParallelism?.() ?? os.cpus().length, 8);
  if (job.files.length >= PARALLEL_FROM && threads > 1) return checkInWorkers(job, threads, whileChecking);
  whileChecking?.();
  return checkAllHere(job);
}

/**
 * Checks the files on `n` threads: this one and n-1 workers. This thread reads and indexes the
 * kamus files while the workers start, sends them the definitions and checks the kamus files;
 * then every thread takes batches of the other files from a shared counter as it goes, reading
 * them itself. Outcomes keep the input order. Files of a worker that cannot start or fails are
 * redone here.
 */
async function checkInWorkers(job: WorkerJob, n: number, whileChecking?: () => void): Promise<Outcome[]> {
  const shared: WorkerJob = { ...job, next: new Int32Array(new SharedArrayBuffer(4)) };
  const out = new Array<Outcome | undefined>(job.files.length);
  const workers: Worker[] = [];
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
        workers.push(w);
        w.once('message', (r: [number, Outcome][]) => {
          for (const [i, o] of r) out[i] = o;
          resolve();
        });
        w.once('error', () => resolve());
        w.once('exit', () => resolve());
      }),
  );
  const kamus = indexKamus(job);
  for (const w of workers) w.postMessage(kamus.definitions);
  // The workers check meanwhile (the files are handed out as threads ask).
  whileChecking?.();
  const put = (i: number, o: Outcome) => (out[i] = o);
  checkKamusFiles(job, kamus, put);
  checkStandards(shared, kamus.indexes, put);
  await Promise.all(pending);
  const missing = out.flatMap((o, i) => (o ? [] : [i]));
  if (missing.length) checkStandards(job, kamus.indexes, put, missing);
  return out as Outcome[];
}

/** Files a worker reads and parses at most while it waits for the kamus definitions. */
const EARLY_MAX = 256;

// A worker thread started by checkInWorkers. While the main thread reads and indexes the kamus
// files it takes batches and reads and parses them (that needs no kamus; on 2,000 standards it
// is about a tenth of the work); with the definitions it checks those and the batches it takes
// next, then sends all the outcomes back.
if (!isMainThread && (workerData as WorkerJob | undefined)?.skjCheck) {
  const job = workerData as WorkerJob;
  const early = new Map<number, Prepared>();
  let got = receiveMessageOnPort(parentPort!);
  while (!got && early.size < EARLY_MAX) {
    const batch = takeBatch(job);
    if (!batch) break;
    for (const i of batch) if (kindOf(job, job.files[i]) !== 'kamus') early.set(i, prepare(job, i));
    got = receiveMessageOnPort(parentPort!);
  }
  const run = (definitions: KamusDefinitions[]) => {
    const indexes = definitions.map(indexOfDefinitions);
    const done: [number, Outcome][] = [];
    for (const [i, pre] of early) done.push([i, checkFile(job, indexes, i, pre)]);
    early.clear();
    checkStandards(job, indexes, (i, o) => done.push([i, o]));
    parentPort!.postMessage(done);
  };
  if (got) run(got.message as KamusDefinitions[]);
  else parentPort!.once('message', run);
}
