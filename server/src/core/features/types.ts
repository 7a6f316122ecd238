import type { SkjConfig } from '../config/config';
import type { DictionaryLookup } from '../dictionary/model';
import type { Locale, Range, TextEdit } from '../types';

/** What every editing feature needs besides the analysis. */
export interface FeatureOptions {
  config: SkjConfig;
  /** Built-in dictionary plus the workspace's kamus files (see `dictionaryFor`). */
  dictionary: DictionaryLookup;
  locale: Locale;
  /** Documentation as Markdown (else plain text). */
  markdown: boolean;
  /** The client accepts snippet syntax in completion items. */
  snippets: boolean;
}

export type CompletionKind = 'property' | 'value' | 'enum' | 'snippet' | 'text' | 'reference' | 'constant';

/** A completion item as plain data, mirroring LSP's CompletionItem. */
export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown when FeatureOptions.markdown, else plain text. */
  documentation?: string;
  insertText?: string;
  insertTextFormat?: 'plain' | 'snippet';
  /**
   * 'asIs': the multi-line text already carries its absolute indentation, so the client must not
   * re-indent it (LSP InsertTextMode.asIs).
   */
  insertTextMode?: 'asIs' | 'adjustIndentation';
  textEdit?: TextEdit;
  filterText?: string;
  sortText?: string;
  preselect?: boolean;
  /** A client command to run after insertion (e.g. re-open suggestions after `key: `). */
  command?: { title: string; command: string };
}

export interface HoverResult {
  contents: string;
  range: Range;
}

export type CodeActionKind = 'quickfix' | 'source.fixAll.skj' | 'source.fixAll' | 'source' | string;

export interface CodeAction {
  title: string;
  kind: CodeActionKind;
  /** The rule of the finding this action fixes (or of every finding it fixes). */
  diagnosticRule?: string;
  /** The finding's range, to match it with the client's diagnostic. */
  diagnosticRange?: Range;
  edits: TextEdit[];
  isPreferred?: boolean;
}

export type SymbolKind = 'file' | 'module' | 'namespace' | 'class' | 'field' | 'property' | 'array' | 'object' | 'string' | 'number' | 'key' | 'enumMember';

/** A document symbol (outline entry), mirroring LSP's DocumentSymbol. */
export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbol[];
}

export interface InlayHint {
  position: import('../types').Position;
  label: string;
  kind?: 'type' | 'parameter';
  tooltip?: string;
  paddingLeft?: boolean;
  paddingRight?: boolean;
}

export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind?: 'comment' | 'region';
}

/** A selection range and its parent (the next larger range), mirroring LSP's SelectionRange. */
export interface SelectionRange {
  range: Range;
  parent?: SelectionRange;
}
