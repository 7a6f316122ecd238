import type { Analysis } from '../analyze';
import { allItems } from '../rules/competency-items';
import type { Range } from '../types';
import { comparePositions } from '../types';
import { competencyFor, technicalLevel } from './competency-info';
import type { FeatureOptions, InlayHint } from './types';

/** After each competency code its name; after each technical level the level's name (Paham … Ahli). */
export function inlayHints(analysis: Analysis, range: Range, opts: FeatureOptions): InlayHint[] {
  if (!opts.config.inlayHints || analysis.file.kind !== 'skj') return [];
  const within = (r: Range) => comparePositions(r.end, range.start) >= 0 && comparePositions(r.start, range.end) <= 0;
  const out: InlayHint[] = [];
  for (const it of allItems(analysis.skj)) {
    if (!within(it.range)) continue;
    const c = competencyFor(it.section, it.kode?.text?.trim(), opts.dictionary);
    if (c && it.kode?.node && within(it.kode.valueRange) && !(it.section === 'teknis' && it.nama)) {
      out.push({ position: it.kode.valueRange.end, label: c.nama, paddingLeft: true, tooltip: c.definisi });
    }
    const lv = it.level?.value;
    if (it.section === 'teknis' && typeof lv === 'number' && it.level?.node && within(it.level.valueRange)) {
      const t = technicalLevel(lv);
      if (t) out.push({ position: it.level.valueRange.end, label: t.nama, paddingLeft: true, tooltip: t.kriteria.join('\n') });
    }
  }
  return out;
}
