import { MANAGERIAL_CODES, SOCIOCULTURAL_CODES } from '../dictionary/builtin';
import { replaceScalar } from '../edit/yaml-edits';
import { codeOf } from './competency-items';
import { messages, Rule } from './rule';
import { closest } from './suggest';

const msg = messages({
  id: {
    manajerial: (kode: string, hint?: string) =>
      `${kode} bukan kode kompetensi manajerial (M.01–M.08).${hint ? ` Maksud Anda ${hint}?` : ''}`,
    sosial_kultural: (kode: string, hint?: string) =>
      `${kode} bukan kode kompetensi sosial kultural (SK.01).${hint ? ` Maksud Anda ${hint}?` : ''}`,
    fix: (kode: string) => `Ganti dengan ${kode}`,
  },
  en: {
    manajerial: (kode: string, hint?: string) => `${kode} is not a managerial competency code (M.01–M.08).${hint ? ` Did you mean ${hint}?` : ''}`,
    sosial_kultural: (kode: string, hint?: string) => `${kode} is not a socio-cultural competency code (SK.01).${hint ? ` Did you mean ${hint}?` : ''}`,
    fix: (kode: string) => `Replace with ${kode}`,
  },
});

export const unknownCompetency: Rule = {
  id: 'unknown-competency',
  defaultSeverity: 'error',
  appliesTo: ['skj'],
  title: { id: 'Kode kompetensi manajerial/sosial kultural tidak dikenal', en: 'Unknown managerial / socio-cultural competency code' },
  check(ctx) {
    const m = msg(ctx.locale);
    const all = [...MANAGERIAL_CODES, ...SOCIOCULTURAL_CODES];
    for (const section of ['manajerial', 'sosial_kultural'] as const) {
      const items = ctx.skj?.sections[section]?.items ?? [];
      const own = section === 'manajerial' ? MANAGERIAL_CODES : SOCIOCULTURAL_CODES;
      const used = new Set(items.map(codeOf));
      for (const item of items) {
        const code = codeOf(item);
        if (code === undefined || all.includes(code) || !item.kode?.node) continue;
        // Missing codes first, then the rest, each ranked by edit distance.
        const missing = own.filter((c) => !used.has(c));
        const ranked = [...closest(code, missing, { max: 3, limit: 3 }), ...closest(code, own, { max: 3, limit: 3 })];
        let hints = [...new Set(ranked)].slice(0, 3);
        if (hints.length === 0) hints = missing.slice(0, 3);
        // A code already used elsewhere in the section would only make a duplicate: not a fix.
        const fixTo = hints.filter((h) => !used.has(h));
        ctx.report({
          range: item.kode.valueRange,
          message: m[section](code, hints[0]),
          fixes: fixTo.map((h, i) => ({ title: m.fix(h), edits: [replaceScalar(ctx.file, item.kode!.node!, h, { exact: true })], isPreferred: i === 0, safe: i === 0 && canonicalCode(code) === h })),
        });
      }
    }
  },
};

/** The canonical spelling of a competency code written loosely (`M.4`, `m-04`, `sk1` → `M.04`, `SK.01`). */
function canonicalCode(code: string): string | undefined {
  const m = /^\s*(m|sk)\s*[.\-_ ]?\s*0*(\d{1,2})\s*$/i.exec(code);
  return m ? `${m[1].toUpperCase()}.${m[2].padStart(2, '0')}` : undefined;
}
