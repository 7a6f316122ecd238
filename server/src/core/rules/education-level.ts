import { canonicalEducation, EDUCATION_LEVELS } from '../domain/education';
import { replaceScalar } from '../edit/yaml-edits';
import { messages, Rule } from './rule';

const msg = messages({
  id: {
    message: (v: string, c: string) => `Tulis jenjang pendidikan "${v}" sebagai "${c}" (ejaan baku: ${EDUCATION_LEVELS.join(', ')}).`,
    fix: (c: string) => `Ganti dengan ${c}`,
  },
  en: {
    message: (v: string, c: string) => `Write the education level "${v}" as "${c}" (canonical: ${EDUCATION_LEVELS.join(', ')}).`,
    fix: (c: string) => `Replace with ${c}`,
  },
});

export const educationLevel: Rule = {
  id: 'education-level',
  defaultSeverity: 'warning',
  appliesTo: ['skj'],
  title: { id: 'Ejaan jenjang pendidikan tidak baku', en: 'Non-canonical education level spelling' },
  check(ctx) {
    const m = msg(ctx.locale);
    for (const item of ctx.skj?.education ?? []) {
      const f = item['jenjang'];
      if (!f?.node || typeof f.text !== 'string') continue;
      const c = canonicalEducation(f.text);
      if (!c || c === f.text) continue;
      ctx.report({ range: f.valueRange, message: m.message(f.text, c), fixes: [{ title: m.fix(c), edits: [replaceScalar(ctx.file, f.node, c, { exact: true })], isPreferred: true, safe: true }] });
    }
  },
};
