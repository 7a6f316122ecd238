/**
 * The SKJ language server: wires LSP requests to the pure core. `skj-language-server --stdio`
 * (or `--node-ipc` when started by the VS Code client).
 */
import {
  CodeAction,
  CodeActionKind,
  createConnection,
  Diagnostic,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  MarkupKind,
  ResponseError,
  SymbolKind,
  FileChangeType,
  InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { dictionaryFor } from './core/analyze';
import { codeActions, complete, documentSymbols, FeatureOptions, FIX_ALL_KIND, foldingRanges, hover, inlayHints, newStandardText, selectionRanges } from './core/features';
import { renderFormHtml } from './core/render/form-html';
import { fileKindOf } from './core/types';
import { definition, prepareRename, references, rename, technicalReferences, workspaceSymbols } from './core/workspace/navigation';
import { toLspCompletion, toLspFolding, toLspInlayHint, toLspSelection, toLspSymbol } from './lsp/features';
import { toDiagnostic, workspaceEdit } from './lsp/convert';
import { ShutdownGuard } from './lsp/shutdown';
import { ServerState } from './lsp/state';
import { writeMessagesWhole } from './lsp/stdio';
import { settingsToConfig } from './lsp/workspace';

if (process.argv.includes('--stdio')) writeMessagesWhole(process.stdout);
const shutdown = new ShutdownGuard();
const connection = createConnection(ProposedFeatures.all, { messageStrategy: shutdown });
shutdown.install(connection);
const documents = new TextDocuments(TextDocument);
const state = new ServerState((uri) => documents.get(uri)?.getText());

let pullDiagnostics = false;
let relatedInformation = false;
let configurationSupport = false;
let watchedFilesDynamic = false;
let workspaceFoldersSupport = false;
let markdown = true;
let snippets = false;
const DEBOUNCE_MS = 100;

connection.onInitialize((params): InitializeResult => {
  setTimeout(kamusIndexed, KAMUS_WAIT_MS).unref();
  const caps = params.capabilities;
  pullDiagnostics = !!caps.textDocument?.diagnostic;
  relatedInformation = !!caps.textDocument?.publishDiagnostics?.relatedInformation;
  configurationSupport = !!caps.workspace?.configuration;
  watchedFilesDynamic = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  workspaceFoldersSupport = !!caps.workspace?.workspaceFolders;
  markdown = !!caps.textDocument?.hover?.contentFormat?.includes('markdown') || !!caps.textDocument?.completion?.completionItem?.documentationFormat?.includes('markdown');
  snippets = !!caps.textDocument?.completion?.completionItem?.snippetSupport;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  try {
    state.folders.setFromUris(folders);
  } catch {
    state.folders.roots = [];
  }
  const init = params.initializationOptions as { settings?: unknown; trusted?: boolean } | undefined;
  if (init?.settings) state.settings = settingsToConfig(init.settings);
  state.trusted = init?.trusted !== false;
  state.reloadConfig();
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
      diagnosticProvider: pullDiagnostics ? { interFileDependencies: true, workspaceDiagnostics: false } : undefined,
      hoverProvider: true,
      completionProvider: { triggerCharacters: [':', ' ', '-', '.'], resolveProvider: false },
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      workspaceSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      documentSymbolProvider: { label: 'SKJ' },
      inlayHintProvider: { resolveProvider: false },
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'skj-language-server', version: typeof SKJ_VERSION === 'string' ? SKJ_VERSION : '0.0.0-dev' },
  };
});
declare const SKJ_VERSION: string | undefined;

connection.onInitialized(async () => {
  if (watchedFilesDynamic) {
    await connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.{kamus.yaml,kamus.yml}' }, { globPattern: '**/*.{skj.yaml,skj.yml}' }, { globPattern: '**/skj.config.{yaml,yml}' }],
    });
  }
  if (workspaceFoldersSupport) {
    connection.workspace.onDidChangeWorkspaceFolders(async () => {
      const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
      try {
        state.folders.setFromUris(folders.map((f) => f.uri));
      } catch {
        /* keep the old roots */
      }
      state.reloadConfig();
      void indexWorkspace();
    });
  }
  if (configurationSupport) await pullSettings();
  // Index the workspace's kamus files without holding up the first diagnostics.
  setImmediate(() => void indexWorkspace());
});

async function pullSettings(): Promise<void> {
  try {
    const [s] = await connection.workspace.getConfiguration([{ section: 'skj' }]);
    state.settings = settingsToConfig(s);
  } catch {
    /* a client without settings */
  }
  state.reloadConfig();
}

/**
 * Standards are checked against the workspace's kamus files. Until the first scan has indexed
 * them (at most KAMUS_WAIT_MS after initialize), a standard's diagnostics wait for it — instead of
 * showing technical-unknown on every technical competency for a moment and being checked a
 * second time right after (for a workspace opened with many files, twice the work and memory).
 */
const KAMUS_WAIT_MS = 2000;
let endKamusWait: () => void = () => undefined;
/** Pending until the first kamus scan is done, then undefined. */
let kamusWait: Promise<void> | undefined = new Promise<void>((resolve) => (endKamusWait = resolve));
function kamusIndexed(): void {
  kamusWait = undefined;
  endKamusWait();
}
/** What a document's diagnostics must wait for: the first kamus scan, for a standard (see kamusIndexed). */
function readyFor(uri: string): Promise<void> | undefined {
  return fileKindOf(uri) === 'skj' ? kamusWait : undefined;
}

async function indexWorkspace(): Promise<void> {
  if (!state.trusted) return kamusIndexed(); // limited mode: only open documents
  const files = await state.folders.scan('kamus', 20000, state.config.kamus);
  for (const f of files) {
    if (documents.get(pathToFileURL(f).href)) continue;
    state.indexKamusFromDisk(f);
  }
  kamusIndexed();
  refreshAll();
  // Then the standards' technical references (for find-references and rename).
  for (const f of await state.folders.scan('skj', 20000)) {
    const uri = pathToFileURL(f).href;
    if (!documents.get(uri)) state.indexStandardFromDisk(f);
  }
  for (const [uri, finding] of state.skipped) {
    void connection.sendDiagnostics({ uri, diagnostics: [toDiagnostic(finding, relatedInformation)] });
  }
  refreshAll();
}

// ---------------------------------------------------------------------------------------------
// Diagnostics: pulled by clients that can, pushed (debounced, never for a stale version) otherwise.

const timers = new Map<string, NodeJS.Timeout>();

function diagnosticsOf(doc: TextDocument): Diagnostic[] {
  if (fileKindOf(doc.uri) === 'config') {
    // The config was reloaded when its text changed (onConfigChanged).
    const f = state.configFile?.uri === doc.uri ? state.configFile.findings : [];
    return f.map((x) => toDiagnostic(x, relatedInformation));
  }
  return state.findingsOf(doc).map((f) => toDiagnostic(f, relatedInformation));
}

function schedule(doc: TextDocument): void {
  if (pullDiagnostics) return;
  const uri = doc.uri;
  clearTimeout(timers.get(uri));
  timers.set(
    uri,
    setTimeout(() => {
      timers.delete(uri);
      const current = documents.get(uri);
      if (!current || current.version !== doc.version) return; // a newer edit is scheduled
      const wait = readyFor(uri);
      if (wait) {
        void wait.then(() => {
          const latest = documents.get(uri);
          if (latest) schedule(latest);
        });
        return;
      }
      const diagnostics = safe(() => diagnosticsOf(current), []);
      if (documents.get(uri)?.version !== current.version) return;
      void connection.sendDiagnostics({ uri, version: current.version, diagnostics });
    }, DEBOUNCE_MS),
  );
}

/** Something other files depend on changed (a kamus, the config): re-check every open file. */
function refreshAll(): void {
  if (pullDiagnostics) {
    void connection.languages.diagnostics.refresh();
    return;
  }
  for (const d of documents.all()) schedule(d);
}

connection.languages.diagnostics.on(async (params) => {
  await readyFor(params.textDocument.uri);
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  return { kind: DocumentDiagnosticReportKind.Full, items: safe(() => diagnosticsOf(doc), []) };
});

documents.onDidChangeContent((e) => {
  const kind = fileKindOf(e.document.uri);
  if (kind === 'skj') {
    // Not on every keystroke (that was a second full parse of the standard per edit): when
    // references or a rename are asked for, or once typing pauses.
    const uri = e.document.uri;
    state.refs.setLazy(uri, () => {
      const text = documents.get(uri)?.getText();
      if (text === undefined) return [];
      state.idle.note(text.length);
      return technicalReferences(uri, text);
    });
    indexReferencesWhenIdle();
  }
  if (kind === 'kamus') onKamusTextChanged(e.document);
  else if (kind === 'config') onConfigChanged();
  schedule(e.document);
});

/** Open standards edited since the reference index last saw them are indexed after a pause. */
const REFS_IDLE_MS = 1000;
let refsTimer: NodeJS.Timeout | undefined;
function indexReferencesWhenIdle(): void {
  clearTimeout(refsTimer);
  refsTimer = setTimeout(() => {
    refsTimer = undefined;
    safe(() => state.refs.resolvePending(), undefined);
  }, REFS_IDLE_MS);
}

documents.onDidClose((e) => {
  const uri = e.document.uri;
  clearTimeout(timers.get(uri));
  timers.delete(uri);
  state.forget(uri);
  if (fileKindOf(uri) === 'skj') {
    const file = state.fileOf(uri);
    if (file) state.indexStandardFromDisk(file);
    else state.refs.remove(uri);
  }
  if (fileKindOf(uri) === 'kamus') {
    // Back to what is on disk (or nothing, for an unsaved/untitled kamus).
    const file = state.fileOf(uri);
    const before = state.kamus.version;
    if (file) state.indexKamusFromDisk(file);
    else state.kamus.remove(uri);
    if (state.kamus.version !== before) refreshAll();
  }
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
});

function onKamusTextChanged(doc: TextDocument): void {
  const before = state.kamus.version;
  state.updateKamusFromDocument(doc);
  if (state.kamus.version !== before) {
    // Other open files may depend on this kamus: re-check them (this one is scheduled anyway).
    if (pullDiagnostics) void connection.languages.diagnostics.refresh();
    else for (const d of documents.all()) if (d.uri !== doc.uri) schedule(d);
  }
}

function onConfigChanged(): void {
  state.reloadConfig();
  refreshAll();
}

connection.onDidChangeConfiguration(async (change) => {
  if (configurationSupport) await pullSettings();
  else {
    state.settings = settingsToConfig((change.settings as { skj?: unknown } | undefined)?.skj);
    state.reloadConfig();
  }
  refreshAll();
});

connection.onDidChangeWatchedFiles((params) => {
  let changed = false;
  for (const c of params.changes) {
    const kind = fileKindOf(c.uri);
    if (kind === 'config') {
      state.reloadConfig();
      changed = true;
      continue;
    }
    if (documents.get(c.uri)) continue; // open documents win over disk
    const file = state.fileOf(c.uri);
    if (!file) continue;
    if (kind === 'skj') {
      if (c.type === FileChangeType.Deleted) state.refs.remove(c.uri);
      else state.indexStandardFromDisk(file);
      continue;
    }
    if (kind !== 'kamus') continue;
    const before = state.kamus.version;
    if (c.type === FileChangeType.Deleted) state.kamus.remove(c.uri);
    else state.indexKamusFromDisk(file);
    if (state.kamus.version !== before) changed = true;
  }
  if (changed) refreshAll();
});

// ---------------------------------------------------------------------------------------------
// Code actions: the fixes the rules computed for the findings under the cursor.

connection.onCodeAction((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !fileKindOf(doc.uri)) return [];
  return safe(() => {
    const analysis = state.analysisOf(doc);
    const actions = codeActions(analysis, params.range, { only: params.context.only, locale: state.config.locale, config: state.config, kamus: state.kamus });
    return actions.map((a): CodeAction => {
      const finding = a.diagnosticRule ? analysis.findings.find((f) => f.rule === a.diagnosticRule && a.diagnosticRange && f.range.start.line === a.diagnosticRange.start.line && f.range.start.character === a.diagnosticRange.start.character) : undefined;
      return {
        title: a.title,
        kind: a.kind,
        diagnostics: finding ? [toDiagnostic(finding, relatedInformation)] : undefined,
        isPreferred: a.isPreferred,
        edit: workspaceEdit(doc.uri, a.edits),
      };
    });
  }, []);
});

connection.onDocumentSymbol((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !fileKindOf(doc.uri)) return [];
  return safe(() => documentSymbols(state.analysisOf(doc)).map(toLspSymbol), []);
});

connection.languages.inlayHint.on((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !fileKindOf(doc.uri)) return [];
  return safe(() => inlayHints(state.analysisOf(doc), params.range, featureOptions()).map(toLspInlayHint), []);
});

connection.onFoldingRanges((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !fileKindOf(doc.uri)) return [];
  return safe(() => foldingRanges(state.analysisOf(doc)).map(toLspFolding), []);
});

connection.onSelectionRanges((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !fileKindOf(doc.uri)) return [];
  return safe(() => selectionRanges(state.analysisOf(doc), params.positions).map(toLspSelection), []);
});

function featureOptions(): FeatureOptions {
  return { config: state.config, dictionary: dictionaryFor(state.kamus), locale: state.config.locale, markdown, snippets };
}

connection.onCompletion((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !fileKindOf(doc.uri)) return [];
  return safe(() => complete(state.analysisOf(doc), params.position, featureOptions()).map((c) => toLspCompletion(c, markdown)), []);
});

connection.onHover((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !fileKindOf(doc.uri)) return null;
  return safe(() => {
    const h = hover(state.analysisOf(doc), params.position, featureOptions());
    return h ? { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: h.contents }, range: h.range } : null;
  }, null);
});

// Navigation between standards and kamus files (technical codes).

connection.onDefinition((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  return safe(() => definition(state.analysisOf(doc), params.position, state.kamus), []);
});

connection.onReferences((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  return safe(() => references(state.analysisOf(doc), params.position, state.kamus, state.refs, params.context.includeDeclaration), []);
});

connection.onPrepareRename((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  return safe(() => prepareRename(state.analysisOf(doc), params.position) ?? null, null);
});

connection.onRenameRequest((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const result = safe(() => rename(state.analysisOf(doc), params.position, params.newName, state.kamus, state.refs, state.config.locale), undefined);
  if (!result) return null;
  if ('error' in result) throw new ResponseError(ErrorCodes.InvalidParams, result.error);
  return result;
});

connection.onWorkspaceSymbol((params) =>
  safe(() => workspaceSymbols(params.query, state.kamus).map((s) => ({ name: s.name, kind: SymbolKind.Class, containerName: s.detail, location: s.location })), []),
);

// Custom requests of the VS Code extension (and any client): a new standard, the form preview.
connection.onRequest('skj/newStandard', (p: { kelompok: string; jenjang: string }) => ({
  text: newStandardText(p.kelompok, p.jenjang, { config: state.config, locale: state.config.locale }),
}));

connection.onRequest('skj/renderForm', (p: { uri: string; mode?: 'webview' | 'print'; cspSource?: string; nonce?: string }) => {
  const doc = documents.get(p.uri);
  let text = doc?.getText();
  if (text === undefined) {
    const file = state.fileOf(p.uri);
    if (file && state.trusted && state.folders.contains(file)) text = require('node:fs').readFileSync(file, 'utf8') as string;
  }
  if (text === undefined) return { html: '' };
  const title = decodeURIComponent(p.uri.split('/').pop() ?? '');
  return {
    html: renderFormHtml(text, { title, mode: p.mode ?? 'webview', cspSource: p.cspSource, nonce: p.nonce, locale: state.config.locale, dictionary: dictionaryFor(state.kamus) }),
  };
});

/** Runs a handler; a bug in one feature answers empty instead of failing the request. */
function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (e) {
    connection.console.error(`skj: ${(e as Error)?.stack ?? e}`);
    return fallback;
  }
}

documents.listen(connection);
connection.listen();
