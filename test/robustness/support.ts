/** Helpers shared by the robustness and fuzz tests. */
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';

/** Every range lies inside the text (LSP line breaks: \n, \r\n, \r) and does not end before it starts. */
export function assertInside(text: string, diags: { range: Diagnostic['range'] }[], label: string): void {
  const problem = rangeProblem(text, diags);
  assert.ok(!problem, `${label}: ${problem}`);
}

/** The first range outside `text`, described; undefined when all lie inside. */
export function rangeProblem(text: string, diags: { range: Diagnostic['range'] }[]): string | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of diags) {
    const { start, end } = d.range;
    for (const p of [start, end]) {
      if (!(p.line >= 0 && p.line < lines.length)) return `line ${p.line} outside 0..${lines.length - 1} (${JSON.stringify(d)})`;
      if (!(p.character >= 0 && p.character <= lines[p.line].length)) return `character ${p.character} outside line ${p.line} of length ${lines[p.line].length} (${JSON.stringify(d)})`;
    }
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) return `range ends before it starts (${JSON.stringify(d)})`;
  }
  return undefined;
}

export const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : (d.message as { value: string }).value);

/** What a healthy server never prints: uncaught errors, rejections, stack traces. */
export const CRASH_SIGNS = /Unhandled|uncaught|RangeError|TypeError|ReferenceError|Maximum call stack|EPIPE|\bat .*\.js:\d+/i;

/** Requests on one document for every feature `initialize` advertises. */
export function documentRequests(caps: Record<string, unknown>, uri: string, line = 2, character = 4): [string, unknown][] {
  const td = { textDocument: { uri } };
  const pos = { ...td, position: { line, character } };
  const range = { start: { line: 0, character: 0 }, end: { line: Math.max(0, line) + 5, character: 0 } };
  const out: [string, unknown][] = [];
  if (caps.hoverProvider) out.push(['textDocument/hover', pos]);
  if (caps.completionProvider) out.push(['textDocument/completion', pos]);
  if (caps.codeActionProvider) out.push(['textDocument/codeAction', { ...td, range, context: { diagnostics: [] } }]);
  if (caps.documentSymbolProvider) out.push(['textDocument/documentSymbol', td]);
  if (caps.definitionProvider) out.push(['textDocument/definition', pos]);
  if (caps.referencesProvider) out.push(['textDocument/references', { ...pos, context: { includeDeclaration: true } }]);
  if (caps.inlayHintProvider) out.push(['textDocument/inlayHint', { ...td, range }]);
  if (caps.foldingRangeProvider) out.push(['textDocument/foldingRange', td]);
  if (caps.selectionRangeProvider) out.push(['textDocument/selectionRange', { ...td, positions: [{ line, character }] }]);
  if (caps.renameProvider) out.push(['textDocument/prepareRename', pos]);
  if (caps.documentFormattingProvider) out.push(['textDocument/formatting', { ...td, options: { tabSize: 2, insertSpaces: true } }]);
  if (caps.diagnosticProvider) out.push(['textDocument/diagnostic', td]);
  return out;
}
