/**
 * Property-based fuzzing of the language server and the core's quick fixes (fast-check).
 *
 * An edit is described independently of the text it applies to (positions are fractions of the
 * current text), so any sequence of edits applies to any document and shrinks well. The same
 * edits drive the server over stdio (test/robustness/fuzz-server.test.ts, `npm run fuzz`) and
 * the quick-fix property in-process (test/robustness/quickfix-safety.test.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from '../support/lsp-client';
import { repoRoot } from '../support/paths';
import { CRASH_SIGNS, documentRequests, rangeProblem } from '../robustness/support';

// ---------------------------------------------------------------------------------------------
// Edits

export type Edit =
  | { op: 'deleteChars'; at: number; len: number }
  | { op: 'insertText'; at: number; text: string }
  | { op: 'deleteLine'; line: number }
  | { op: 'duplicateLine'; line: number }
  | { op: 'moveLine'; line: number; to: number }
  | { op: 'replaceValue'; line: number; value: string }
  | { op: 'indent'; line: number; delta: number };

const YAML_TOKENS = [':', ': ', '- ', '-', '[', ']', '{', '}', ',', '&a ', '*a', '&b ', '*b', '<<: *a', '!!js/function ', '!foo ', '!!str ', '"', "'", '#', '# skj-disable-next-line\n', '\t', '\n', '\r\n', '\r', '---\n', '...\n', '? ', '|', '>-', '%YAML 1.1\n', '~', 'null', '\0', '\uFEFF', ' '];
const KEYS = ['kode: ', 'level: ', 'deskripsi: ', 'indikator:', 'jabatan:', 'kompetensi:', 'manajerial:', 'sosial_kultural:', 'teknis:', 'jenjang: ', 'kelompok: ', 'pangkat: ', 'kamus:', 'nama: ', 'definisi: '];
const CODES = ['M.01', 'M.08', 'M.09', 'M.1', 'SK.01', 'SK.02', 'KT.TIK.03', 'KT.TIK.99', 'T.01', 'm.01', '', '"M.02"', 'M.01 ', 'M.0١'];
const LEVELS = ['0', '1', '2', '3', '4', '5', '6', '-1', '2.5', '"3"', 'lima', '1e3', '99999999999999999999', '0x10'];
const WORDS = ['Mengingatkan rekan kerja', 'Indikator 2.1 pengelolaan jaringan', 'pengawas', 'ahli-muda', 'administrasi', 'fungsional', 'Penata (III/c)', 'S-1', 'D-III'];
const UNICODE = ['😀', '👩‍👩‍👧‍👦', 'e\u0301', 'a\u0300\u0301\u0302\u0303', '\u200B', '\u202E', '\uD800', '\uDFFF', 'ß', 'İ', '中文', 'ـ', '\u2028', '\u2029', '\u0085', '\uFFFD'];

export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...YAML_TOKENS) },
  { weight: 2, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 2, arbitrary: fc.constantFrom(...CODES) },
  { weight: 2, arbitrary: fc.constantFrom(...LEVELS) },
  { weight: 1, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

const frac = fc.double({ min: 0, max: 1, noNaN: true });

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('deleteChars' as const), at: frac, len: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('insertText' as const), at: frac, text: textArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('deleteLine' as const), line: frac }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicateLine' as const), line: frac }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('moveLine' as const), line: frac, to: frac }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('replaceValue' as const), line: frac, value: fc.oneof(fc.constantFrom(...CODES, ...LEVELS, ...WORDS), textArb) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('indent' as const), line: frac, delta: fc.integer({ min: -4, max: 4 }) }) },
);

export interface Change {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

/** The LSP change an edit makes to `doc` (an incremental change over its current text). */
export function changeFor(doc: TextDocument, e: Edit): Change {
  const text = doc.getText();
  const lineCount = doc.lineCount;
  const lineOf = (f: number) => Math.min(lineCount - 1, Math.floor(f * lineCount));
  const lineStart = (l: number) => doc.offsetAt({ line: l, character: 0 });
  const lineEndWithBreak = (l: number) => (l + 1 < lineCount ? lineStart(l + 1) : text.length);
  const r = (a: number, b: number, t: string): Change => ({ range: { start: doc.positionAt(a), end: doc.positionAt(b) }, text: t });
  switch (e.op) {
    case 'deleteChars': {
      const at = Math.floor(e.at * text.length);
      return r(at, Math.min(text.length, at + e.len), '');
    }
    case 'insertText': {
      const at = Math.floor(e.at * text.length);
      return r(at, at, e.text);
    }
    case 'deleteLine': {
      const l = lineOf(e.line);
      return r(lineStart(l), lineEndWithBreak(l), '');
    }
    case 'duplicateLine': {
      const l = lineOf(e.line);
      const s = text.slice(lineStart(l), lineEndWithBreak(l));
      return r(lineStart(l), lineStart(l), s.endsWith('\n') || s.endsWith('\r') ? s : s + '\n');
    }
    case 'moveLine': {
      // Delete a line and insert it elsewhere: two edits would need two versions; approximated as
      // copying it to `to` (the deletion comes from a separate deleteLine edit in the sequence).
      const l = lineOf(e.line);
      const s = text.slice(lineStart(l), lineEndWithBreak(l));
      const to = lineStart(lineOf(e.to));
      return r(to, to, s.endsWith('\n') ? s : s + '\n');
    }
    case 'replaceValue': {
      const l = lineOf(e.line);
      const line = text.slice(lineStart(l), lineEndWithBreak(l)).replace(/\r?\n$|\r$/, '');
      const colon = line.indexOf(': ');
      const dash = /^\s*- /.exec(line);
      const from = colon >= 0 ? colon + 2 : dash ? dash[0].length : line.length;
      return r(lineStart(l) + from, lineStart(l) + line.length, e.value);
    }
    case 'indent': {
      const l = lineOf(e.line);
      const s = lineStart(l);
      if (e.delta >= 0) return r(s, s, ' '.repeat(e.delta));
      const spaces = /^ */.exec(text.slice(s, s + 8))![0].length;
      return r(s, s + Math.min(spaces, -e.delta), '');
    }
  }
}

/** Applies edits to a text in-process (the same way the server's TextDocument does). */
export function applyEdits(text: string, edits: Edit[], uri = 'untitled:x.skj.yaml'): string {
  let doc = TextDocument.create(uri, 'yaml', 1, text);
  for (const e of edits) doc = TextDocument.update(doc, [changeFor(doc, e)], doc.version + 1);
  return doc.getText();
}

// ---------------------------------------------------------------------------------------------
// Seeds

export interface Seed {
  name: string;
  uri: string;
  text: string;
}

export function seeds(): Seed[] {
  const ex = (n: string) => fs.readFileSync(path.join(repoRoot(), 'examples', n), 'utf8');
  return [
    { name: 'pengawas', uri: 'untitled:fuzz-pengawas.skj.yaml', text: ex('kasubbag-umum-pengawas.skj.yaml') },
    { name: 'pranata', uri: 'untitled:fuzz-pranata.skj.yaml', text: ex('pranata-komputer-ahli-pertama.skj.yaml') },
    { name: 'kamus', uri: 'untitled:fuzz-diskominfo.kamus.yaml', text: ex('diskominfo.kamus.yaml') },
  ];
}

export const runArb = (maxEdits: number): fc.Arbitrary<{ seed: number; edits: Edit[]; batch: number }> =>
  fc.record({
    seed: fc.integer({ min: 0, max: seeds().length - 1 }),
    edits: fc.array(editArb, { minLength: Math.min(30, maxEdits), maxLength: maxEdits, size: 'max' }),
    batch: fc.integer({ min: 1, max: 60 }),
  });

// ---------------------------------------------------------------------------------------------
// The server property

export interface FuzzStats {
  edits: number;
  requests: number;
  runs: number;
  restarts: number;
}

/**
 * A long-lived server that fuzz runs are played against. Restarted when a run killed it, so that
 * one crash does not fail every later (shrinking) run for the wrong reason.
 */
export class FuzzServer {
  client?: TestClient;
  readonly stats: FuzzStats = { edits: 0, requests: 0, runs: 0, restarts: 0 };
  /** Publications with a version older than one already published for the same document. */
  private stale: string[] = [];
  private seen = 0;

  async ensure(): Promise<TestClient> {
    if (this.client?.alive) return this.client;
    if (this.client) this.stats.restarts++;
    const c = new TestClient();
    await c.initialize();
    for (const s of seeds()) c.open(s.uri, s.text);
    this.client = c;
    this.seen = 0;
    return c;
  }

  async dispose(): Promise<number | null | undefined> {
    return this.client?.shutdown();
  }

  private checkPublications(c: TestClient): void {
    const maxSeen = new Map<string, number>();
    for (let i = 0; i < c.published.length; i++) {
      const p = c.published[i];
      if (p.version === undefined || p.version === null) continue;
      const m = maxSeen.get(p.uri) ?? 0;
      if (i >= this.seen && p.version < m) this.stale.push(`${p.uri}: version ${p.version} published after ${m}`);
      maxSeen.set(p.uri, Math.max(m, p.version));
    }
    this.seen = c.published.length;
  }

  /** Plays one run; throws (with a description) when an invariant breaks. */
  async play(run: { seed: number; edits: Edit[]; batch: number }, rng: () => number = mulberry32(run.seed * 7919 + run.edits.length * 31 + run.batch)): Promise<void> {
    const c = await this.ensure();
    this.stats.runs++;
    const seed = seeds()[run.seed];
    // Reset every document (the kamus feeds the standards), then edit the chosen one.
    for (const s of seeds()) c.change(s.uri, s.text);
    let doc = TextDocument.create(seed.uri, 'yaml', c.version(seed.uri), seed.text);
    const t0 = Date.now();
    for (let i = 0; i < run.edits.length; i++) {
      const change = changeFor(doc, run.edits[i]);
      const v = c.changeIncremental(seed.uri, [change]);
      doc = TextDocument.update(doc, [change], v);
      this.stats.edits++;
      if ((i + 1) % run.batch === 0 || i === run.edits.length - 1) await this.probe(c, doc, rng);
    }
    // The final state: diagnostics for exactly the latest version, all inside the document.
    const want = doc.version;
    const diags = await c.waitForDiagnostics(seed.uri, undefined, 4000).catch((e: Error) => {
      throw new Error(`no diagnostics for the latest version ${want} (${e.message})`);
    });
    const pub = c.diagnostics.get(seed.uri)!;
    if (pub.version !== want) throw new Error(`diagnostics for version ${pub.version}, document at ${want}`);
    const problem = rangeProblem(doc.getText(), diags);
    if (problem) throw new Error(`diagnostic outside the document: ${problem}`);
    this.checkPublications(c);
    if (this.stale.length) throw new Error(`stale diagnostics published: ${this.stale.join('; ')}`);
    this.health(c);
    if (Date.now() - t0 > 60000) throw new Error('a run took over a minute');
  }

  /** Every advertised request at a random position answers within 2 s without an error. */
  private async probe(c: TestClient, doc: TextDocument, rng: () => number): Promise<void> {
    const line = Math.floor(rng() * (doc.lineCount + 1));
    const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    const character = Math.floor(rng() * (lineText.length + 2));
    const reqs = documentRequests(c.capabilities, doc.uri, line, character).filter(([m]) => m !== 'textDocument/diagnostic');
    await Promise.all(
      reqs.map(async ([method, params]) => {
        this.stats.requests++;
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${method} not answered within 2 s`)), 2000)));
        try {
          const r = await Promise.race([c.request(method, params), timeout]);
          if (method === 'textDocument/codeAction' && Array.isArray(r)) checkCodeActions(doc, r as CodeActionLike[]);
        } catch (e) {
          throw new Error(`${method} at ${line}:${character} failed: ${(e as Error).message}`);
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    this.health(c);
  }

  private health(c: TestClient): void {
    if (!c.alive) throw new Error(`server exited (code ${c.exitCode}): ${c.stderr.slice(-2000)}`);
    const bad = (c.stderr + '\n' + c.log.join('\n')).match(CRASH_SIGNS);
    if (bad) throw new Error(`error in the server's log: ${(c.stderr + c.log.join('\n')).slice(Math.max(0, (bad.index ?? 0) - 200), (bad.index ?? 0) + 1500)}`);
  }
}

interface CodeActionLike {
  title: string;
  edit?: { changes?: Record<string, Change[]>; documentChanges?: { edits: Change[] }[] };
}

/** Quick fixes from the server name ranges inside the document they are for. */
function checkCodeActions(doc: TextDocument, actions: CodeActionLike[]): void {
  for (const a of actions) {
    const edits = [...Object.values(a.edit?.changes ?? {}).flat(), ...(a.edit?.documentChanges ?? []).flatMap((d) => d.edits)];
    const problem = rangeProblem(doc.getText(), edits as never);
    if (problem) throw new Error(`code action "${a.title}" edits outside the document: ${problem}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Regression cases

export const REGRESSIONS_DIR = (): string => path.join(repoRoot(), 'test', 'fuzz', 'regressions');

export interface RegressionCase {
  /** How it was found. */
  found: string;
  seed: number;
  path?: string;
  error: string;
  run: { seed: number; edits: Edit[]; batch: number };
}

export function saveRegression(c: RegressionCase): string {
  fs.mkdirSync(REGRESSIONS_DIR(), { recursive: true });
  const file = path.join(REGRESSIONS_DIR(), `server-${c.seed}-${Date.now()}.json`);
  fs.writeFileSync(file, JSON.stringify(c, null, 2) + '\n');
  return file;
}

export function loadRegressions(): { file: string; data: RegressionCase }[] {
  if (!fs.existsSync(REGRESSIONS_DIR())) return [];
  return fs
    .readdirSync(REGRESSIONS_DIR())
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: f, data: JSON.parse(fs.readFileSync(path.join(REGRESSIONS_DIR(), f), 'utf8')) as RegressionCase }));
}

/** A small deterministic PRNG, so that a replayed run probes the same positions. */
export function mulberry32(a: number): () => number {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// A fuzzing session: fast-check runs against one server until enough edits were made.

export interface SessionOptions {
  targetEdits: number;
  seed: number;
  /** Stop (successfully) after this long even if fewer edits were made. */
  timeLimitMs: number;
  maxEditsPerRun?: number;
  log?: (s: string) => void;
}

export interface SessionResult {
  stats: FuzzStats;
  ms: number;
  failure?: RegressionCase;
}

export async function fuzzSession(o: SessionOptions): Promise<SessionResult> {
  const server = new FuzzServer();
  const t0 = Date.now();
  let chunk = 0;
  try {
    while (server.stats.edits < o.targetEdits && Date.now() - t0 < o.timeLimitMs) {
      const seed = o.seed + chunk++;
      const r = await fc.check(
        fc.asyncProperty(runArb(o.maxEditsPerRun ?? 200), async (run) => {
          await server.play(run);
        }),
        { seed, numRuns: 20, endOnFailure: false, interruptAfterTimeLimit: Math.max(1000, o.timeLimitMs - (Date.now() - t0)) },
      );
      if (r.failed) {
        const run = r.counterexample?.[0] as RegressionCase['run'];
        return {
          stats: server.stats,
          ms: Date.now() - t0,
          failure: { found: `fuzzSession seed ${o.seed}, chunk seed ${seed}`, seed, path: r.counterexamplePath ?? undefined, error: String((r.errorInstance as Error)?.message ?? r.errorInstance), run },
        };
      }
      o.log?.(`  chunk ${chunk}: ${server.stats.edits} edits, ${server.stats.requests} requests, ${server.stats.runs} runs, ${((server.stats.edits / (Date.now() - t0)) * 1000).toFixed(0)} edits/s`);
    }
  } finally {
    const code = await server.dispose();
    if (code !== 0 && code !== undefined) throw new Error(`server exit code ${code} on shutdown`);
  }
  return { stats: server.stats, ms: Date.now() - t0 };
}
