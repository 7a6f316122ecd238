/**
 * Keeping the server's picture of the workspace current: documents opened, edited and closed
 * (open documents win over disk), and files created, changed or deleted on disk (watchers).
 */
import { Connection, FileChangeType, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileKindOf } from '../core/types';
import { technicalReferences } from '../core/workspace/navigation';
import type { Diagnostics } from './diagnostics';
import type { ServerState } from './state';

export function registerFileSync(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  state: ServerState,
  diagnostics: () => Diagnostics,
  safe: <T>(fn: () => T, fallback: T) => T,
): { onConfigChanged: () => void } {
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
    diagnostics().schedule(e.document);
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
    state.forget(uri);
    if (fileKindOf(uri) === 'skj') {
      const file = state.fileOf(uri);
      if (file) state.indexStandardFromDisk(file);
      else state.removeStandard(uri);
    }
    if (fileKindOf(uri) === 'kamus') {
      // Back to what is on disk (or nothing, for an unsaved/untitled kamus).
      const file = state.fileOf(uri);
      const before = state.kamus.version;
      if (file) state.indexKamusFromDisk(file);
      else state.kamus.remove(uri);
      if (state.kamus.version !== before) diagnostics().refreshAll();
    }
    if (fileKindOf(uri) === 'config') onConfigChanged();
    diagnostics().onClose(uri);
  });

  function onKamusTextChanged(doc: TextDocument): void {
    const before = state.kamus.version;
    state.updateKamusFromDocument(doc);
    // Other files may depend on this kamus: re-check them (this one is scheduled anyway).
    if (state.kamus.version !== before) diagnostics().refreshAll(doc.uri);
  }

  /** A config or .skjignore changed: configs are read again, and the workspace rescanned (its globs and ignore lists). */
  function onConfigChanged(): void {
    state.reloadConfig();
    diagnostics().refreshAll();
    diagnostics().rescanSoon();
  }

  connection.onDidChangeWatchedFiles((params) => {
    let changed = false;
    for (const c of params.changes) {
      const kind = fileKindOf(c.uri);
      if (kind === 'config' || c.uri.endsWith('/.skjignore')) {
        state.reloadConfig();
        diagnostics().rescanSoon();
        changed = true;
        continue;
      }
      const file = state.fileOf(c.uri);
      if (!file || (c.type !== FileChangeType.Deleted && !state.folders.contains(file))) continue;
      // A closed file's problems (workspace diagnostics): a changed file's report goes stale by
      // itself; a new one may be ignored (.skjignore, ignore:), so the walker decides.
      if (c.type === FileChangeType.Deleted) diagnostics().closed.remove(c.uri);
      else if (c.type === FileChangeType.Created && !diagnostics().closed.files.has(c.uri)) diagnostics().rescanSoon();
      changed = true;
      if (documents.get(c.uri)) continue; // open documents win over disk
      if (kind === 'skj') {
        if (c.type === FileChangeType.Deleted) state.removeStandard(c.uri);
        else state.indexStandardFromDisk(file);
        continue;
      }
      if (kind !== 'kamus') continue;
      const before = state.kamus.version;
      if (c.type === FileChangeType.Deleted) state.kamus.remove(c.uri);
      else state.indexKamusFromDisk(file);
      if (state.kamus.version !== before) changed = true;
    }
    if (changed) diagnostics().refreshAll();
  });

  return { onConfigChanged };
}
