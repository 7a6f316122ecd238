import { builtinDictionary } from '../dictionary/builtin';
import { messages, Rule } from './rule';

const msg = messages({
  id: {
    message: (kode: string, n: number) => `Kode ${kode} didefinisikan ${n} kali di workspace; kode kompetensi teknis harus unik.`,
    builtin: (kode: string) => `${kode} adalah kode kompetensi manajerial/sosial kultural bawaan; gunakan kode lain untuk kompetensi teknis.`,
    related: 'Definisi lain',
  },
  en: {
    message: (kode: string, n: number) => `Code ${kode} is defined ${n} times in the workspace; technical codes must be unique.`,
    builtin: (kode: string) => `${kode} is a built-in managerial / socio-cultural code; use another code for a technical competency.`,
    related: 'Other definition',
  },
});

export const kamusDuplicateCode: Rule = {
  id: 'kamus-duplicate-code',
  defaultSeverity: 'error',
  appliesTo: ['kamus'],
  title: { id: 'Kode kamus didefinisikan dua kali', en: 'Kamus code defined twice' },
  check(ctx) {
    const m = msg(ctx.locale);
    const entries = ctx.kamus?.entries ?? [];
    for (const e of entries) {
      const kode = e.kode?.text?.trim();
      if (!kode || !e.kode) continue;
      if (builtinDictionary().get(kode)) {
        ctx.report({ range: e.kode.valueRange, message: m.builtin(kode) });
        continue;
      }
      // Definitions across the workspace (this file included), else just this file.
      const defs = ctx.workspace
        ? ctx.workspace.definitionsOf(kode)
        : entries.filter((x) => x.kode?.text?.trim() === kode).map((x) => ({ uri: ctx.file.uri, range: x.kode!.valueRange }));
      if (defs.length < 2) continue;
      const here = e.kode.valueRange;
      const others = defs.filter((d) => !(d.uri === ctx.file.uri && d.range.start.line === here.start.line && d.range.start.character === here.start.character));
      ctx.report({ range: here, message: m.message(kode, defs.length), related: others.map((d) => ({ uri: d.uri, range: d.range, message: m.related })) });
    }
  },
};
