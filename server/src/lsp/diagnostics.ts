/**
 * Diagnostics: open documents pulled by clients that can (textDocument/diagnostic), pushed
 * (debounced, never for a stale version) otherwise; the workspace's closed files through
 * workspace/diagnostic (result ids, partial results) or pushed when the client cannot pull,
 * following `skj.diagnostics.scope`. The workspace scan runs after `initialized` with
 * work-done progress the user can cancel.
 */
import { pathToFileURL } from 'node:url';
import {
  CancellationToken,
  Connection,
  Diagnostic,
  DocumentDiagnosticReportKind,
  TextDocuments,
  WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileKindOf, Finding } from '../core/types';
import { toDiagnostic } from './convert';
import type { ServerState } from './state';
import { ClosedFiles } from './workspace-diagnostics';

const DEBOUNCE_MS = 100;
/** The longest a workspace pull is held when nothing changes (see workspaceReport). */
const HOLD_MS = 60_000;
/** Standards wait for the first kamus scan at most this long after initialize. */
export const KAMUS_WAIT_MS = 2000;
/** Files checked between two yields to the event loop (and progress reports) during the scan. */
const SCAN_BATCH = 25;
/** A config being typed in is not rescanned on every keystroke. */
const RESCAN_MS = 500;

export interface DiagnosticsCaps {
  pull: boolean;
  relatedInformation: boolean;
  workDoneProgress: boolean;
}

export class Diagnostics {
  readonly closed: ClosedFiles;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Pending until the first kamus scan is done, then undefined. */
  private kamusWait: Promise<void> | undefined;
  private endKamusWait: () => void = () => undefined;
  /** Pending while a workspace scan runs. */
  private scanning: Promise<void> | undefined;
  /** The user cancelled the scan: closed files are not checked until the next scan. */
  private cancelled = false;
  /** Last result id pushed per closed file (push mode). */
  private readonly pushed = new Map<string, string>();
  private closedTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly state: ServerState,
    private readonly caps: DiagnosticsCaps,
    private readonly safe: <T>(fn: () => T, fallback: T) => T,
  ) {
    this.kamusWait = new Promise<void>((resolve) => (this.endKamusWait = resolve));
    this.closed = new ClosedFiles(state, (f) => toDiagnostic(f, caps.relatedInformation));
  }

  /** Starts the wait for the first kamus scan (at initialize). */
  startKamusWait(): void {
    setTimeout(() => this.kamusIndexed(), KAMUS_WAIT_MS).unref();
  }

  private kamusIndexed(): void {
    this.kamusWait = undefined;
    this.endKamusWait();
  }

  /** What a document's diagnostics must wait for: the first kamus scan, for a standard. */
  readyFor(uri: string): Promise<void> | undefined {
    return fileKindOf(uri) === 'skj' ? this.kamusWait : undefined;
  }

  diagnosticsOf(doc: TextDocument): Diagnostic[] {
    return this.findingsOf(doc).map((f) => toDiagnostic(f, this.caps.relatedInformation));
  }

  private findingsOf(doc: TextDocument): Finding[] {
    if (fileKindOf(doc.uri) === 'config') {
      const file = this.state.fileOf(doc.uri);
      if (!file) return [];
      // The config was reloaded when its text changed (onConfigChanged).
      const loaded = this.state.configs.load(file);
      return [...loaded.findings, ...(this.state.configGlobFindings.get(file) ?? [])];
    }
    return this.state.findingsOf(doc);
  }

  schedule(doc: TextDocument): void {
    // An open standard's edit may change closed ones' cross-standard findings.
    this.touch();
    if (this.caps.pull) return;
    const uri = doc.uri;
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        const current = this.documents.get(uri);
        if (!current || current.version !== doc.version) return; // a newer edit is scheduled
        const wait = this.readyFor(uri);
        if (wait) {
          void wait.then(() => {
            const latest = this.documents.get(uri);
            if (latest) this.schedule(latest);
          });
          return;
        }
        const diagnostics = this.safe(() => this.diagnosticsOf(current), []);
        if (this.documents.get(uri)?.version !== current.version) return;
        void this.connection.sendDiagnostics({ uri, version: current.version, diagnostics });
      }, DEBOUNCE_MS),
    );
  }

  /** Something other files depend on changed (a kamus, the config): re-check every file. */
  refreshAll(except?: string): void {
    this.touch();
    if (this.caps.pull) {
      void this.connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    for (const d of this.documents.all()) if (d.uri !== except) this.schedule(d);
    this.scheduleClosed();
  }

  /** A document was closed: its problems are now those of the file on disk (workspace scope). */
  onClose(uri: string): void {
    this.touch();
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    if (this.caps.pull) {
      if (this.closed.files.has(uri)) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    this.pushed.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    if (this.closed.files.has(uri)) this.scheduleClosed();
  }

  /** Push mode: publish the closed files whose report changed (debounced). */
  private scheduleClosed(): void {
    if (this.caps.pull) return;
    clearTimeout(this.closedTimer);
    this.closedTimer = setTimeout(() => {
      this.closedTimer = undefined;
      void this.pushClosed();
    }, DEBOUNCE_MS);
  }

  private async pushClosed(): Promise<void> {
    if (this.caps.pull) return;
    const workspace = this.state.scope === 'workspace' && !this.cancelled;
    let n = 0;
    for (const uri of [...this.closed.files.keys()]) {
      if (this.documents.get(uri)) continue;
      const report = workspace ? this.safe(() => this.closed.report(uri), undefined) : undefined;
      const id = report?.resultId ?? '';
      if ((this.pushed.get(uri) ?? '') === id) continue;
      this.pushed.set(uri, id);
      void this.connection.sendDiagnostics({ uri, diagnostics: report?.diagnostics ?? [] });
      if (++n % SCAN_BATCH === 0) await new Promise((r) => setImmediate(r));
    }
  }

  /** Scans the workspace again after a pause (a config or ignore file changed: other files may be in or out). */
  rescanSoon(): void {
    clearTimeout(this.rescanTimer);
    this.rescanTimer = setTimeout(() => void this.scanWorkspace(), RESCAN_MS);
  }
  private rescanTimer: NodeJS.Timeout | undefined;

  /** Indexes the workspace's kamus files, then reads and checks every standard (with progress). */
  scanWorkspace(): Promise<void> {
    const run = this.scanning ? this.scanning.then(() => this.scan()) : this.scan();
    const p = run.finally(() => {
      if (this.scanning === p) this.scanning = undefined;
    });
    this.scanning = p;
    return p;
  }

  private async scan(): Promise<void> {
    const state = this.state;
    if (!state.trusted) return this.kamusIndexed(); // limited mode: only open documents
    this.cancelled = false;
    const progress = this.caps.workDoneProgress ? await this.connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    const en = state.config.locale === 'en';
    progress?.begin(en ? 'SKJ: checking the workspace' : 'SKJ: memeriksa workspace', 0, en ? 'looking for files…' : 'mencari berkas…', true);
    try {
      const ws = this.safe(() => state.folders.scan(state.configs, state.config.locale), undefined);
      if (!ws) return;
      state.configGlobFindings = ws.configFindings;
      for (const c of ws.configs) {
        const refused = state.configs.load(c).refused;
        if (refused) this.connection.console.warn(`skj: ${c} is not applied: ${refused}`);
      }
      for (const e of ws.errors) this.connection.console.warn(`skj: cannot read ${e.path}: ${e.message}`);
      if (ws.truncated) this.connection.console.warn('skj: the workspace has more than 20,000 entries or folders deeper than 30 levels; the rest is not scanned');
      const kamus = new Set(ws.kamus.map((f) => pathToFileURL(f).href));
      // Kamus files no longer found (an ignore rule or a glob changed) leave the index.
      for (const uri of state.kamus.uris()) if (!kamus.has(uri) && !this.documents.get(uri)) state.kamus.remove(uri);
      for (const f of ws.kamus) if (!this.documents.get(pathToFileURL(f).href)) this.safe(() => state.indexKamusFromDisk(f), undefined);
      this.kamusIndexed();
      this.closed.setFiles([...ws.standards, ...ws.kamus.filter((k) => fileKindOf(k) === 'kamus'), ...ws.configs]);
      this.refreshAll();
      const total = ws.standards.length;
      const check = state.scope === 'workspace';
      // Every standard's summary before any is checked: the cross-standard rules compare each with all the others.
      if (check) for (const f of ws.standards) if (!this.documents.get(pathToFileURL(f).href)) this.safe(() => state.summarizeFromDisk(f), undefined);
      for (let i = 0; i < total; i++) {
        if (progress?.token.isCancellationRequested) {
          this.cancelled = true;
          break;
        }
        const f = ws.standards[i];
        const uri = pathToFileURL(f).href;
        if (!this.documents.get(uri)) {
          // Checking it also indexes its technical references (workspace-diagnostics.ts).
          if (check) this.safe(() => this.closed.report(uri), undefined);
          else this.safe(() => state.indexStandardFromDisk(f), undefined);
        }
        if ((i + 1) % SCAN_BATCH === 0) {
          progress?.report(Math.round(((i + 1) / total) * 100), en ? `${i + 1} of ${total} standards` : `${i + 1} dari ${total} standar`);
          await new Promise((r) => setImmediate(r));
        }
      }
      for (const [uri, finding] of state.skipped) if (!this.caps.pull) void this.connection.sendDiagnostics({ uri, diagnostics: [toDiagnostic(finding, this.caps.relatedInformation)] });
      this.refreshAll();
    } finally {
      this.kamusIndexed();
      progress?.done();
    }
  }

  /**
   * Workspace pulls are held while nothing changed (LSP 3.17's long poll): VS Code asks again
   * at once after every answer, which would check every closed file's disk stamp every 2 s.
   * A change (an edit, a closed document, a kamus or config change, a file on disk, the scan)
   * answers; so does a minute passing (a client that does not watch files still sees changes).
   */
  private generation = 0;
  private answered = -1;
  private readonly waiting = new Set<() => void>();

  /** Something a closed file's report may depend on happened. */
  touch(): void {
    this.generation++;
    for (const wake of [...this.waiting]) wake();
  }

  private changeOrCancel(token: CancellationToken): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        sub.dispose();
        this.waiting.delete(done);
        resolve();
      };
      const timer = setTimeout(done, HOLD_MS);
      const sub = token.onCancellationRequested(done);
      this.waiting.add(done);
    });
  }

  /** workspace/diagnostic: every closed file's report, `unchanged` where the client has it. */
  async workspaceReport(
    previous: { uri: string; value: string }[],
    token: CancellationToken,
    partial?: { report(data: { items: WorkspaceDocumentDiagnosticReport[] }): void },
  ): Promise<{ items: WorkspaceDocumentDiagnosticReport[] }> {
    const cancelled = () => token.isCancellationRequested;
    if (previous.length && this.answered === this.generation) await this.changeOrCancel(token);
    if (cancelled()) return { items: [] };
    await this.kamusWait;
    await this.scanning;
    const at = this.generation;
    try {
      return await this.workspaceItems(previous, cancelled, partial);
    } finally {
      this.answered = at;
    }
  }

  private async workspaceItems(
    previous: { uri: string; value: string }[],
    cancelled: () => boolean,
    partial?: { report(data: { items: WorkspaceDocumentDiagnosticReport[] }): void },
  ): Promise<{ items: WorkspaceDocumentDiagnosticReport[] }> {
    if (this.state.scope !== 'workspace' || !this.state.trusted) {
      // Scope "open": what the client still shows of closed files is cleared (an empty full report).
      return { items: previous.filter((p) => !this.documents.get(p.uri)).map((p) => ({ kind: DocumentDiagnosticReportKind.Full, uri: p.uri, version: null, items: [] })) };
    }
    const prev = new Map(previous.map((p) => [p.uri, p.value]));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    let batch: WorkspaceDocumentDiagnosticReport[] = [];
    let sent = false;
    for (const uri of [...this.closed.files.keys()]) {
      if (cancelled()) break;
      if (this.documents.get(uri)) continue; // open documents are reported by textDocument/diagnostic
      if (this.cancelled && this.closed.isStale(uri)) continue;
      const r = this.safe(() => this.closed.report(uri), undefined);
      if (!r) continue;
      const item: WorkspaceDocumentDiagnosticReport =
        prev.get(uri) === r.resultId
          ? { kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId: r.resultId }
          : { kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId: r.resultId, items: r.diagnostics };
      (partial ? batch : items).push(item);
      if (partial && batch.length >= 100) {
        partial.report({ items: batch });
        sent = true;
        batch = [];
        await new Promise((res) => setImmediate(res));
      }
    }
    if (partial && sent) {
      if (batch.length) partial.report({ items: batch });
      return { items: [] };
    }
    return { items: partial ? batch : items };
  }
}
