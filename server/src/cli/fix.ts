import type { Analysis } from '../core/analyze';
import type { SkjConfig } from '../core/config/config';
import { applyEdits, fixAllEdits } from '../core/features';
import type { Locale } from '../core/types';
import type { KamusIndex } from '../core/workspace/kamus-index';

/**
 * The text after the editor's "fix all" (source.fixAll.skj): the same function with the same
 * configuration and kamus, so `skj check --fix` and the editor agree byte for byte. Undefined when
 * nothing changes.
 */
export function fixAllText(analysis: Analysis, opts: { config: SkjConfig; kamus?: KamusIndex; locale: Locale }): string | undefined {
  const edits = fixAllEdits(analysis, opts);
  if (!edits.length) return undefined;
  const text = applyEdits(analysis.file.text, edits);
  return text === analysis.file.text ? undefined : text;
}
