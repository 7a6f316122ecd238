import { expectedLevelOf } from '../config/profiles';
import { builtinDictionary, MANAGERIAL_CODES, SOCIOCULTURAL_CODES } from '../dictionary/builtin';
import { competencyBlock } from '../edit/blocks';
import { afterNode, linesToInsert, seqDashIndent } from '../edit/yaml-edits';
import { isSeq } from '../parse/parsed-file';
import type { Fix, Range } from '../types';
import { allItems, codeOf } from './competency-items';
import { messages, Rule } from './rule';

const msg = messages({
  id: {
    message: (kode: string, nama: string, section: string) => `${kode} ${nama} belum tercantum di ${section}; standar wajib memuat M.01–M.08 dan SK.01.`,
    fix: (kode: string, level: number) => `Tambahkan ${kode} level ${level} dengan deskripsi dan indikatornya`,
  },
  en: {
    message: (kode: string, nama: string, section: string) => `${kode} ${nama} is missing from ${section}; a standard lists M.01–M.08 and SK.01.`,
    fix: (kode: string, level: number) => `Add ${kode} at level ${level} with its description and indicators`,
  },
});

export const missingCompetency: Rule = {
  id: 'missing-competency',
  defaultSeverity: 'error',
  appliesTo: ['skj'],
  title: { id: 'Kompetensi manajerial/sosial kultural tidak lengkap', en: 'A managerial / socio-cultural competency is missing' },
  check(ctx) {
    const m = msg(ctx.locale);
    const model = ctx.skj;
    if (!model) return;
    const present = new Set(allItems(model).map(codeOf));
    for (const [section, codes] of [['manajerial', MANAGERIAL_CODES], ['sosial_kultural', SOCIOCULTURAL_CODES]] as const) {
      const sec = model.sections[section];
      if (!sec) continue; // the schema rule reports the missing section
      for (const code of codes) {
        if (present.has(code)) continue;
        const c = builtinDictionary().get(code)!;
        const level = expectedLevelOf(ctx.config, model.job['jenjang']?.value, model.job['nama']?.text, code)?.level ?? 1;
        const fix = insertFix(ctx, section, code, level);
        ctx.report({
          range: sec.field.keyRange,
          message: m.message(code, c.nama, section),
          fixes: fix ? [{ title: m.fix(code, level), edits: fix, isPreferred: true }] : undefined,
        });
      }
    }
  },
};

/** Inserts the block in code order among the section's items. */
function insertFix(ctx: Parameters<Rule['check']>[0], section: 'manajerial' | 'sosial_kultural', code: string, level: number): Fix['edits'] | undefined {
  const sec = ctx.skj!.sections[section]!;
  const c = builtinDictionary().get(code)!;
  const file = ctx.file;
  const seq = sec.field.node;
  const eol = file.lines.eol;
  if (isSeq(seq) && sec.items.length > 0) {
    const indent = seqDashIndent(file, seq);
    if (indent === undefined) return undefined;
    const next = sec.items.find((it) => (codeOf(it) ?? '') > code);
    let at: Range;
    if (next) {
      const line = file.lines.positionAt(next.node.range![0]).line;
      at = { start: { line, character: 0 }, end: { line, character: 0 } };
    } else at = afterNode(file, sec.items[sec.items.length - 1].node);
    return [{ range: at, newText: linesToInsert(file, at, competencyBlock(c, level, indent, eol)) }];
  }
  if (sec.field.node === null) {
    // `manajerial:` with nothing under it.
    const keyIndent = file.lines.lineText(sec.field.keyRange.start.line).match(/^\s*/)![0];
    const at = afterNode(file, sec.field.pair.key as never);
    return [{ range: at, newText: linesToInsert(file, at, competencyBlock(c, level, keyIndent + '  ', eol)) }];
  }
  return undefined;
}
