import { levelOfDescription } from '../dictionary/match';
import { sameText } from '../dictionary/normalize';
import { replaceScalar } from '../edit/yaml-edits';
import { validLevel } from '../model/skj-model';
import type { Fix } from '../types';
import { checkableItems, competencyOf, indicatorInStyleOf, verdictsOf, indicatorRange } from './competency-items';
import { isNearOwnDescription } from './description-wording';
import { messages, Rule } from './rule';

const msg = messages({
  id: {
    name: (kode: string, nama: string, official: string) => `Nama ${kode} di kamus adalah "${official}", bukan "${nama}".`,
    description: (kode: string, level: number, official: string, other?: number) =>
      other !== undefined ? `Deskripsi ini milik ${kode} level ${other} di kamus, bukan level ${level}.` : `Deskripsi tidak sesuai kamus untuk ${kode} level ${level}. Teks kamus: "${official}"`,
    indicator: (kode: string, level: number, hint?: string) => `Indikator ini tidak ada di kamus untuk ${kode} level ${level}.${hint ? ` Yang paling mirip: ${hint}` : ''}`,
    wrongNumber: (nomor: string, actual: string) => `Nomor ${nomor} tidak sesuai dengan teksnya: teks ini adalah indikator ${actual} di kamus.`,
    fixName: (n: string) => `Ganti dengan nama di kamus "${n}"`,
    fixDescription: (level: number) => `Ganti dengan deskripsi kamus level ${level}`,
    fixIndicator: (nomor: string) => `Ganti dengan indikator kamus ${nomor}`,
    related: 'Definisi di kamus',
  },
  en: {
    name: (kode: string, nama: string, official: string) => `The kamus names ${kode} "${official}", not "${nama}".`,
    description: (kode: string, level: number, official: string, other?: number) =>
      other !== undefined ? `This description is ${kode} level ${other} in the kamus, not level ${level}.` : `The description does not match the kamus for ${kode} level ${level}. Kamus text: "${official}"`,
    indicator: (kode: string, level: number, hint?: string) => `This indicator is not in the kamus for ${kode} level ${level}.${hint ? ` Closest: ${hint}` : ''}`,
    wrongNumber: (nomor: string, actual: string) => `Number ${nomor} does not match its text: this text is indicator ${actual} in the kamus.`,
    fixName: (n: string) => `Replace with the kamus name "${n}"`,
    fixDescription: (level: number) => `Replace with the kamus description of level ${level}`,
    fixIndicator: (nomor: string) => `Replace with kamus indicator ${nomor}`,
    related: 'Definition in the kamus',
  },
});

export const technicalMismatch: Rule = {
  id: 'technical-mismatch',
  defaultSeverity: 'warning',
  appliesTo: ['skj'],
  title: { id: 'Butir teknis tidak sesuai kamusnya', en: 'Technical item disagrees with its kamus' },
  check(ctx) {
    const m = msg(ctx.locale);
    for (const item of ctx.skj?.sections.teknis?.items ?? []) {
      const c = competencyOf(ctx, item);
      if (!c) continue;
      const related = c.source.uri && c.source.range ? [{ uri: c.source.uri, range: c.source.range, message: m.related }] : undefined;
      const nama = item.nama;
      if (nama?.node && nama.text !== undefined && c.nama && !sameText(nama.text, c.nama)) {
        ctx.report({
          range: nama.valueRange,
          message: m.name(c.kode, nama.text, c.nama),
          related,
          fixes: [{ title: m.fixName(c.nama), edits: [replaceScalar(ctx.file, nama.node, c.nama)], isPreferred: true }],
        });
      }
      const level = validLevel(item);
      if (level === undefined) continue;
      const official = c.levels.get(level)?.deskripsi;
      const d = item.deskripsi;
      if (official && d?.node && d.text !== undefined && !sameText(official, d.text) && !isNearOwnDescription(official, d.text, c, level)) {
        ctx.report({
          range: d.valueRange,
          message: m.description(c.kode, level, official, levelOfDescription(c, d.text)),
          related,
          fixes: [{ title: m.fixDescription(level), edits: [replaceScalar(ctx.file, d.node, official)], isPreferred: true }],
        });
      }
      const x = checkableItems(ctx, ['teknis']).find((x) => x.item === item);
      const verdicts = x ? verdictsOf(x) : [];
      for (let i = 0; i < verdicts.length; i++) {
        const ind = item.indicators[i];
        const v = verdicts[i];
        if (v.kind === 'wrong-number') {
          ctx.report({
            range: indicatorRange(ctx, ind),
            message: m.wrongNumber(v.nomor, v.indicator.nomor),
            related,
            fixes: [{ title: m.fixIndicator(v.indicator.nomor), edits: [replaceScalar(ctx.file, ind.node, indicatorInStyleOf(ind.text, v.indicator))], isPreferred: true }],
          });
        } else if (v.kind === 'unknown') {
          const near = v.closest && v.closest.level === level ? v.closest.indicator : undefined;
          const fixes: Fix[] = near ? [{ title: m.fixIndicator(near.nomor), edits: [replaceScalar(ctx.file, ind.node, indicatorInStyleOf(ind.text, near))], isPreferred: true }] : [];
          ctx.report({ range: indicatorRange(ctx, ind), message: m.indicator(c.kode, level, near ? `${near.nomor}. ${near.teks}` : undefined), related, fixes });
        }
      }
    }
  },
};
