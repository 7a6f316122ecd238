/** LSP helpers for the benchmark, on top of the reusable stdio test client. */
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { ClientOptions, TestClient } from '../test/support/lsp-client';

export { TestClient };

export interface Pos {
  line: number;
  character: number;
}

/** The position of `needle` (its `occurrence`-th match at or after `from`), plus `delta` characters. */
export function posOf(text: string, needle: string, opts: { from?: number; delta?: number } = {}): Pos & { offset: number } {
  const i = text.indexOf(needle, opts.from ?? 0);
  if (i < 0) throw new Error(`bench: "${needle}" not found`);
  const offset = i + (opts.delta ?? 0);
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1), offset };
}

/**
 * One open document edited by typing and deleting one character at a fixed spot (incremental
 * changes, as an editor sends them). Toggles between the original text and the text plus "x".
 */
export class Typist {
  version = 1;
  private inserted = false;
  constructor(
    readonly client: TestClient,
    readonly uri: string,
    readonly text: string,
    readonly at: Pos,
    readonly languageId = 'yaml',
  ) {}

  open(): void {
    void this.client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: this.uri, languageId: this.languageId, version: 1, text: this.text } });
  }

  /** Sends the next edit; returns its version. */
  edit(): number {
    const { line, character } = this.at;
    const change: TextDocumentContentChangeEvent = this.inserted
      ? { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' }
      : { range: { start: { line, character }, end: { line, character } }, text: 'x' };
    this.inserted = !this.inserted;
    this.version++;
    void this.client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: this.uri, version: this.version }, contentChanges: [change] });
    return this.version;
  }

  /** Waits for diagnostics published for `version` (servers that send versions). */
  waitVersion(version: number, timeoutMs = 30000): Promise<Diagnostic[]> {
    return this.client.waitForDiagnostics(this.uri, () => this.client.diagnostics.get(this.uri)?.version === version, timeoutMs);
  }

  /** Waits for the next publication after `before` (servers that do not send versions). */
  waitNext(before: unknown, timeoutMs = 30000): Promise<Diagnostic[]> {
    return this.client.waitForDiagnostics(this.uri, () => this.client.diagnostics.get(this.uri) !== before, timeoutMs);
  }

  pull(): Promise<unknown> {
    return this.client.request('textDocument/diagnostic', { textDocument: { uri: this.uri } });
  }
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/** Resident set size and its high-water mark of a process (Linux /proc), in bytes. */
export function memoryOf(pid: number | undefined): { rss?: number; hwm?: number } {
  if (!pid) return {};
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => {
      const m = new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(s);
      return m ? Number(m[1]) * 1024 : undefined;
    };
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return {};
  }
}

export function newClient(opts: ClientOptions): TestClient {
  return new TestClient(opts);
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
