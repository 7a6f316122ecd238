import { Diagnostic, DiagnosticSeverity, DiagnosticTag, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { ruleDocUrl } from '../core/rules';
import type { Finding, Severity, TextEdit } from '../core/types';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(f: Finding, relatedSupport: boolean): Diagnostic {
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: { href: ruleDocUrl(f.rule) },
    source: 'skj',
    message: f.message,
  };
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
