/**
 * `npm run bench` — latency, throughput and memory, side by side, in one process run (issue #6).
 * `npm run bench -- --quick` for a short run (fewer runs, smaller samples; < 2 minutes).
 * `--only=floor,anchor,latency,throughput,report,scale,size,workspace,office` runs some sections only.
 *
 * Prints a table and writes bench/results.json. Every figure is a median over several runs with
 * min–max; latency figures are p50/p95 per run, then the median (min–max) of those over runs.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../server/src/core/analyze';
import { ChunkCache } from '../server/src/core/parse/chunks';
import { SERVER_NODE_FLAGS } from '../server/src/lsp/node-flags';
import { ServerState } from '../server/src/lsp/state';
import { KamusIndex } from '../server/src/core/workspace/kamus-index';
import { Corpus, generateCorpus, manyKeysText } from './corpus';
import { memoryOf, posOf, Pos, sleep, TestClient, timed, Typist } from './lsp';
import { fmtBytes, fmtMs, fmtNum, median, quantile, summarize, Summary } from './stats';
import { pathologicalGlobMs, workspaceRun, writeBenchWorkspace } from './workspace';
import { officeBench } from './office';

const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const ONLY = argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const KEEP = argv.includes('--keep');
/** `--corpus=DIR`: only write the corpus there (for profiling by hand), then exit. */
const CORPUS_ONLY = argv.find((a) => a.startsWith('--corpus='))?.slice(9);
const run = (s: string) => !ONLY || ONLY.includes(s);

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
// The bundles are snapshotted into the run's temp folder first: dist/ may be rebuilt by someone
// else mid-run, and every figure of one run must come from the same build.
let SERVER = path.join(DIST, 'server.js');
let CLI = path.join(DIST, 'cli.js');
let SNAPSHOT = DIST;
const YLS = path.join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
const SCHEMA = path.join(ROOT, 'schemas', 'skj.schema.json');
/** How long the scale section waits before reading the settled RSS (the idle collection runs 1 s after the last work). */
const SETTLE_MS = 2500;
const DEBOUNCE_MS = 100; // server/src/server.ts (push mode only)
const YLS_DEBOUNCE_MS = 200; // yaml-language-server's validationDelayMs (push; not configurable)

const P = QUICK
  ? { runs: 3, floorMinBatchMs: 15, latencyRuns: 2, bigRuns: 1, samples: 10, bigSamples: 3, warmup: 20, anchorRuns: 1, anchorSamples: 10, throughputRuns: 2, throughputFiles: 2000, scaleRuns: 1, scaleFiles: 1000 }
  : { runs: 7, floorMinBatchMs: 60, latencyRuns: 5, bigRuns: 5, samples: 40, bigSamples: 12, warmup: 50, anchorRuns: 5, anchorSamples: 30, throughputRuns: 5, throughputFiles: 2000, scaleRuns: 3, scaleFiles: 1000 };

// ---------------------------------------------------------------------------------------------
// Reporting

interface Row {
  section: string;
  metric: string;
  value: string;
  range: string;
  target?: string;
  status?: 'met' | 'missed' | 'info';
}
const rows: Row[] = [];
const results: Record<string, unknown> = {};

function row(section: string, metric: string, s: Summary | undefined, fmt: (x: number) => string, target?: { text: string; ok: (median: number) => boolean }): void {
  if (!s) {
    rows.push({ section, metric, value: 'n/a', range: '', target: target?.text });
    return;
  }
  rows.push({
    section,
    metric,
    value: fmt(s.median),
    range: `${fmt(s.min)} – ${fmt(s.max)}`,
    target: target?.text,
    status: target ? (target.ok(s.median) ? 'met' : 'missed') : undefined,
  });
}

function note(section: string, metric: string, value: string): void {
  rows.push({ section, metric, value, range: '' });
}

function log(s: string): void {
  process.stderr.write(`[bench] ${s}\n`);
}

function printTable(): string {
  const head = ['#', 'measurement', 'median', 'min – max', 'target', ''];
  const body = rows.map((r) => [r.section, r.metric, r.value, r.range, r.target ?? '', r.status === 'met' ? 'met' : r.status === 'missed' ? 'MISSED' : '']);
  const md = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...body.map((b) => `| ${b.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`)].join('\n');
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
  return md;
}

// ---------------------------------------------------------------------------------------------
// 1. Against the floor: analyze() vs yaml's bare parseDocument, in-process.

function perCall(fn: () => void, minBatchMs: number): number {
  // Calibrate a batch size so one batch takes at least minBatchMs; return ms per call.
  let k = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < k; i++) fn();
    const ms = performance.now() - t0;
    if (ms >= minBatchMs || k >= 1 << 16) return ms / k;
    k = Math.max(k * 2, Math.ceil((k * minBatchMs) / Math.max(ms, 0.01)));
  }
}

/** The text with one letter changed in every quoted description and indicator (the 21st character, when a letter). */
function withTypos(text: string): string {
  return text.replace(/((?:- |deskripsi: )"[^"\n]{20})([a-z])/g, (_, head: string, ch: string) => head + (ch === 'a' ? 'e' : 'a'));
}

function floor(c: Corpus): void {
  log('1. floor: analyze() vs yaml parseDocument …');
  const index = new KamusIndex();
  const k50 = 'file:///bench/instansi.kamus.yaml';
  index.setText(k50, c.kamus50.text);
  const k500 = 'file:///bench/k500.kamus.yaml';
  const k20k = 'file:///bench/k20k.kamus.yaml';
  const idx500 = new KamusIndex();
  idx500.setText(k500, c.kamus500.text);
  const idx20k = new KamusIndex();
  idx20k.setText(k20k, c.kamus20k.text);
  const cases: { name: string; files: { uri: string; text: string }[]; index: KamusIndex; serverPath?: boolean }[] = [
    { name: 'standard, 200 lines', files: [{ uri: 'file:///bench/s200.skj.yaml', text: c.standard200 }], index },
    // Every description and indicator one letter off the official text: each goes through near matching (indicator-wording).
    { name: 'standard, 200 lines, every text with a typo (near matching)', files: [{ uri: 'file:///bench/s200-typos.skj.yaml', text: withTypos(c.standard200) }], index },
    { name: `standards, one per tier (${c.tiers.length} files)`, files: c.tiers.map((t) => ({ uri: `file:///bench/${t.jenjang}.skj.yaml`, text: t.text })), index },
    { name: `kamus, 50 competencies (${fmtNum(c.kamus50.lines)} lines)`, files: [{ uri: k50, text: c.kamus50.text }], index },
    { name: `kamus, 500 competencies (${fmtNum(c.kamus500.lines)} lines)`, files: [{ uri: k500, text: c.kamus500.text }], index: idx500 },
    { name: `kamus, ${fmtNum(c.kamus20k.lines)} lines`, files: [{ uri: k20k, text: c.kamus20k.text }], index: idx20k },
  ];
  const out: Record<string, unknown> = {};
  for (const cs of cases) {
    const bare = () => {
      for (const f of cs.files) parseDocument(f.text);
    };
    // First sight of the text: an empty chunk cache, so every list item is parsed (the floor's
    // fair comparison). Warm: the same text again, its items copied from the cache.
    const full = () => {
      for (const f of cs.files) analyze(f.uri, f.text, { kamus: cs.index, chunks: new ChunkCache() });
    };
    const warmCache = new ChunkCache();
    const warm = () => {
      for (const f of cs.files) analyze(f.uri, f.text, { kamus: cs.index, chunks: warmCache });
    };
    // Warm-up (JIT) before measuring.
    for (let i = 0; i < 3; i++) (bare(), full(), warm());
    const a: number[] = [];
    const b: number[] = [];
    const r: number[] = [];
    const w: number[] = [];
    for (let i = 0; i < P.runs; i++) {
      const tb = perCall(bare, P.floorMinBatchMs);
      const ta = perCall(full, P.floorMinBatchMs);
      w.push(perCall(warm, P.floorMinBatchMs));
      a.push(ta);
      b.push(tb);
      r.push(ta / tb);
    }
    const sa = summarize(a);
    const sb = summarize(b);
    const sr = summarize(r);
    const sw = summarize(w);
    out[cs.name] = { analyze: sa, analyzeWarm: sw, parseDocument: sb, ratio: sr };
    row('1', `${cs.name}: analyze(), first sight (empty chunk cache)`, sa, fmtMs);
    row('1', `${cs.name}: analyze(), seen before (items from the chunk cache)`, sw, fmtMs);
    row('1', `${cs.name}: parseDocument()`, sb, fmtMs);
    row('1', `${cs.name}: ratio`, sr, (x) => `${x.toFixed(2)}×`, { text: '≤ 2×', ok: (m) => m <= 2 });
  }
  // What the server does on every keystroke in an open kamus (server.ts → lsp/state.ts):
  // re-index it, then analyse that same parse — one character typed / deleted in the middle.
  {
    const uri = k20k;
    const text = c.kamus20k.text;
    const at = text.indexOf('Memahami', text.length >> 1);
    const alt = `${text.slice(0, at)}x${text.slice(at)}`;
    const docs = new Map<string, TextDocument>();
    const state = new ServerState((u) => docs.get(u)?.getText());
    let version = 1;
    let flip = false;
    const step = () => {
      flip = !flip;
      const doc = TextDocument.create(uri, 'skj-kamus', ++version, flip ? alt : text);
      docs.set(uri, doc);
      state.updateKamusFromDocument(doc); // onDidChangeContent
      state.analysisOf(doc); // the diagnostics
    };
    for (let i = 0; i < 3; i++) step();
    const xs: number[] = [];
    for (let i = 0; i < P.runs; i++) xs.push(perCall(step, P.floorMinBatchMs));
    const s = summarize(xs);
    const bareMedian = (out[cases.find((x) => x.index === idx20k)!.name] as { parseDocument: Summary }).parseDocument.median;
    out['kamus 20k, server keystroke path (ServerState: re-index + analyse)'] = { ms: s, ratio: s.median / bareMedian };
    row('1', `kamus 20k lines, server keystroke path (re-index + analyse, one character changed)`, s, fmtMs);
    row('1', `  … ratio to parseDocument`, { ...s, median: s.median / bareMedian, min: s.min / bareMedian, max: s.max / bareMedian }, (x) => `${x.toFixed(2)}×`, { text: '≤ 2×', ok: (m) => m <= 2 });
  }
  {
    // Hostile input (issue 11): a standard of 40,000 keys in one map (~640 KB) through the core
    // and the server's path. Duplicate keys and schema errors were quadratic: a minute.
    const text = manyKeysText(40_000);
    const docs = new Map<string, TextDocument>();
    const state = new ServerState((u) => docs.get(u)?.getText());
    let version = 1;
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = 0; i < Math.min(P.runs, 3); i++) {
      let t0 = performance.now();
      analyze('untitled:keys.skj.yaml', text, { chunks: null });
      xs.push(performance.now() - t0);
      const doc = TextDocument.create('untitled:keys.skj.yaml', 'skj', ++version, `${text}# ${version}\n`);
      docs.set(doc.uri, doc);
      t0 = performance.now();
      state.findingsOf(doc);
      ys.push(performance.now() - t0);
    }
    out['40,000 keys in one map'] = { analyze: summarize(xs), server: summarize(ys) };
    row('1', `40,000 keys in one map (${Math.round(text.length / 1024)} KB): analyze()`, summarize(xs), fmtMs, { text: '< 2 s', ok: (m) => m < 2000 });
    row('1', '  … server path (ServerState.findingsOf, a new version)', summarize(ys), fmtMs, { text: '< 2 s', ok: (m) => m < 2000 });
  }
  results.floor = out;
}

// ---------------------------------------------------------------------------------------------
// LSP sessions

function skjEditSpot(text: string): Pos {
  // Inside the text of M.04's first indicator: typing there changes the findings.
  const from = posOf(text, 'kode: M.04').offset;
  return posOf(text, 'indikator:\n', { from, delta: 'indikator:\n'.length + '        - "4.1. Meny'.length });
}

function kamusEditSpot(text: string): Pos {
  const mid = Math.floor(text.length / 2);
  return posOf(text, '            - ', { from: mid, delta: '            - '.length + 4 });
}

async function ourServer(opts: { pull?: boolean; rootUri?: string } = {}): Promise<{ client: TestClient; caps: Record<string, unknown> }> {
  const client = new TestClient({ pull: opts.pull, rootUri: opts.rootUri, serverPath: SERVER, nodeArgs: SERVER_NODE_FLAGS });
  const init = (await client.initialize()) as { capabilities: Record<string, unknown> };
  return { client, caps: init.capabilities };
}

async function ylsServer(): Promise<TestClient> {
  const client = new TestClient({ serverPath: YLS });
  const yaml = {
    schemas: { [pathToFileURL(SCHEMA).href]: ['*.skj.yaml', '*.skj.yml'] },
    validate: true,
    hover: true,
    completion: true,
    format: { enable: false },
    schemaStore: { enable: false },
    kubernetesCRDStore: { enable: false },
  };
  client.conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
    p.items.map((i) => (i.section === 'yaml' ? yaml : i.section === 'editor' ? { tabSize: 2, insertSpaces: true } : i.section === 'http' ? { proxy: '', proxyStrictSSL: false } : {})),
  );
  await client.initialize();
  await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { yaml } });
  return client;
}

/** Edit → published diagnostics (push). */
async function pushLatency(t: Typist, n: number, versioned: boolean): Promise<number[]> {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const before = t.client.diagnostics.get(t.uri);
    const t0 = performance.now();
    const v = t.edit();
    await (versioned ? t.waitVersion(v) : t.waitNext(before));
    xs.push(performance.now() - t0);
  }
  return xs;
}

// ---------------------------------------------------------------------------------------------
// 2. Against the anchor: yaml-language-server with the JSON Schema vs our server.

async function anchor(c: Corpus): Promise<void> {
  log('2. anchor: yaml-language-server vs skj-language-server, edit → diagnostics …');
  const uri = pathToFileURL(path.join(c.dir, 'standard-200.skj.yaml')).href;
  const at = skjEditSpot(c.standard200);
  const ours: number[] = [];
  const oursPull: number[] = [];
  const theirs: number[] = [];
  let ylsChecks: { diagnostics: number; schemaActive: boolean } | undefined;
  for (let r = 0; r < P.anchorRuns; r++) {
    // yaml-language-server (push, 200 ms built-in delay).
    {
      const client = await ylsServer();
      const t = new Typist(client, uri, c.standard200, at, 'yaml');
      t.open();
      await t.waitNext(undefined, 20000);
      if (!ylsChecks) {
        // Is the schema really applied? An unknown key must be reported.
        const bad = pathToFileURL(path.join(c.dir, 'bad.skj.yaml')).href;
        const tb = new Typist(client, bad, c.standard200.replace('jabatan:\n', 'jabatan:\n  bukan_kunci: 1\n'), at, 'yaml');
        await sleep(300);
        tb.open();
        const d = await tb.waitNext(undefined, 20000);
        ylsChecks = { diagnostics: d.length, schemaActive: d.some((x) => /bukan_kunci|not allowed/i.test(String(x.message))) };
      }
      await pushLatency(t, P.warmup, false);
      theirs.push(...(await pushLatency(t, P.anchorSamples, false)).map((x) => x - YLS_DEBOUNCE_MS));
      await client.shutdown();
    }
    // Ours, push (100 ms debounce) and pull (none).
    {
      const { client } = await ourServer();
      const t = new Typist(client, uri, c.standard200, at, 'skj');
      t.open();
      await t.waitVersion(1);
      await pushLatency(t, P.warmup, true);
      ours.push(...(await pushLatency(t, P.anchorSamples, true)).map((x) => x - DEBOUNCE_MS));
      await client.shutdown();
    }
    {
      const { client } = await ourServer({ pull: true });
      const t = new Typist(client, uri, c.standard200, at, 'skj');
      t.open();
      for (let i = 0; i < P.warmup; i++) (t.edit(), await t.pull());
      for (let i = 0; i < P.anchorSamples; i++) {
        const t0 = performance.now();
        t.edit();
        await t.pull();
        oursPull.push(performance.now() - t0);
      }
      await client.shutdown();
    }
  }
  const sT = summarize(theirs, true);
  const sO = summarize(ours, true);
  const sP = summarize(oursPull, true);
  // Ratio per sample pair would be noisy; the ratio of medians, with min–max from the per-run medians.
  const perRun = (xs: number[]) => Array.from({ length: P.anchorRuns }, (_, r) => median(xs.slice(r * P.anchorSamples, (r + 1) * P.anchorSamples)));
  const ratios = perRun(theirs).map((t, r) => t / perRun(ours)[r]);
  const ratiosPull = perRun(theirs).map((t, r) => t / perRun(oursPull)[r]);
  results.anchor = {
    note: `edit → diagnostics on the 200-line standard, net of each server's fixed push delay (ours ${DEBOUNCE_MS} ms, yaml-language-server ${YLS_DEBOUNCE_MS} ms)`,
    yamlLanguageServer: { ...sT, version: require(path.join(ROOT, 'node_modules', 'yaml-language-server', 'package.json')).version, ...ylsChecks },
    oursPush: sO,
    oursPull: sP,
    ratioPush: summarize(ratios),
    ratioPull: summarize(ratiosPull),
  };
  row('2', `yaml-language-server (schema ${ylsChecks?.schemaActive ? 'applied' : 'NOT applied'}): edit → diagnostics, minus its ${YLS_DEBOUNCE_MS} ms delay`, sT, fmtMs);
  row('2', `skj-language-server push: edit → diagnostics, minus its ${DEBOUNCE_MS} ms debounce`, sO, fmtMs);
  row('2', 'skj-language-server pull: edit → diagnostic report (no debounce)', sP, fmtMs);
  row('2', 'speed-up (yaml-language-server ÷ ours, push, net of delays)', summarize(ratios), (x) => `${x.toFixed(1)}×`, { text: '≥ 3×', ok: (m) => m >= 3 });
  row('2', 'speed-up (yaml-language-server net ÷ ours pull)', summarize(ratiosPull), (x) => `${x.toFixed(1)}×`, { text: '≥ 3×', ok: (m) => m >= 3 });
}

// ---------------------------------------------------------------------------------------------
// 3. Editor latency through our server.

interface LatencyRun {
  pushDiag: number[];
  pullDiag: number[];
  actionFresh: number[];
  actionCached: number[];
  completion: number[];
  hover: number[];
  actionsReturned: number;
  completionItems: number;
}

async function latencyOn(name: string, uri: string, text: string, at: Pos, cursor: Pos, languageId: string, samples: number, warmup: number, nRuns: number): Promise<void> {
  log(`3. latency: ${name} …`);
  const runs: LatencyRun[] = [];
  let advertised = { completion: false, hover: false };
  for (let r = 0; r < nRuns; r++) {
    const lr: LatencyRun = { pushDiag: [], pullDiag: [], actionFresh: [], actionCached: [], completion: [], hover: [], actionsReturned: 0, completionItems: 0 };
    // Push: what VS Code users get (the server debounces 100 ms).
    {
      const { client } = await ourServer();
      const t = new Typist(client, uri, text, at, languageId);
      t.open();
      await t.waitVersion(1, 60000);
      await pushLatency(t, warmup, true);
      lr.pushDiag = await pushLatency(t, samples, true);
      await client.shutdown();
    }
    // Pull: diagnostics, code actions, completion and hover.
    {
      const { client, caps } = await ourServer({ pull: true });
      advertised = { completion: !!caps.completionProvider, hover: !!caps.hoverProvider };
      const t = new Typist(client, uri, text, at, languageId);
      t.open();
      const doc = { uri };
      const lineRange = { start: { line: at.line, character: 0 }, end: { line: at.line + 1, character: 0 } };
      const action = () => client.request<unknown[]>('textDocument/codeAction', { textDocument: doc, range: lineRange, context: { diagnostics: [] } });
      const completion = () => client.request<{ items?: unknown[] } | unknown[] | null>('textDocument/completion', { textDocument: doc, position: cursor });
      const hover = () => client.request<unknown>('textDocument/hover', { textDocument: doc, position: { line: cursor.line, character: cursor.character + 1 } });
      const warm = async () => {
        t.edit();
        await t.pull();
        await action();
        if (advertised.completion) await completion();
        if (advertised.hover) await hover();
      };
      for (let i = 0; i < warmup; i++) await warm();
      for (let i = 0; i < samples; i++) {
        let t0 = performance.now();
        t.edit();
        await t.pull();
        lr.pullDiag.push(performance.now() - t0);
        const a = await timed(action);
        lr.actionCached.push(a.ms);
        lr.actionsReturned = Math.max(lr.actionsReturned, a.value?.length ?? 0);
        if (advertised.completion) {
          const c = await timed(completion);
          lr.completion.push(c.ms);
          const items = Array.isArray(c.value) ? c.value : (c.value?.items ?? []);
          lr.completionItems = Math.max(lr.completionItems, items.length);
        }
        if (advertised.hover) lr.hover.push((await timed(hover)).ms);
        // Code actions right after a keystroke (the document not yet analysed at this version).
        t0 = performance.now();
        t.edit();
        await action();
        lr.actionFresh.push(performance.now() - t0);
      }
      await client.shutdown();
    }
    runs.push(lr);
  }
  const agg = (k: keyof Omit<LatencyRun, 'actionsReturned' | 'completionItems'>) => {
    if (!runs[0][k].length) return undefined;
    return { p50: summarize(runs.map((x) => quantile(x[k], 0.5))), p95: summarize(runs.map((x) => quantile(x[k], 0.95))) };
  };
  const std = name.startsWith('standard');
  const out: Record<string, unknown> = { advertised, actionsReturned: runs[0].actionsReturned, completionItems: runs[0].completionItems };
  const report = (k: keyof Omit<LatencyRun, 'actionsReturned' | 'completionItems'>, label: string, target?: number) => {
    const s = agg(k);
    out[k] = s;
    row('3', `${name}: ${label} p50`, s?.p50, fmtMs);
    row('3', `${name}: ${label} p95`, s?.p95, fmtMs, target !== undefined ? { text: `< ${target} ms`, ok: (m) => m < target } : undefined);
  };
  report('pushDiag', `edit → diagnostics, push (incl. ${DEBOUNCE_MS} ms debounce)`);
  const pushNet = agg('pushDiag');
  if (pushNet) {
    const minus = (s: Summary): Summary => ({ ...s, median: s.median - DEBOUNCE_MS, min: s.min - DEBOUNCE_MS, max: s.max - DEBOUNCE_MS });
    row('3', `${name}: edit → diagnostics, push, net of debounce p95`, minus(pushNet.p95), fmtMs, { text: `< ${std ? 30 : 150} ms`, ok: (m) => m < (std ? 30 : 150) });
  }
  report('pullDiag', 'edit → diagnostics, pull (no debounce)', std ? 30 : 150);
  report('actionFresh', 'edit → code actions (fresh analysis)');
  report('actionCached', `code actions (analysed; ${runs[0].actionsReturned} returned)`);
  if (advertised.completion) report('completion', `completion (${runs[0].completionItems} items)`, std ? 10 : undefined);
  else note('3', `${name}: completion`, 'n/a (not advertised)');
  if (advertised.hover) report('hover', 'hover', std ? 10 : undefined);
  else note('3', `${name}: hover`, 'n/a (not advertised)');
  (results.latency as Record<string, unknown>)[name] = out;
}

async function latency(c: Corpus): Promise<void> {
  results.latency = { debounce: `push mode includes the server's ${DEBOUNCE_MS} ms debounce; pull mode has none (the server answers textDocument/diagnostic at once)` };
  const sUri = pathToFileURL(path.join(c.dir, 'standard-200.skj.yaml')).href;
  const sCursor = posOf(c.standard200, 'kode: M.03', { delta: 'kode: '.length });
  await latencyOn('standard (200 lines)', sUri, c.standard200, skjEditSpot(c.standard200), sCursor, 'skj', P.samples, P.warmup, P.latencyRuns);
  const kUri = pathToFileURL(path.join(c.dir, 'kamus-20k.kamus.yaml')).href;
  const kCursor = posOf(c.kamus20k.text, '    - kode: ', { from: Math.floor(c.kamus20k.text.length / 2), delta: '    - kode: '.length });
  await latencyOn(`kamus (${fmtNum(c.kamus20k.lines)} lines)`, kUri, c.kamus20k.text, kamusEditSpot(c.kamus20k.text), kCursor, 'skj', P.bigSamples, 2, P.bigRuns);
}

// ---------------------------------------------------------------------------------------------
// 4. Throughput: skj check, cold process.

function throughput(c: Corpus): void {
  log(`4. throughput: skj check on ${c.throughputFiles} standards …`);
  const hasTime = fs.existsSync('/usr/bin/time');
  const preload = path.join(c.dir, 'maxrss.js');
  fs.writeFileSync(preload, "process.on('exit', () => process.stderr.write(`\\nBENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\\n`));\n");
  // Sanity: the run checks every file and reports the mistakes planted in every 10th one.
  const probe = spawnSync(process.execPath, [CLI, 'check', c.throughputDir, '--format', 'json'], { cwd: c.throughputDir, maxBuffer: 1 << 28, encoding: 'utf8' });
  const findings = JSON.parse(probe.stdout) as { file: string; rule: string }[];
  const byRule: Record<string, number> = {};
  for (const f of findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  const filesWithFindings = new Set(findings.map((f) => f.file)).size;
  const rate: number[] = [];
  const wall: number[] = [];
  const rss: number[] = [];
  for (let r = 0; r < P.throughputRuns; r++) {
    const args = hasTime ? ['-v', process.execPath, CLI, 'check', c.throughputDir, '--format', 'json'] : ['-r', preload, CLI, 'check', c.throughputDir, '--format', 'json'];
    const t0 = performance.now();
    const p = spawnSync(hasTime ? '/usr/bin/time' : process.execPath, args, { cwd: c.throughputDir, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (p.status !== 0 && p.status !== 1) throw new Error(`skj check failed (${p.status}): ${p.stderr}`);
    wall.push(ms);
    rate.push(c.throughputFiles / (ms / 1000));
    const m = hasTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(p.stderr) : /BENCH_MAXRSS_KB=(\d+)/.exec(p.stderr);
    if (m) rss.push(Number(m[1]) * 1024);
  }
  const sRate = summarize(rate);
  results.throughput = {
    files: c.throughputFiles,
    plusKamus: `1 kamus file (50 competencies, ${c.kamus50.lines} lines)`,
    findings: findings.length,
    filesWithFindings,
    byRule,
    exitCode: probe.status,
    wallMs: summarize(wall),
    filesPerSecond: sRate,
    peakRss: summarize(rss),
    rssMethod: hasTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS of the child',
    cores: os.cpus().length,
  };
  row('4', `skj check ${fmtNum(c.throughputFiles)} standards + kamus, --format json: wall (cold process)`, summarize(wall), fmtMs);
  row('4', `  … files per second (${os.cpus().length} cores; ${findings.length} findings in ${filesWithFindings} files)`, sRate, (x) => fmtNum(x), { text: '≥ 1,000/s', ok: (m) => m >= 1000 });
  row('4', `  … peak RSS (${hasTime ? '/usr/bin/time -v' : 'resourceUsage'})`, summarize(rss), fmtBytes);
  fixThroughput(c);
}

/** `skj check --fix` on the same standards: each run on a fresh copy (the copy is not timed). */
function fixThroughput(c: Corpus): void {
  log(`4. throughput: skj check --fix on ${c.throughputFiles} standards …`);
  const wall: number[] = [];
  const rate: number[] = [];
  let fixed = 0;
  for (let r = 0; r < P.throughputRuns; r++) {
    const copy = path.join(c.dir, `fix-run-${r}`);
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(c.throughputDir, copy, { recursive: true });
    const t0 = performance.now();
    const p = spawnSync(process.execPath, [CLI, 'check', copy, '--fix', '--locale', 'en'], { cwd: copy, maxBuffer: 1 << 28, encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (p.status !== 0 && p.status !== 1) throw new Error(`skj check --fix failed (${p.status}): ${p.stderr}`);
    fixed = Number(/^(\d+) files? fixed\./m.exec(p.stdout)?.[1] ?? NaN);
    wall.push(ms);
    rate.push(c.throughputFiles / (ms / 1000));
    // Idempotent: a second --fix on the fixed copy changes nothing.
    if (r === 0 && !/^0 files fixed\./m.test(spawnSync(process.execPath, [CLI, 'check', copy, '--fix', '--locale', 'en'], { cwd: copy, maxBuffer: 1 << 28, encoding: 'utf8' }).stdout))
      throw new Error('a second skj check --fix changed files');
    fs.rmSync(copy, { recursive: true, force: true });
  }
  results.fixThroughput = { files: c.throughputFiles, filesFixed: fixed, wallMs: summarize(wall), filesPerSecond: summarize(rate) };
  row('4', `skj check --fix ${fmtNum(c.throughputFiles)} standards + kamus (${fmtNum(fixed)} files fixed): wall (cold process)`, summarize(wall), fmtMs);
  row('4', `  … files per second (--fix)`, summarize(rate), (x) => fmtNum(x));
}

// ---------------------------------------------------------------------------------------------
// 4b. skj report: the agency's summary table of the same standards (issue #14), cold process.

function report(c: Corpus): void {
  log(`4b. report: skj report on ${c.throughputFiles} standards …`);
  const out: Record<string, unknown> = { files: c.throughputFiles };
  for (const format of ['xlsx', 'csv', 'html'] as const) {
    const dest = path.join(c.dir, `report.${format}`);
    const wall: number[] = [];
    for (let r = 0; r < P.throughputRuns; r++) {
      const t0 = performance.now();
      const p = spawnSync(process.execPath, [CLI, 'report', c.throughputDir, '-o', dest], { cwd: c.throughputDir, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      const ms = performance.now() - t0;
      if (p.status !== 0) throw new Error(`skj report failed (${p.status}): ${p.stderr}`);
      wall.push(ms);
    }
    const rows = /^(\d+) /.exec(spawnSync(process.execPath, [CLI, 'report', c.throughputDir, '-o', dest], { cwd: c.throughputDir, encoding: 'utf8' }).stderr)?.[1];
    out[format] = { wallMs: summarize(wall), bytes: fs.statSync(dest).size, rows: Number(rows) };
    row('4b', `skj report ${fmtNum(c.throughputFiles)} standards -o report.${format}: wall (cold process; ${rows} rows, ${fmtBytes(fs.statSync(dest).size)})`, summarize(wall), fmtMs, format === 'xlsx' ? { text: '< 3 s', ok: (m) => m < 3000 } : undefined);
  }
  results.report = out;
}

// ---------------------------------------------------------------------------------------------
// 5. Scale: the server with a workspace of 1,000 standards and a 500-competency kamus.

async function scale(c: Corpus): Promise<void> {
  log(`5. scale: ${c.scaleFiles.length} open standards + 500-competency kamus …`);
  const rootUri = pathToFileURL(c.scaleDir).href;
  const idle: number[] = [];
  const indexMs: number[] = [];
  const indexedRss: number[] = [];
  const checkAllPull: number[] = [];
  const pullRss: number[] = [];
  const openAllPush: number[] = [];
  const pushRss: number[] = [];
  const pushHwm: number[] = [];
  const pullRssNow: number[] = [];
  const pullHwm: number[] = [];
  const pushRssNow: number[] = [];
  const texts = c.scaleFiles.map((f) => ({ uri: pathToFileURL(f).href, text: fs.readFileSync(f, 'utf8') }));
  let technicalUnknown = 0;
  for (let r = 0; r < P.scaleRuns; r++) {
    // Pull mode: indexing is timed to the diagnostic-refresh request the server sends when done.
    {
      const client = new TestClient({ pull: true, rootUri, serverPath: SERVER, nodeArgs: SERVER_NODE_FLAGS });
      let refreshed: (() => void) | undefined;
      const refresh = new Promise<void>((res) => (refreshed = res));
      client.conn.onRequest('workspace/diagnostic/refresh', () => (refreshed?.(), null));
      await client.initialize();
      const t0 = performance.now();
      await refresh;
      indexMs.push(performance.now() - t0);
      await sleep(200);
      indexedRss.push(memoryOf(client.proc.pid).rss ?? NaN);
      const t1 = performance.now();
      for (const d of texts) void client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'skj', version: 1, text: d.text } });
      const reports = await Promise.all(texts.map((d) => client.request<{ items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri: d.uri } })));
      checkAllPull.push(performance.now() - t1);
      technicalUnknown = reports.reduce((n, rep) => n + rep.items.filter((i) => i.code === 'technical-unknown').length, 0);
      await sleep(300);
      pullRssNow.push(memoryOf(client.proc.pid).rss ?? NaN);
      // Settled: the server gives memory back once idle for a second after a burst (lsp/idle-gc.ts).
      await sleep(SETTLE_MS);
      pullRss.push(memoryOf(client.proc.pid).rss ?? NaN);
      pullHwm.push(memoryOf(client.proc.pid).hwm ?? NaN);
      await client.shutdown();
    }
    // Push mode: open everything at once; done when every file has clean technical diagnostics.
    {
      const { client } = await ourServer();
      await sleep(100);
      idle.push(memoryOf(client.proc.pid).rss ?? NaN);
      await client.shutdown();
    }
    if (!QUICK) {
      const client = new TestClient({ rootUri, serverPath: SERVER, nodeArgs: SERVER_NODE_FLAGS });
      await client.initialize();
      const t0 = performance.now();
      for (const d of texts) void client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'skj', version: 1, text: d.text } });
      for (const d of texts) await client.waitForDiagnostics(d.uri, (ds) => !ds.some((x) => x.code === 'technical-unknown'), 120000);
      openAllPush.push(performance.now() - t0);
      await sleep(300);
      pushRssNow.push(memoryOf(client.proc.pid).rss ?? NaN);
      await sleep(SETTLE_MS);
      const m = memoryOf(client.proc.pid);
      pushRss.push(m.rss ?? NaN);
      pushHwm.push(m.hwm ?? NaN);
      await client.shutdown();
    }
  }
  results.scale = {
    standards: texts.length,
    kamus: `500 competencies, ${c.kamus500.lines} lines, indexed from disk (rootUri)`,
    technicalUnknownAfterIndex: technicalUnknown,
    idleRss: summarize(idle),
    indexMs: summarize(indexMs),
    rssAfterIndex: summarize(indexedRss),
    pull: { checkAllMs: summarize(checkAllPull), rss: summarize(pullRss), rssRightAfter: summarize(pullRssNow), hwm: summarize(pullHwm) },
    push: { openToAllCleanMs: summarize(openAllPush), rss: summarize(pushRss), rssRightAfter: summarize(pushRssNow), hwm: summarize(pushHwm) },
  };
  row('5', 'server RSS, idle (no workspace)', summarize(idle), fmtBytes);
  row('5', 'time to index the workspace (scan + 500-competency kamus; initialized → refresh)', summarize(indexMs), fmtMs);
  row('5', 'server RSS with the kamus indexed', summarize(indexedRss), fmtBytes);
  row('5', `open + check ${texts.length} standards (pull, all requested at once)`, summarize(checkAllPull), fmtMs);
  row('5', `server RSS, ${texts.length} standards open and analysed (pull), 0.3 s after the last report`, summarize(pullRssNow), fmtBytes);
  row('5', `server RSS, ${texts.length} standards open and analysed (pull), settled (${(0.3 + SETTLE_MS / 1000).toFixed(1)} s after)`, summarize(pullRss), fmtBytes, { text: '< 150 MB', ok: (m) => m < 150 * 1024 * 1024 });
  row('5', '  … peak RSS (VmHWM) during that', summarize(pullHwm), fmtBytes);
  if (QUICK) note('5', 'push mode (open all, index, publish all)', 'skipped in --quick');
  else {
    row('5', `initialized → ${texts.length} standards open, kamus indexed, all diagnostics published (push)`, summarize(openAllPush), fmtMs);
    row('5', `server RSS, ${texts.length} standards open and analysed (push), 0.3 s after the last publish`, summarize(pushRssNow), fmtBytes);
    row('5', `server RSS, ${texts.length} standards open and analysed (push), settled (${(0.3 + SETTLE_MS / 1000).toFixed(1)} s after)`, summarize(pushRss), fmtBytes, { text: '< 150 MB', ok: (m) => m < 150 * 1024 * 1024 });
    row('5', '  … peak RSS (VmHWM) during that', summarize(pushHwm), fmtBytes);
  }
}

// ---------------------------------------------------------------------------------------------
// 6. Size.

function size(): void {
  log('6. size …');
  const out: Record<string, number | string> = {};
  for (const f of ['server.js', 'client.js', 'cli.js', 'office.js']) {
    const p = path.join(SNAPSHOT, f);
    if (fs.existsSync(p)) {
      out[f] = fs.statSync(p).size;
      rows.push({ section: '6', metric: `dist/${f} (npm run build, not minified)`, value: fmtBytes(out[f] as number), range: '' });
    }
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  if (!pkg.scripts?.package) {
    out.vsix = 'skipped: no `npm run package` script';
    note('6', '.vsix', 'skipped (no `npm run package` script yet)');
  } else if (QUICK) {
    out.vsix = 'skipped in --quick';
    note('6', '.vsix', 'skipped in --quick');
  } else {
    const before = Date.now();
    const p = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8', timeout: 300000 });
    const vsix = fs
      .readdirSync(ROOT)
      .filter((f) => f.endsWith('.vsix'))
      .map((f) => ({ f, st: fs.statSync(path.join(ROOT, f)) }))
      .filter((x) => x.st.mtimeMs >= before - 1000)
      .sort((a, b) => b.st.mtimeMs - a.st.mtimeMs)[0];
    if (p.status === 0 && vsix) {
      out.vsix = vsix.st.size;
      // npm run package rebuilt dist/ minified: those are the bundles the .vsix ships.
      for (const f of ['server.js', 'client.js', 'cli.js', 'office.js']) {
        const q = path.join(DIST, f);
        if (!fs.existsSync(q)) continue;
        out[`${f} (minified)`] = fs.statSync(q).size;
        rows.push({ section: '6', metric: `dist/${f} (npm run package, minified)`, value: fmtBytes(fs.statSync(q).size), range: '' });
      }
      rows.push({ section: '6', metric: `${vsix.f} (npm run package)`, value: fmtBytes(vsix.st.size), range: '' });
    } else {
      out.vsix = `npm run package failed (${p.status}): ${(p.stderr || p.stdout).split('\n').slice(-5).join(' ')}`;
      note('6', '.vsix', `npm run package failed (exit ${p.status})`);
    }
  }
  results.size = out;
}

// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// 8. Workspace diagnostics (issue 14) and untrusted globs (issue 11): bench/workspace.ts.

async function workspaceSection(dir: string): Promise<void> {
  log('8. workspace diagnostics, pathological glob …');
  const n = 1000;
  const ws = path.join(dir, 'workspace-1000');
  writeBenchWorkspace(ws, n);
  const runs = [];
  for (let i = 0; i < (QUICK ? 1 : 3); i++) runs.push(await workspaceRun(SERVER, SERVER_NODE_FLAGS, ws, n));
  results.workspace = runs;
  row('8', `${n} standards + 3 kamus: initialized → every workspace diagnostic`, summarize(runs.map((r) => r.initializedToAllMs)), fmtMs, { text: '< 3 s', ok: (m) => m < 3000 });
  row('8', '  … the server\'s CPU time over it (user + system)', summarize(runs.map((r) => r.initializedToAllCpuMs)), fmtMs);
  row('8', `kamus edit → its ${runs[0].dependents} dependent standards' new reports`, summarize(runs.map((r) => r.kamusEditToDependentsMs)), fmtMs, { text: '< 1 s', ok: (m) => m < 1000 });
  row('8', 'server RSS after it (settled)', summarize(runs.flatMap((r) => (r.rssAfter ? [r.rssAfter] : []))), fmtBytes, { text: '< 200 MB', ok: (m) => m < 200 * 1024 * 1024 });
  const glob = [];
  for (let i = 0; i < P.runs; i++) glob.push(pathologicalGlobMs(30, 5000));
  row('8', 'glob *a×30*b against a 5,000-character name (no match)', summarize(glob), fmtMs, { text: '< 10 ms', ok: (m) => m < 10 });
}

async function main(): Promise<void> {
  const t0 = performance.now();
  for (const f of [SERVER, CLI]) if (!fs.existsSync(f)) throw new Error(`${f} missing: run npm run build first (npm run bench does)`);
  const cpus = os.cpus();
  const machine = {
    cores: cpus.length,
    cpu: cpus[0]?.model?.trim(),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    memory: fmtBytes(os.totalmem()),
    yaml: require(path.join(ROOT, 'node_modules', 'yaml', 'package.json')).version,
    mode: QUICK ? 'quick' : 'full',
    date: new Date().toISOString(),
  };
  results.machine = machine;
  console.log(`machine: ${machine.cores} cores, ${machine.cpu}, ${machine.memory} RAM, Node ${machine.node}, ${machine.platform}; yaml ${machine.yaml}; ${machine.mode} run; load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  if (CORPUS_ONLY) {
    generateCorpus(path.resolve(CORPUS_ONLY), { throughput: P.throughputFiles, scale: P.scaleFiles });
    console.log(`corpus written to ${path.resolve(CORPUS_ONLY)}`);
    return;
  }
  results.loadAverageAtStart = os.loadavg();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-bench-'));
  log(`corpus in ${dir} …`);
  SNAPSHOT = path.join(dir, 'dist');
  fs.mkdirSync(SNAPSHOT);
  for (const f of fs.readdirSync(DIST)) if (/\.js(\.map)?$/.test(f)) fs.copyFileSync(path.join(DIST, f), path.join(SNAPSHOT, f));
  SERVER = path.join(SNAPSHOT, 'server.js');
  CLI = path.join(SNAPSHOT, 'cli.js');
  const c = generateCorpus(dir, { throughput: P.throughputFiles, scale: P.scaleFiles });
  results.corpus = {
    dir,
    standard200Lines: c.standard200.split('\n').length - 1,
    tiers: c.tiers.length,
    kamusLines: { k50: c.kamus50.lines, k500: c.kamus500.lines, k20k: c.kamus20k.lines },
    throughputFiles: c.throughputFiles,
    scaleFiles: c.scaleFiles.length,
  };
  results.params = P;
  try {
    if (run('floor')) floor(c);
    if (run('anchor')) await anchor(c);
    if (run('latency')) await latency(c);
    if (run('throughput')) throughput(c);
    if (run('report')) report(c);
    if (run('scale')) await scale(c);
    if (run('size')) size();
    if (run('workspace')) await workspaceSection(dir);
    if (run('office')) results.office = await officeBench(ROOT, QUICK ? 2 : 5, row, log);
  } finally {
    if (!KEEP) fs.rmSync(dir, { recursive: true, force: true });
  }
  results.loadAverageAtEnd = os.loadavg();
  results.rows = rows;
  results.elapsedS = (performance.now() - t0) / 1000;
  console.log('');
  const md = printTable();
  results.markdown = md;
  const outFile = path.join(ROOT, 'bench', 'results.json');
  fs.writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
  console.log(`\n${rows.filter((r) => r.status === 'met').length} targets met, ${rows.filter((r) => r.status === 'missed').length} missed; ${(results.elapsedS as number).toFixed(0)} s; wrote ${path.relative(process.cwd(), outFile)}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
