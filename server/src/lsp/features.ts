/** Converts the core's plain feature results into LSP types. */
import { CompletionItem as LspCompletionItem, CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind } from 'vscode-languageserver';
import type { CompletionItem } from '../core/features';

const KIND: Record<CompletionItem['kind'], CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  enum: CompletionItemKind.EnumMember,
  snippet: CompletionItemKind.Snippet,
  text: CompletionItemKind.Text,
  reference: CompletionItemKind.Reference,
  constant: CompletionItemKind.Constant,
};

export function toLspCompletion(c: CompletionItem, markdown: boolean): LspCompletionItem {
  return {
    label: c.label,
    kind: KIND[c.kind],
    detail: c.detail,
    documentation: c.documentation === undefined ? undefined : { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: c.documentation },
    insertText: c.insertText,
    insertTextFormat: c.insertTextFormat === 'snippet' ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    insertTextMode: c.insertTextMode === 'asIs' ? InsertTextMode.asIs : c.insertTextMode === 'adjustIndentation' ? InsertTextMode.adjustIndentation : undefined,
    textEdit: c.textEdit,
    filterText: c.filterText,
    sortText: c.sortText,
    preselect: c.preselect,
    command: c.command,
  };
}

import { SymbolKind as LspSymbolKind, DocumentSymbol as LspDocumentSymbol, InlayHint as LspInlayHint, InlayHintKind, FoldingRange as LspFoldingRange, FoldingRangeKind, SelectionRange as LspSelectionRange } from 'vscode-languageserver';
import type { DocumentSymbol, FoldingRange, InlayHint, SelectionRange, SymbolKind } from '../core/features';

const SYMBOL: Record<SymbolKind, LspSymbolKind> = {
  file: LspSymbolKind.File,
  module: LspSymbolKind.Module,
  namespace: LspSymbolKind.Namespace,
  class: LspSymbolKind.Class,
  field: LspSymbolKind.Field,
  property: LspSymbolKind.Property,
  array: LspSymbolKind.Array,
  object: LspSymbolKind.Object,
  string: LspSymbolKind.String,
  number: LspSymbolKind.Number,
  key: LspSymbolKind.Key,
  enumMember: LspSymbolKind.EnumMember,
};

export function toLspSymbol(s: DocumentSymbol): LspDocumentSymbol {
  return { name: s.name, detail: s.detail, kind: SYMBOL[s.kind] ?? LspSymbolKind.Field, range: s.range, selectionRange: s.selectionRange, children: s.children?.map(toLspSymbol) };
}

export function toLspInlayHint(h: InlayHint): LspInlayHint {
  return {
    position: h.position,
    label: h.label,
    kind: h.kind === 'type' ? InlayHintKind.Type : h.kind === 'parameter' ? InlayHintKind.Parameter : undefined,
    tooltip: h.tooltip,
    paddingLeft: h.paddingLeft,
    paddingRight: h.paddingRight,
  };
}

export function toLspFolding(f: FoldingRange): LspFoldingRange {
  return { startLine: f.startLine, endLine: f.endLine, kind: f.kind === 'comment' ? FoldingRangeKind.Comment : f.kind === 'region' ? FoldingRangeKind.Region : undefined };
}

export function toLspSelection(s: SelectionRange): LspSelectionRange {
  return { range: s.range, parent: s.parent ? toLspSelection(s.parent) : undefined };
}
