import { Diagnostic, DiagnosticSeverity, DiagnosticTag, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { rulesDocPath } from '../cli/rule-docs';
import { pathToFileURL } from 'node:url';
import type { Finding, Severity, TextEdit } from '../core/types';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The docs/rules.md this copy ships, as a file: URI VS Code opens (as SARIF's helpUri); looked up once. */
let docsUri: string | null | undefined;
function rulesDoc(): string | null {
  if (docsUri === undefined) {
    const p = rulesDocPath();
    docsUri = p ? pathToFileURL(p).href : null;
  }
  return docsUri;
}

export function toDiagnostic(f: Finding, relatedSupport: boolean): Diagnostic {
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.rule,
    source: 'skj',
    message: f.message,
  };
  const docs = rulesDoc();
  if (docs) d.codeDescription = { href: `${docs}#${f.rule}` };
  if (f.related?.length && relatedSupport) d.relatedInformation = f.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message }));
  if (f.fixes?.length) d.data = { fixes: f.fixes.length };
  if (f.rule === 'duplicate-competency') d.tags = [DiagnosticTag.Unnecessary];
  return d;
}

export function workspaceEdit(uri: string, edits: TextEdit[], version?: number | null): WorkspaceEdit {
  const lspEdits: LspTextEdit[] = edits.map((e) => ({ range: e.range, newText: e.newText }));
  if (version !== undefined) return { documentChanges: [{ textDocument: { uri, version: version ?? null }, edits: lspEdits }] };
  return { changes: { [uri]: lspEdits } };
}
