import { yamlString } from '../../edit/yaml-edits';
import type { CompletionItem, CompletionKind, FeatureOptions } from '../types';
import type { ItemContext, ValueContext } from './context';

export interface ItemSpec {
  label?: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  sortText?: string;
  preselect?: boolean;
  /** Quoting when the user typed no quote: plain when safe (default) or always double. */
  style?: 'plain' | 'double';
  /** Insert the value as written (numbers). */
  raw?: boolean;
}

/** The value as it goes into the file, in the quote style the user started with. */
export function quoted(value: string, quote: '"' | "'" | undefined, style: 'plain' | 'double' = 'plain'): string {
  if (quote === "'") return yamlString(value, 'single');
  if (quote === '"') return yamlString(value, 'double');
  return yamlString(value, style);
}

/** A completion for the value of `key: `, replacing what is typed there. */
export function valueItem(ctx: ValueContext, value: string, spec: ItemSpec): CompletionItem {
  const text = spec.raw ? value : quoted(value, ctx.quote, spec.style);
  return {
    label: spec.label ?? value,
    kind: spec.kind,
    detail: spec.detail,
    documentation: spec.documentation,
    textEdit: { range: ctx.range, newText: (ctx.needsSpace ? ' ' : '') + text },
    filterText: ctx.needsSpace ? undefined : text,
    sortText: spec.sortText,
    preselect: spec.preselect || undefined,
    insertTextFormat: 'plain',
  };
}

/** A completion for a list entry (`- value`), adding the dash when it is not written yet. */
export function listItem(ctx: ItemContext, value: string, spec: ItemSpec): CompletionItem {
  const text = quoted(value, ctx.quote, spec.style);
  const newText = ctx.dash ? text : `- ${text}`;
  return {
    label: spec.label ?? value,
    kind: spec.kind,
    detail: spec.detail,
    documentation: spec.documentation,
    textEdit: { range: ctx.range, newText },
    filterText: ctx.dash ? text : `${ctx.prefix.startsWith('-') ? '- ' : ''}${text}`,
    sortText: spec.sortText,
    preselect: spec.preselect || undefined,
    insertTextFormat: 'plain',
  };
}

/** Escapes text for a snippet (`$`, `}` and `\` are special there). */
export function snippetEscape(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export type { FeatureOptions };
