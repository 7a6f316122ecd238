/**
 * A minimal LSP client over stdio for tests and benchmarks: starts the real bundled server
 * (dist/server.js), speaks JSON-RPC, records published diagnostics and the server's log.
 */
import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection,
  Diagnostic,
  InitializeParams,
  ProtocolConnection,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from './paths';

export interface ClientOptions {
  rootUri?: string | null;
  /** Advertise pull diagnostics (textDocument/diagnostic). Default false: the server pushes. */
  pull?: boolean;
  initializationOptions?: unknown;
  /** Answer for workspace/configuration requests (section 'skj'). */
  settings?: unknown;
  serverPath?: string;
  /** Node options before the server script (e.g. `--require` a preload). */
  nodeArgs?: string[];
  /** Extra command-line arguments for the server (e.g. `--clientProcessId=123`). */
  serverArgs?: string[];
  /** The `processId` sent in `initialize` (default: this process's pid; null for none). */
  processId?: number | null;
  /** Workspace folders (URIs) instead of the one rootUri (multi-root). */
  workspaceFolders?: string[];
  /** Advertise window.workDoneProgress (server-initiated progress, recorded in `progress`). */
  workDoneProgress?: boolean;
}

export class TestClient {
  readonly proc: ChildProcess;
  readonly conn: ProtocolConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every publishDiagnostics notification, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly log: string[] = [];
  stderr = '';
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();
  /** Every `$/progress` notification, in arrival order. */
  readonly progress: { token: string | number; value: { kind: string; title?: string; message?: string; percentage?: number; cancellable?: boolean; items?: unknown[] } }[] = [];
  /** The server's capabilities from `initialize`. */
  capabilities: Record<string, unknown> = {};
  /** Resolves with the exit code (or null on a signal) when the server process ends. */
  readonly exited: Promise<number | null>;
  exitCode: number | null | undefined;

  constructor(private readonly opts: ClientOptions = {}) {
    const server = opts.serverPath ?? path.join(repoRoot(), 'dist', 'server.js');
    this.proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), server, '--stdio', ...(opts.serverArgs ?? [])], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) =>
      this.proc.once('exit', (code) => {
        this.exitCode = code;
        resolve(code);
      }),
    );
    // A server that died must fail the test that used it, not crash the test run with EPIPE.
    this.proc.stdin!.on('error', () => undefined);
    this.proc.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.published.push(p);
      const w = this.waiters;
      this.waiters = [];
      w.forEach((f) => f());
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => {
      this.log.push(p.message);
    });
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => opts.settings ?? {}));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('workspace/diagnostic/refresh', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onNotification('$/progress', (p: TestClient['progress'][number]) => {
      this.progress.push(p);
      const w = this.waiters;
      this.waiters = [];
      w.forEach((f) => f());
    });
    this.conn.listen();
  }

  async initialize(): Promise<unknown> {
    const params: InitializeParams = {
      processId: this.opts.processId === undefined ? process.pid : this.opts.processId,
      rootUri: this.opts.rootUri ?? null,
      workspaceFolders: this.opts.workspaceFolders ? this.opts.workspaceFolders.map((uri, i) => ({ uri, name: `ws${i}` })) : this.opts.rootUri ? [{ uri: this.opts.rootUri, name: 'ws' }] : null,
      initializationOptions: this.opts.initializationOptions,
      capabilities: {
        window: this.opts.workDoneProgress ? { workDoneProgress: true } : undefined,
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          diagnostic: this.opts.pull ? { dynamicRegistration: false } : undefined,
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        },
      },
    };
    const result = await this.conn.sendRequest('initialize', params);
    this.capabilities = ((result as { capabilities?: Record<string, unknown> }).capabilities ?? {}) as Record<string, unknown>;
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'skj'): void {
    this.versions.set(uri, 1);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text (a full-document change). Returns the new version. */
  change(uri: string, text: string): number {
    const v = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, v);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text }] });
    return v;
  }

  /**
   * Incremental changes (LSP ranges over the previous text), sent as one didChange.
   * Returns the new version.
   */
  changeIncremental(uri: string, changes: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[]): number {
    const v = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, v);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: changes });
    return v;
  }

  /** True while the server process runs. */
  get alive(): boolean {
    return this.exitCode === undefined;
  }

  /** Sends `exit` without `shutdown` first (or after it) and waits for the process to end. */
  async exitAndWait(timeoutMs = 5000): Promise<number | null | 'timeout'> {
    void this.conn.sendNotification('exit').catch(() => undefined);
    return Promise.race([this.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), timeoutMs))]);
  }

  close(uri: string): void {
    void this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  /** Waits until diagnostics for `uri` satisfy `pred` (default: published for the current version). */
  async waitForDiagnostics(uri: string, pred?: (d: Diagnostic[]) => boolean, timeoutMs = 5000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    const ok = () => {
      const p = this.diagnostics.get(uri);
      if (!p) return false;
      if (pred) return pred(p.diagnostics);
      return p.version === undefined || p.version === this.version(uri);
    };
    while (!ok()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(uri)?.diagnostics.map((d) => d.code))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    return this.diagnostics.get(uri)!.diagnostics;
  }

  /** Waits until `pred` holds, re-checked whenever a notification arrives. */
  async waitFor(pred: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pred()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${what} not met within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 100));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.proc.once('exit', (code) => resolve(code)));
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      this.proc.kill();
    }
    const code = await Promise.race([exited, new Promise<number | null>((r) => setTimeout(() => (this.proc.kill(), r(-1)), 3000))]);
    this.conn.dispose();
    return code;
  }
}
