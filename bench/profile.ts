/**
 * Runs one hot path of the server in-process, for `node --cpu-prof` (see BENCHMARKS.md):
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof out/bench/profile.js kamus     # keystrokes in the 20,000-line kamus
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof out/bench/profile.js standard  # keystrokes in the 200-line standard
 *   node out/bench/cpuprofile-top.js /tmp/prof/*.cpuprofile
 * It drives the server's own ServerState (server/src/lsp/state.ts) exactly as server.ts does on
 * didChange: re-index an open kamus, then analyse the document at its new version.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ServerState } from '../server/src/lsp/state';
import { generateCorpus } from './corpus';
import { posOf } from './lsp';

const what = process.argv[2] ?? 'kamus';
const n = Number(process.argv[3] ?? (what === 'kamus' ? 12 : 300));
const c = generateCorpus(path.join(os.tmpdir(), 'skj-bench-profile'), { throughput: 0, scale: 0 });
const docs = new Map<string, TextDocument>();
const state = new ServerState((uri) => docs.get(uri)?.getText());
state.reloadConfig();
state.kamus.setText('file:///ws/instansi.kamus.yaml', c.kamus50.text);
const uri = what === 'kamus' ? 'file:///ws/kamus-20k.kamus.yaml' : 'file:///ws/standard-200.skj.yaml';
const text = what === 'kamus' ? c.kamus20k.text : c.standard200;
const at = what === 'kamus' ? posOf(text, '            - ', { from: text.length >> 1, delta: 18 }) : posOf(text, 'kode: M.04');
let doc = TextDocument.create(uri, what === 'kamus' ? 'skj-kamus' : 'skj', 1, text);
docs.set(uri, doc);
if (what === 'kamus') state.updateKamusFromDocument(doc);
state.analysisOf(doc);
const times: number[] = [];
for (let i = 0; i < n; i++) {
  const t0 = performance.now();
  const range = i % 2 ? { start: at, end: { line: at.line, character: at.character + 1 } } : { start: at, end: at };
  doc = TextDocument.update(doc, [{ range, text: i % 2 ? '' : 'x' }], doc.version + 1);
  docs.set(uri, doc);
  if (what === 'kamus') state.updateKamusFromDocument(doc); // server.ts onKamusTextChanged
  state.analysisOf(doc); // the diagnostics after the debounce
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`${what}: ${n} keystrokes, median ${times[times.length >> 1].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`);
