import type { Analysis, AnalyzeOptions } from '../core/analyze';
import { safeFixAll } from '../core/features';
import type { Finding } from '../core/types';

/**
 * `skj check --fix` on one file: the editor's fix-all (`safeFixAll`, what source.fixAll.skj
 * applies) with the same configuration and kamus, so both agree byte for byte. Undefined when
 * nothing changes; else the fixed text and its findings (what is left for the author).
 */
export function fixFile(analysis: Analysis, opts: AnalyzeOptions): { text: string; remaining: Finding[] } | undefined {
  const r = safeFixAll(analysis.file.uri, analysis.file.text, { ...opts, kind: analysis.file.kind }, analysis);
  return r.text === analysis.file.text ? undefined : { text: r.text, remaining: r.remaining };
}
