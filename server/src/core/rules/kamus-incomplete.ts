import { messages, Rule } from './rule';

const msg = messages({
  id: {
    missingLevels: (kode: string, levels: number[]) => `${kode} belum memiliki level ${levels.join(', ')}; setiap kompetensi teknis wajib memiliki level 1–5.`,
    noLevels: (kode: string) => `${kode} belum memiliki level; setiap kompetensi teknis wajib memiliki level 1–5.`,
    badLevel: (key: string) => `"${key}" bukan level yang sah; level kompetensi teknis adalah 1–5.`,
    noDescription: (kode: string, level: number) => `${kode} level ${level} belum memiliki deskripsi.`,
    noIndicators: (kode: string, level: number) => `${kode} level ${level} belum memiliki indikator perilaku.`,
    noCode: 'Kompetensi ini belum memiliki kode.',
  },
  en: {
    missingLevels: (kode: string, levels: number[]) => `${kode} lacks level(s) ${levels.join(', ')}; every technical competency has levels 1–5.`,
    noLevels: (kode: string) => `${kode} has no levels; every technical competency has levels 1–5.`,
    badLevel: (key: string) => `"${key}" is not a valid level; technical levels are 1–5.`,
    noDescription: (kode: string, level: number) => `${kode} level ${level} has no description.`,
    noIndicators: (kode: string, level: number) => `${kode} level ${level} has no behaviour indicators.`,
    noCode: 'This competency has no code.',
  },
});

export const kamusIncomplete: Rule = {
  id: 'kamus-incomplete',
  defaultSeverity: 'error',
  appliesTo: ['kamus'],
  title: { id: 'Kompetensi kamus tidak lengkap', en: 'Incomplete kamus competency' },
  check(ctx) {
    const m = msg(ctx.locale);
    for (const e of ctx.kamus?.entries ?? []) {
      const kode = e.kode?.text?.trim() || '?';
      if (!e.level) {
        ctx.report({ range: e.kode?.keyRange ?? e.range, message: m.noLevels(kode) });
        continue;
      }
      const present = new Set<number>();
      for (const lv of e.levels) {
        if (lv.level === undefined || lv.level < 1 || lv.level > 5 || String(lv.level) !== lv.keyText) {
          ctx.report({ range: lv.keyRange, message: m.badLevel(lv.keyText) });
          continue;
        }
        present.add(lv.level);
        if (!lv.deskripsi?.text?.trim()) ctx.report({ range: lv.deskripsi?.keyRange ?? lv.keyRange, message: m.noDescription(kode, lv.level) });
        if (lv.indicators.length === 0) ctx.report({ range: lv.indikator?.keyRange ?? lv.keyRange, message: m.noIndicators(kode, lv.level) });
      }
      const missing = [1, 2, 3, 4, 5].filter((l) => !present.has(l));
      if (missing.length) ctx.report({ range: e.level.keyRange, message: m.missingLevels(kode, missing) });
    }
  },
};
