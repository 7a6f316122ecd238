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
