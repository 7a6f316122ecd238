import { replaceScalar } from '../edit/yaml-edits';
import { codeOf } from './competency-items';
import { messages, Rule } from './rule';
import { closest } from './suggest';

const msg = messages({
  id: {
    message: (kode: string, hint?: string) =>
      `Kompetensi teknis ${kode} tidak ditemukan di kamus mana pun di workspace.${hint ? ` Maksud Anda ${hint}?` : ' Tambahkan ke berkas *.kamus.yaml atau periksa kodenya.'}`,
    builtin: (kode: string) => `${kode} adalah kompetensi manajerial/sosial kultural, bukan kompetensi teknis.`,
    fix: (kode: string) => `Ganti dengan ${kode}`,
  },
  en: {
    message: (kode: string, hint?: string) =>
      `Technical competency ${kode} is in no kamus of the workspace.${hint ? ` Did you mean ${hint}?` : ' Add it to a *.kamus.yaml file or check the code.'}`,
    builtin: (kode: string) => `${kode} is a managerial / socio-cultural competency, not a technical one.`,
    fix: (kode: string) => `Replace with ${kode}`,
  },
});

export const technicalUnknown: Rule = {
  id: 'technical-unknown',
  defaultSeverity: 'warning',
  appliesTo: ['skj'],
  title: { id: 'Kode kompetensi teknis tidak ada di kamus', en: 'Technical code found in no kamus' },
  check(ctx) {
    const m = msg(ctx.locale);
    let technical: string[] | undefined; // every technical code, when a hint is needed
    for (const item of ctx.skj?.sections.teknis?.items ?? []) {
      const code = codeOf(item);
      if (!code || !item.kode?.node) continue;
      const c = ctx.dictionary.get(code);
      if (c?.group === 'teknis') continue;
      if (c) {
        ctx.report({ range: item.kode.valueRange, message: m.builtin(code) });
        continue;
      }
      technical ??= [...ctx.dictionary.all()].filter((c) => c.group === 'teknis').map((c) => c.kode);
      const hints = closest(code, technical, { limit: 3, max: Math.max(3, Math.floor(code.length / 3)) });
      ctx.report({
        range: item.kode.valueRange,
        message: m.message(code, hints[0]),
        fixes: hints.map((h, i) => ({ title: m.fix(h), edits: [replaceScalar(ctx.file, item.kode!.node!, h, { exact: true })], isPreferred: i === 0 })),
      });
    }
  },
};
