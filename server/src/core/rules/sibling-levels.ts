import { tierOf } from '../domain/tiers';
import { GENERAL_CODES } from '../workspace/standards-index';
import { crossStandardRule, describe, MAX_RELATED, others, TOP } from './cross-standard';
import { messages } from './rule';

const msg = messages({
  id: {
    message: (kode: string, level: number, tier: string, unit: string, list: string) =>
      `${kode} di sini level ${level}, sedangkan jabatan ${tier} lain di unit kerja ${unit} menetapkan level berbeda: ${list}. Jabatan setingkat dalam satu unit lazimnya sama; pastikan perbedaannya disengaja.`,
    entry: (who: string, level: number) => `${who} level ${level}`,
    related: (kode: string, level: number) => `${kode} level ${level} di sini`,
  },
  en: {
    message: (kode: string, level: number, tier: string, unit: string, list: string) =>
      `${kode} is at level ${level} here, while other ${tier} positions in the unit ${unit} set a different level: ${list}. Positions of one tier in one unit are usually the same; make sure the difference is intended.`,
    entry: (who: string, level: number) => `${who} level ${level}`,
    related: (kode: string, level: number) => `${kode} at level ${level} here`,
  },
});

export const siblingLevels = crossStandardRule({
  id: 'sibling-levels',
  defaultSeverity: 'information',
  title: { id: 'Jabatan setingkat dalam satu unit dengan level berbeda', en: 'Positions of one tier in one unit with different levels' },
  crossCheck(self, standards, locale, report) {
    const tier = tierOf(self.jenjang);
    if (!self.unit || !tier) return;
    const siblings = others(self, standards.inUnit(self.unit)).filter((o) => o.jenjang === self.jenjang);
    if (!siblings.length) return;
    const m = msg(locale);
    for (const kode of GENERAL_CODES) {
      const level = self.levels[kode];
      const range = self.ranges.levels[kode];
      if (level === undefined || !range) continue;
      const differ = siblings.filter((o) => o.levels[kode] !== undefined && o.levels[kode] !== level);
      if (!differ.length) continue;
      report({
        range,
        message: m.message(kode, level, tier.label, self.unit, differ.slice(0, 3).map((o) => m.entry(describe(o), o.levels[kode])).join('; ') + (differ.length > 3 ? ` …(+${differ.length - 3})` : '')),
        related: differ.slice(0, MAX_RELATED).map((o) => ({ uri: o.uri, range: o.ranges.levels[kode] ?? TOP, message: m.related(kode, o.levels[kode]) })),
      });
    }
  },
});
