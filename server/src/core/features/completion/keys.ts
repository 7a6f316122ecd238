import { keyDocumentation, KeySpec, keysAt } from '../keys';
import type { CompletionItem, FeatureOptions } from '../types';
import type { KeyContext } from './context';
import { pad } from './items';

const SUGGEST = { title: 'suggest', command: 'editor.action.triggerSuggest' };

/** Keys valid in the mapping at the cursor that it does not have yet. */
export function keyItems(ctx: KeyContext, kind: 'skj' | 'kamus' | 'config', opts: FeatureOptions): CompletionItem[] {
  const specs = keysAt(ctx.path, kind);
  return specs
    .map((spec, i) => ({ spec, i }))
    .filter(({ spec }) => !ctx.present.has(spec.key))
    .map(({ spec, i }) => keyItem(ctx, spec, i, opts));
}

function keyItem(ctx: KeyContext, spec: KeySpec, index: number, opts: FeatureOptions): CompletionItem {
  const eol = ctx.outline.eol;
  const child = ' '.repeat(ctx.col + 2);
  let newText: string;
  let snippet = false;
  let command: CompletionItem['command'];
  if (ctx.hasColon) newText = spec.key;
  else
    switch (spec.type) {
      case 'map':
        newText = `${spec.key}:${eol}${child}`;
        command = SUGGEST;
        break;
      case 'list-of-maps':
      case 'list-of-text':
        newText = `${spec.key}:${eol}${child}- `;
        command = SUGGEST;
        break;
      default:
        newText = `${spec.key}: `;
        if (spec.type === 'enum' || spec.type === 'integer' || spec.key === 'kode' || spec.key === 'deskripsi' || spec.key === 'nama') command = SUGGEST;
    }
  if (opts.snippets && !ctx.hasColon && spec.type !== 'text' && spec.type !== 'enum' && spec.type !== 'integer') {
    newText = newText + '$0';
    snippet = true;
  }
  return {
    label: spec.key,
    kind: 'property',
    detail: spec.title[opts.locale] ?? spec.title.id,
    documentation: keyDocumentation(spec, opts.locale, opts.markdown),
    textEdit: { range: ctx.range, newText },
    filterText: spec.key,
    sortText: `${spec.required ? 0 : 1}${pad(index)}`,
    insertTextFormat: snippet ? 'snippet' : 'plain',
    insertTextMode: newText.includes('\n') ? 'asIs' : undefined,
    command,
  };
}
