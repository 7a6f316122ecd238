import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { analyze, analyzeParsed } from '../core/analyze';
import { DEFAULT_CONFIG, parseConfig, SkjConfig } from '../core/config/config';
import type { Competency } from '../core/dictionary/model';
import type { KamusModel } from '../core/model/kamus-model';
import type { ParsedFile } from '../core/parse/parsed-file';
import { RULE_IDS, RULES } from '../core/rules';
import { comparePositions, fileKindOf, Finding, Locale } from '../core/types';
import { KamusIndex } from '../core/workspace/kamus-index';
import { StandardsIndex, StandardSummary, summarizeStandard } from '../core/workspace/standards-index';
import { crossStandardFindings } from '../core/rules/cross-standard';
import { findSuppressions, Suppressions } from '../core/suppress';
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
  /** The summaries of the standards checked (what `skj report` lists). */
  standards: StandardsIndex;
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
  const job: WorkerJob = { skjCheck: true, files, config, locale: effectiveLocale };
  // SKJ_THREADS sets the number of threads (1 = no workers); default: one per core, at most 8.
  const threads = Number(process.env.SKJ_THREADS) || Math.min(os.availableParallelism?.() ?? os.cpus().length, 8);
  const outcomes = files.length >= PARALLEL_FROM && threads > 1 ? await checkInWorkers(job, threads) : checkAllHere(job);
  const standards = new StandardsIndex();
  for (const o of outcomes) if ('summary' in o && o.summary) standards.set(o.summary);
  files.forEach((file, i) => {
    const o = outcomes[i];
    if ('error' in o) unreadable.push({ file, error: o.error });
    else results.push({ file, findings: o.summary && standards.size > 1 ? withCrossStandard(o, standards, config, effectiveLocale) : o.findings });
  });
  return { results, config, unreadable, standards };
}

/** Below this many files one thread is faster than starting workers. */
const PARALLEL_FROM = 300;

/** Files are handed out in batches of this many: small enough to keep the threads evenly busy. */
const BATCH = 8;

interface WorkerJob {
  skjCheck: true;
  /** Every file to check (standards and kamus), in output order. */
  files: string[];
  config: SkjConfig;
  locale: Locale;
  /** Shared Int32Array[1]: index of the next file to hand out (workers only). */
  next?: Int32Array;
}

/**
 * What became of one file: its findings (for a standard also its summary and suppression
 * comments, for the cross-standard rules once every summary is known), or why it could not be read.
 */
type Outcome = { findings: Finding[]; summary?: StandardSummary; suppressions?: Suppressions } | { error: string };

/** The findings of a standard with those of the cross-standard rules (duplicate-job-code, …) added. */
function withCrossStandard(o: { findings: Finding[]; summary?: StandardSummary; suppressions?: Suppressions }, standards: StandardsIndex, config: SkjConfig, locale: Locale): Finding[] {
  const cross = crossStandardFindings(RULES, o.summary!, standards, config, locale, o.suppressions);
  return cross.length ? [...o.findings, ...cross].sort((a, b) => comparePositions(a.range.start, b.range.start)) : o.findings;
}

/** The definitions of each kamus file, by URI: what a worker's index is built from. */
type KamusDefinitions = [string, Competency[]][];

/**
 * The kamus files of the job, read, parsed and indexed once (on the main thread): the index,
 * each file's parse (to check the file itself without parsing it again) or why it is unreadable,
 * and the definitions for the workers' indexes.
 */
interface IndexedKamus {
  index: KamusIndex;
  /** By index in job.files. */
  outcomes: Map<number, KamusRead>;
  definitions: KamusDefinitions;
}

type KamusRead = { file: ParsedFile; model: KamusModel; text: string } | { error: string };

function indexKamus(job: WorkerJob): IndexedKamus {
  const kamus: IndexedKamus = { index: new KamusIndex(), outcomes: new Map(), definitions: [] };
  job.files.forEach((f, i) => {
    if (fileKindOf(f) !== 'kamus') return;
    let text: string;
    try {
      text = readText(f);
    } catch (e) {
      kamus.outcomes.set(i, { error: (e as Error).message });
      return;
    }
    // Parsed whole: its items are parsed once, so the thread's chunk cache would only keep them
    // in place of the standards'.
    const uri = fileUri(f);
    const { file, model, definitions } = kamus.index.setText(uri, text, { chunks: null });
    kamus.definitions.push([uri, definitions]);
    kamus.outcomes.set(i, { file, model, text });
  });
  return kamus;
}

function indexOfDefinitions(definitions: KamusDefinitions): KamusIndex {
  const index = new KamusIndex();
  for (const [uri, list] of definitions) index.set(uri, list);
  return index;
}

/** Checks one file; a kamus file with its parse from indexKamus. */
function checkFile(job: WorkerJob, index: KamusIndex, f: string, kamus?: KamusRead): Outcome {
  if (kamus && 'error' in kamus) return kamus;
  let text: string;
  try {
    text = kamus ? kamus.text : readText(f);
  } catch (e) {
    return { error: (e as Error).message };
  }
  const opts = { config: job.config, kamus: index, locale: job.locale, kind: fileKindOf(f) ?? 'skj' };
  const analysis = kamus ? analyzeParsed(kamus.file, opts, { kamus: kamus.model }) : analyze(fileUri(f), text, opts);
  const findings = analysis.findings;
  const encoding = text.includes('\uFFFD') ? encodingFinding(f, text, job.config, job.locale) : undefined;
  const summary = analysis.skj ? summarizeStandard(analysis.file, analysis.skj) : undefined;
  const suppressions = summary && text.includes('skj-disable') ? findSuppressions(analysis.file) : undefined;
  return { findings: encoding ? [encoding, ...findings] : findings, summary, suppressions };
}

/**
 * Checks the files that are not kamus files on this thread: the given indexes, else with
 * `job.next` the batches this thread takes from the shared counter until none is left, else
 * all of them. Passes each outcome to `put`.
 */
function checkStandards(job: WorkerJob, index: KamusIndex, put: (i: number, o: Outcome) => void, only?: number[]): void {
  const n = job.files.length;
  const one = (i: number) => {
    const f = job.files[i];
    if (fileKindOf(f) !== 'kamus') put(i, checkFile(job, index, f));
  };
  if (only) only.forEach(one);
  else if (!job.next) for (let i = 0; i < n; i++) one(i);
  else {
    for (let start = Atomics.add(job.next, 0, BATCH); start < n; start = Atomics.add(job.next, 0, BATCH)) {
      for (let i = start; i < Math.min(start + BATCH, n); i++) one(i);
    }
  }
}

/** Checks every file on this thread: the kamus files first (they make the index), then the rest. */
function checkAllHere(job: WorkerJob): Outcome[] {
  const out = new Array<Outcome>(job.files.length);
  const kamus = indexKamus(job);
  for (const [i, k] of kamus.outcomes) out[i] = checkFile(job, kamus.index, job.files[i], k);
  checkStandards(job, kamus.index, (i, o) => (out[i] = o));
  return out;
}

/**
 * Checks the files on `n` threads: this one and n-1 workers. This thread reads and indexes the
 * kamus files while the workers start, sends them the definitions and checks the kamus files;
 * then every thread takes batches of the other files from a shared counter as it goes, reading
 * them itself. Outcomes keep the input order. Files of a worker that cannot start or fails are
 * redone here.
 */
async function checkInWorkers(job: WorkerJob, n: number): Promise<Outcome[]> {
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
  for (const [i, k] of kamus.outcomes) out[i] = checkFile(job, kamus.index, job.files[i], k);
  const put = (i: number, o: Outcome) => (out[i] = o);
  checkStandards(shared, kamus.index, put);
  await Promise.all(pending);
  const missing = out.flatMap((o, i) => (o ? [] : [i]));
  if (missing.length) checkStandards(job, kamus.index, put, missing);
  return out as Outcome[];
}

// A worker thread started by checkInWorkers: wait for the kamus definitions, check batches of
// files and send the outcomes back.
if (!isMainThread && (workerData as WorkerJob | undefined)?.skjCheck) {
  parentPort!.once('message', (definitions: KamusDefinitions) => {
    const done: [number, Outcome][] = [];
    checkStandards(workerData as WorkerJob, indexOfDefinitions(definitions), (i, o) => done.push([i, o]));
    parentPort!.postMessage(done);
  });
}
