import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { analyze, analyzeParsed } from '../core/analyze';
import { DEFAULT_CONFIG, SkjConfig } from '../core/config/config';
import { ConfigModel, ResolvedConfig } from '../core/config/resolve';
import type { Competency } from '../core/dictionary/model';
import { kamusCompetencies, KamusModel } from '../core/model/kamus-model';
import type { ParsedFile } from '../core/parse/parsed-file';
import { RULE_IDS } from '../core/rules';
import { FileKind, fileKindOf, Finding, Locale } from '../core/types';
import { KamusIndex } from '../core/workspace/kamus-index';
import { readFileSafe, realPath } from '../fs/read';
import { walkFiles } from '../fs/walk';
import { configReader, discoverWorkspace, ignoresIn, kamusFromGlobs } from '../fs/workspace-files';
import { CLI_READ_LIMIT, expandArgs, repositoryOf } from './files';
import { fixFile } from './fix';
import type { FileFindings } from './formatters';
import { configLocale } from './locale';

export interface CheckOptions {
  configPath?: string;
  locale?: Locale;
  cwd: string;
  /** Let config globs reach outside the repository (--allow-outside). */
  allowOutside?: boolean;
  /** The language when neither `locale` nor a config's `locale:` says (e.g. from LANG). */
  fallbackLocale?: Locale;
  /** The kind of files whose name is neither a standard's nor a kamus's (`--kind`). */
  kind?: 'skj' | 'kamus';
  /** Texts to check instead of reading the file of that path (standard input). */
  texts?: Record<string, string>;
  /** Apply the editor's fix-all to each file; the findings are then those of the fixed text. */
  fix?: boolean;
}

export interface CheckResult {
  results: FileFindings[];
  /** The config of the first file (for the summary's language). */
  config: SkjConfig;
  /** The language of the first file's messages (for the summary). */
  locale: Locale;
  /** With `fix`: the fixed text of each file the fixes changed, by path. */
  fixed: Map<string, string>;
  /** Files that could not be read (exit code 2). */
  unreadable: { file: string; error: string }[];
}

/** Reads a file through the safe layer (a regular file, at most CLI_READ_LIMIT bytes); throws why not. */
function readFile(file: string): { text: string; bytes: Buffer } {
  const r = readFileSafe(file, { limit: CLI_READ_LIMIT });
  if (!r.ok) throw new Error(r.reason === 'missing' ? 'no such file' : r.message.replace(`${file}: `, ''));
  return r;
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

/**
 * Checks standards and kamus files as the editor does: each file is judged by the nearest
 * skj.config.yaml upward within its repository (git root, else the outermost config's folder),
 * against every kamus file of that repository and those its configs' globs name (confined to the
 * repository unless allowOutside), with the editor's ignore rules.
 */
export async function checkPaths(args: string[], opts: CheckOptions): Promise<CheckResult> {
  const configs = new ConfigModel(configReader(), RULE_IDS, () => opts.locale ?? opts.fallbackLocale ?? 'id');
  const ignores = ignoresIn(configs);
  const { inputs, unreadable } = expandArgs(args, opts.cwd, ignores);
  // Standard input's file is found from the nearest existing folder above its name.
  const existingDir = (d: string): string => (fs.existsSync(d) || path.dirname(d) === d ? d : existingDir(path.dirname(d)));
  for (const f of Object.keys(opts.texts ?? {})) if (!inputs.some((i) => i.file === f)) inputs.push({ file: f, from: existingDir(path.dirname(f)) });
  const kindOfInput = (f: string): FileKind => fileKindOf(f) ?? opts.kind ?? 'skj';
  const explicit = opts.configPath ? configs.load(opts.configPath) : undefined;
  if (explicit && !explicit.file) throw new Error(`cannot read ${opts.configPath}: no such file`);
  if (explicit?.refused) throw new Error(`cannot read ${opts.configPath}: ${explicit.refused}`);
  const results: FileFindings[] = [];
  const roots: string[] = [];
  const rootIndex = new Map<string, number>();
  const kamusFiles: string[][] = [];
  const configList: SkjConfig[] = [];
  const configIndex = new Map<ResolvedConfig, number>();
  const reported = new Map<string, Finding[]>();
  const files: string[] = [];
  const rootOf: number[] = [];
  const configOf: number[] = [];
  const walkedFrom = new Set<string>();
  for (const { file, from } of inputs) {
    const root = repositoryOf(path.dirname(file)) ?? realPath(from) ?? from;
    let r = rootIndex.get(root);
    if (r === undefined) {
      rootIndex.set(root, (r = roots.length));
      roots.push(root);
      const ws = discoverWorkspace(root, { configs, ignoresIn: ignores, globRoots: opts.allowOutside ? 'any' : [root], locale: opts.locale ?? 'id' });
      for (const e of ws.errors) unreadable.push({ file: e.path, error: e.message });
      const list = new Set(ws.kamus);
      if (explicit) {
        const extra = kamusFromGlobs(explicit, { configs, ignoresIn: ignores, globRoots: opts.allowOutside ? 'any' : [root], locale: opts.locale ?? 'id' });
        extra.files.forEach((f) => list.add(f));
        if (extra.findings.length) ws.configFindings.set(explicit.file!, extra.findings);
      }
      kamusFiles.push([...list]);
      for (const [cfg, f] of ws.configFindings) reported.set(cfg, [...(reported.get(cfg) ?? []), ...f]);
    }
    const resolved = explicit ?? configs.configFor(file, root);
    let c = configIndex.get(resolved);
    if (c === undefined) {
      configIndex.set(resolved, (c = configList.length));
      configList.push(resolved.config);
    }
    if (!walkedFrom.has(from)) {
      // The kamus files around the input too, should the repository's ignore files skip them.
      walkedFrom.add(from);
      const near = walkFiles(from, { accept: (f) => fileKindOf(f) === 'kamus', ignoresIn: ignores, ignoreRoot: root });
      for (const k of near.files) if (!kamusFiles[r].includes(k)) kamusFiles[r].push(k);
    }
    if (kindOfInput(file) === 'kamus' && !kamusFiles[r].includes(file)) kamusFiles[r].push(file);
    files.push(file);
    rootOf.push(r);
    configOf.push(c);
  }
  // `skj check skj.config.yaml` alone: that config's own findings.
  if (explicit?.file && !inputs.length && explicit.findings.length) results.push({ file: explicit.file, findings: explicit.findings });
  // The findings of every config file that judges a checked file, before the files.
  for (const resolved of configIndex.keys()) {
    if (!resolved.file) continue;
    const findings = [...resolved.findings, ...(reported.get(resolved.file) ?? [])];
    if (findings.length) results.push({ file: resolved.file, findings });
  }
  // Each config's language: --locale, else its own `locale:`, else the fallback (LANG), else id.
  const localeOf = [...configIndex.keys()].map((r) => opts.locale ?? (r.file ? configLocale(r.file) : undefined) ?? opts.fallbackLocale ?? r.config.locale);
  const job: WorkerJob = { skjCheck: true, files, configs: configList, configOf, rootOf, kamusFiles, localeOf, kind: opts.kind, texts: opts.texts, fix: opts.fix };
  // SKJ_THREADS sets the number of threads (1 = no workers); default: one per core, at most 8.
  const threads = Number(process.env.SKJ_THREADS) || Math.min(os.availableParallelism?.() ?? os.cpus().length, 8);
  const outcomes = files.length >= PARALLEL_FROM && threads > 1 ? await checkInWorkers(job, threads) : checkAllHere(job);
  const fixed = new Map<string, string>();
  files.forEach((file, i) => {
    const o = outcomes[i];
    if ('error' in o) unreadable.push({ file, error: o.error });
    else {
      results.push({ file, findings: o.findings });
      if (o.fixed !== undefined) fixed.set(file, o.fixed);
    }
  });
  const locale = localeOf[0] ?? opts.locale ?? (explicit?.file ? configLocale(explicit.file) : undefined) ?? opts.fallbackLocale ?? 'id';
  return { results, config: configList[0] ?? explicit?.config ?? DEFAULT_CONFIG, locale, fixed, unreadable };
}

/** Below this many files one thread is faster than starting workers. */
const PARALLEL_FROM = 300;

/** Files are handed out in batches of this many: small enough to keep the threads evenly busy. */
const BATCH = 8;

interface WorkerJob {
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
type Outcome = { findings: Finding[]; fixed?: string } | { error: string };

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

type KamusRead = { file: ParsedFile; model: KamusModel; text: string; bytes: Buffer } | { error: string };

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

/** Checks files[i]; a kamus file with its parse from indexKamus. */
function checkFile(job: WorkerJob, indexes: KamusIndex[], i: number, kamus?: KamusRead): Outcome {
  if (kamus && 'error' in kamus) return kamus;
  const f = job.files[i];
  let read: { text: string; bytes: Buffer };
  try {
    read = kamus ?? jobRead(job, f);
  } catch (e) {
    return { error: (e as Error).message };
  }
  const config = job.configs[job.configOf[i]];
  const locale = job.localeOf[job.configOf[i]];
  const opts = { config, kamus: indexes[job.rootOf[i]], locale, kind: kindOf(job, f) };
  const analysis = kamus ? analyzeParsed(kamus.file, opts, { kamus: kamus.model }) : analyze(fileUri(f), read.text, opts);
  let findings: Finding[] = analysis.findings;
  const encoding = read.text.includes('\uFFFD') ? encodingFinding(read.bytes, read.text, config, locale) : undefined;
  // A file that is not UTF-8 is not rewritten: its invalid bytes would be lost.
  const fix = job.fix && !encoding && findings.some((x) => x.fixes?.length) ? fixFile(analysis, opts) : undefined;
  if (fix) findings = fix.remaining;
  return { findings: encoding ? [encoding, ...findings] : findings, fixed: fix?.text };
}

/**
 * Checks the files that are not kamus files on this thread: the given indexes, else with
 * `job.next` the batches this thread takes from the shared counter until none is left, else
 * all of them. Passes each outcome to `put`.
 */
function checkStandards(job: WorkerJob, indexes: KamusIndex[], put: (i: number, o: Outcome) => void, only?: number[]): void {
  const n = job.files.length;
  const one = (i: number) => {
    if (kindOf(job, job.files[i]) !== 'kamus') put(i, checkFile(job, indexes, i));
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
  const put = (i: number, o: Outcome) => (out[i] = o);
  checkKamusFiles(job, kamus, put);
  checkStandards(shared, kamus.indexes, put);
  await Promise.all(pending);
  const missing = out.flatMap((o, i) => (o ? [] : [i]));
  if (missing.length) checkStandards(job, kamus.indexes, put, missing);
  return out as Outcome[];
}

// A worker thread started by checkInWorkers: wait for the kamus definitions, check batches of
// files and send the outcomes back.
if (!isMainThread && (workerData as WorkerJob | undefined)?.skjCheck) {
  parentPort!.once('message', (definitions: KamusDefinitions[]) => {
    const done: [number, Outcome][] = [];
    checkStandards(workerData as WorkerJob, definitions.map(indexOfDefinitions), (i, o) => done.push([i, o]));
    parentPort!.postMessage(done);
  });
}
