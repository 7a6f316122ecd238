/**
 * Section 7 of `npm run bench`: workspace diagnostics and untrusted globs.
 * - a 1,000-standard workspace (3 kamus files): time from `initialized` to every standard's
 *   report from workspace/diagnostic; a kamus edit to every dependent standard's new report; the
 *   server's RSS after it;
 * - a pathological glob (`*a*a…*b`) against a long name, matched by core/workspace/glob.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { compileGlob } from '../server/src/core/workspace/glob';
import { CODES, kamusText, writeWorkspace } from '../test/support/workspace';
import { memoryOf, sleep, TestClient } from './lsp';

export interface WorkspaceRun {
  initializedToAllMs: number;
  /** The server's CPU time (user + system) over the same span: what a loaded machine does not distort. */
  initializedToAllCpuMs: number;
  kamusEditToDependentsMs: number;
  dependents: number;
  rssAfter?: number;
}

type Report = { kind: string; uri: string; resultId?: string; items?: { code?: unknown }[] };

/** One run on a fresh server over `dir` (a workspace of `n` standards written by writeWorkspace). */
export async function workspaceRun(server: string, nodeArgs: string[], dir: string, n: number): Promise<WorkspaceRun> {
  const client = new TestClient({ rootUri: pathToFileURL(dir).href, pull: true, serverPath: server, nodeArgs });
  await client.initialize(); // sends `initialized`
  const t0 = performance.now();
  const cpu0 = cpuMs(client.proc.pid);
  const first = await client.request<{ items: Report[] }>('workspace/diagnostic', { previousResultIds: [] });
  const initializedToAllMs = performance.now() - t0;
  const initializedToAllCpuMs = cpuMs(client.proc.pid) - cpu0;
  const standards = first.items.filter((i) => i.uri.endsWith('.skj.yaml'));
  if (standards.length !== n) throw new Error(`bench: ${standards.length} of ${n} standards reported`);
  const previous = first.items.map((i) => ({ uri: i.uri, value: i.resultId! }));
  // The kamus of CODES[1] renames its code: a third of the standards get technical-unknown.
  const k1 = pathToFileURL(path.join(dir, 'kamus', 'k1.kamus.yaml')).href;
  client.open(k1, kamusText(CODES[1]));
  await client.request('textDocument/diagnostic', { textDocument: { uri: k1 } });
  const t1 = performance.now();
  client.change(k1, kamusText('KT.B.99'));
  const after = await client.request<{ items: Report[] }>('workspace/diagnostic', { previousResultIds: previous });
  const kamusEditToDependentsMs = performance.now() - t1;
  const dependents = after.items.filter((i) => i.kind === 'full' && i.items?.some((d) => d.code === 'technical-unknown')).length;
  await sleep(2500); // the idle collection
  const rssAfter = memoryOf(client.proc.pid).rss;
  await client.shutdown();
  return { initializedToAllMs, initializedToAllCpuMs, kamusEditToDependentsMs, dependents, rssAfter };
}

/** User + system CPU time of a process so far (Linux /proc; clock ticks of 10 ms). */
function cpuMs(pid: number | undefined): number {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return NaN;
  }
}

export function writeBenchWorkspace(dir: string, n: number): void {
  fs.mkdirSync(dir, { recursive: true });
  writeWorkspace(dir, n);
}

/** ms to match `*a` × k + `*b` against a name of `len` characters (no match). */
export function pathologicalGlobMs(k: number, len: number): number {
  const g = compileGlob('*a'.repeat(k) + '*b');
  const name = 'a'.repeat(len);
  const t = performance.now();
  if (g.test(name)) throw new Error('bench: the pathological glob matched');
  return performance.now() - t;
}
