/**
 * The SKJ language server: wires LSP requests to the pure core. `skj-language-server --stdio`
 * (or `--node-ipc` when started by the VS Code client).
 */
import type { Locale } from './core/types';
import {
  CodeAction,
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  MarkupKind,
  ResponseError,
  SymbolKind,
  InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { dictionaryFor } from './core/analyze';
import { codeActions, complete, documentSymbols, FeatureOptions, FIX_ALL_KIND, FIX_ALL_SAFE_COMMAND, fixAllEdits, foldingRanges, hover, inlayHints, newStandardText, selectionRanges } from './core/features';
import { renderFormHtml } from './core/render/form-html';
import { fileKindOf } from './core/types';
import { definition, prepareRename, references, rename, workspaceSymbols } from './core/workspace/navigation';
import { toLspCompletion, toLspFolding, toLspInlayHint, toLspSelection, toLspSymbol } from './lsp/features';
import { toDiagnostic, workspaceEdit } from './lsp/convert';
import { ShutdownGuard } from './lsp/shutdown';
import { handleServerArgs } from './lsp/cli-args';
import { ServerState } from './lsp/state';
import { writeMessagesWhole } from './lsp/stdio';
import { Diagnostics } from './lsp/diagnostics';
import { registerFileSync } from './lsp/file-sync';
import { registerOverview } from './lsp/overview';

handleServerArgs(); // --help, --version, no transport: a message, not createConnection's stack trace
if (process.argv.includes('--stdio')) writeMessagesWhole(process.stdout);
const shutdown = new ShutdownGuard();
const connection = createConnection(ProposedFeatures.all, { messageStrategy: shutdown });
shutdown.install(connection);
const documents = new TextDocuments(TextDocument);
const state = new ServerState((uri) => documents.get(uri)?.getText());

let pullDiagnostics = false;
let relatedInformation = false;
let diagnostics!: Diagnostics;
let configurationSupport = false;
let watchedFilesDynamic = false;
let workspaceFoldersSupport = false;
let markdown = true;
let snippets = false;

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  pullDiagnostics = !!caps.textDocument?.diagnostic;
  relatedInformation = !!caps.textDocument?.publishDiagnostics?.relatedInformation;
  diagnostics = new Diagnostics(connection, documents, state, { pull: pullDiagnostics, relatedInformation, workDoneProgress: !!caps.window?.workDoneProgress }, safe);
  diagnostics.startKamusWait();
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
  const init = params.initializationOptions as { settings?: unknown; trusted?: boolean; locale?: unknown } | undefined;
  state.clientLocale = localeOf(init?.locale) ?? localeOf(params.locale) ?? 'id';
  if (init?.settings) state.applySettings(init.settings);
  state.trusted = init?.trusted !== false;
  state.reloadConfig();
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
      diagnosticProvider: pullDiagnostics ? { interFileDependencies: true, workspaceDiagnostics: true } : undefined,
      hoverProvider: true,
      completionProvider: { triggerCharacters: [':', ' ', '-', '.'], resolveProvider: false },
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      workspaceSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      executeCommandProvider: { commands: [FIX_ALL_SAFE_COMMAND] },
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
      watchers: [{ globPattern: '**/*.{kamus.yaml,kamus.yml}' }, { globPattern: '**/*.{skj.yaml,skj.yml}' }, { globPattern: '**/skj.config.{yaml,yml}' }, { globPattern: '**/.skjignore' }],
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
      void diagnostics.scanWorkspace();
    });
  }
  if (configurationSupport) await pullSettings();
  // Index the workspace's kamus files without holding up the first diagnostics.
  setImmediate(() => void diagnostics.scanWorkspace());
});

async function pullSettings(): Promise<void> {
  try {
    const [s] = await connection.workspace.getConfiguration([{ section: 'skj' }]);
    state.applySettings(s);
  } catch {
    /* a client without settings */
  }
  state.reloadConfig();
}

connection.languages.diagnostics.on(async (params) => {
  await diagnostics.readyFor(params.textDocument.uri);
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  return { kind: DocumentDiagnosticReportKind.Full, items: safe(() => diagnostics.diagnosticsOf(doc), []) };
});

connection.languages.diagnostics.onWorkspace((params, token, _progress, partial) =>
  diagnostics.workspaceReport(params.previousResultIds, token, partial),
);

// Documents opened, edited and closed, and files changed on disk: lsp/file-sync.ts.
registerFileSync(connection, documents, state, () => diagnostics, safe);

connection.onDidChangeConfiguration(async (change) => {
  if (configurationSupport) await pullSettings();
  else {
    state.applySettings((change.settings as { skj?: unknown } | undefined)?.skj);
    state.reloadConfig();
  }
  diagnostics.refreshAll();
});

// ---------------------------------------------------------------------------------------------
// Code actions: the fixes the rules computed for the findings under the cursor.

connection.onCodeAction((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !fileKindOf(doc.uri)) return [];
  return safe(() => {
    const analysis = state.analysisOf(doc);
    const config = state.configOf(doc.uri);
    const actions = codeActions(analysis, params.range, { only: params.context.only, locale: config.locale, config, kamus: state.kamus });
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

// skj.fixAllSafe [uri]: every safe fix of an open document, applied as one edit (the same fix-all as source.fixAll).
connection.onExecuteCommand(async (params) => {
  if (params.command !== FIX_ALL_SAFE_COMMAND) return null;
  const arg = params.arguments?.[0] as string | { uri?: string } | undefined;
  const doc = documents.get(typeof arg === 'string' ? arg : (arg?.uri ?? ''));
  if (!doc || !fileKindOf(doc.uri)) return { applied: false };
  const config = state.configOf(doc.uri);
  const edits = safe(() => fixAllEdits(state.analysisOf(doc), { locale: config.locale, config, kamus: state.kamus }), []);
  if (!edits.length) return { applied: false };
  const r = await connection.workspace.applyEdit({ label: config.locale === 'en' ? 'Fix all safe problems' : 'Perbaiki semua masalah yang aman', edit: workspaceEdit(doc.uri, edits, doc.version) });
  return { applied: r.applied };
});

connection.onDocumentSymbol((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !fileKindOf(doc.uri)) return [];
  return safe(() => documentSymbols(state.analysisOf(doc)).map(toLspSymbol), []);
});

connection.languages.inlayHint.on((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !fileKindOf(doc.uri)) return [];
  return safe(() => inlayHints(state.analysisOf(doc), params.range, featureOptions(doc.uri)).map(toLspInlayHint), []);
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

function featureOptions(uri: string): FeatureOptions {
  const config = state.configOf(uri);
  return { config, dictionary: dictionaryFor(state.kamus), locale: config.locale, markdown, snippets };
}

connection.onCompletion((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !fileKindOf(doc.uri)) return [];
  return safe(() => complete(state.analysisOf(doc), params.position, featureOptions(doc.uri)).map((c) => toLspCompletion(c, markdown)), []);
});

connection.onHover((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !fileKindOf(doc.uri)) return null;
  return safe(() => {
    const h = hover(state.analysisOf(doc), params.position, featureOptions(doc.uri));
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
  const result = safe(() => rename(state.analysisOf(doc), params.position, params.newName, state.kamus, state.refs, state.configOf(doc.uri).locale, (uri) => documents.get(uri)?.getText() ?? state.workspaceText(uri)), undefined);
  if (!result) return null;
  if ('error' in result) throw new ResponseError(ErrorCodes.InvalidParams, result.error);
  return result;
});

connection.onWorkspaceSymbol((params) =>
  safe(() => workspaceSymbols(params.query, state.kamus).map((s) => ({ name: s.name, kind: SymbolKind.Class, containerName: s.detail, location: s.location })), []),
);

// Custom requests of the VS Code extension (and any client): a new standard, the form preview.
connection.onRequest('skj/newStandard', (p: { kelompok: string; jenjang: string; snippet?: boolean }) => ({
  text: newStandardText(p.kelompok, p.jenjang, { config: state.config, locale: state.config.locale, snippet: p.snippet === true }),
}));

connection.onRequest('skj/renderForm', (p: { uri: string; mode?: 'webview' | 'print'; cspSource?: string; nonce?: string }): { html: string; error?: string } => {
  let text = documents.get(p.uri)?.getText();
  const locale = state.configOf(p.uri).locale;
  if (text === undefined) {
    // A file that is not open: a standard inside a workspace folder, read through the safe layer.
    const file = state.fileOf(p.uri);
    if (!file || fileKindOf(file) !== 'skj') return { html: '' };
    const r = state.readDisk(file);
    if (!r.ok) return { html: '', error: state.refusalFinding(p.uri, r).message };
    text = r.text;
  }
  const title = decodeURIComponent(p.uri.split('/').pop() ?? '');
  return {
    html: renderFormHtml(text, { title, mode: p.mode ?? 'webview', cspSource: p.cspSource, nonce: p.nonce, locale, dictionary: dictionaryFor(state.kamus) }),
  };
});

registerOverview(connection, state, documents, () => diagnostics.refreshAll(), (uri) => diagnostics.closed.report(uri));

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

/** A client's language tag (`id`, `en-US`…) as an SKJ locale; undefined for other languages. */
function localeOf(tag: unknown): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  const t = tag.toLowerCase();
  return t === 'id' || t.startsWith('id-') ? 'id' : t === 'en' || t.startsWith('en-') ? 'en' : undefined;
}
