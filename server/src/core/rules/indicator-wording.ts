import { describeChanges, wordingChanges } from '../dictionary/wording-diff';
import { parseIndicatorRef } from '../dictionary/normalize';
import { afterNode, deleteSeqItem, linesToInsert, replaceScalar, seqDashIndent, yamlString } from '../edit/yaml-edits';
import { isScalar, isSeq } from '../parse/parsed-file';
import type { Fix, TextEdit } from '../types';
import { checkableItems, indicatorInStyleOf, verdictsOf, indicatorRange } from './competency-items';
import { messages, Rule } from './rule';

const msg = messages({
  id: {
    near: (nomor: string, kode: string, kamus: boolean, changes: string, numberAlso?: string) =>
      `Teks ini adalah indikator ${kamus ? 'kamus' : 'resmi'} ${nomor} ${kode} dengan sedikit perbedaan penulisan: ${changes || 'hanya spasi atau tanda baca'}.${numberAlso ? ` Nomornya ${nomor}, bukan ${numberAlso}.` : ''}`,
    split: (nomor: string, kode: string) => `Butir ini dan butir berikutnya adalah satu indikator ${nomor} ${kode} yang dipecah menjadi dua butir.`,
    merged: (a: string, b: string, kode: string) => `Butir ini memuat dua indikator ${kode} sekaligus (${a} dan ${b}); tulis masing-masing sebagai butir tersendiri.`,
    fixNear: (nomor: string) => `Ganti dengan teks resmi indikator ${nomor}`,
    fixSplit: (nomor: string) => `Gabungkan menjadi indikator ${nomor}`,
    fixMerged: (a: string, b: string) => `Pisahkan menjadi indikator ${a} dan ${b}`,
  },
  en: {
    near: (nomor: string, kode: string, kamus: boolean, changes: string, numberAlso?: string) =>
      `This text is ${kamus ? 'kamus' : 'official'} indicator ${nomor} of ${kode}, worded slightly differently: ${changes || 'spaces or punctuation only'}.${numberAlso ? ` Its number is ${nomor}, not ${numberAlso}.` : ''}`,
    split: (nomor: string, kode: string) => `This item and the next are one indicator, ${nomor} of ${kode}, split in two.`,
    merged: (a: string, b: string, kode: string) => `This item holds two indicators of ${kode} (${a} and ${b}); write each as its own item.`,
    fixNear: (nomor: string) => `Replace with the official text of indicator ${nomor}`,
    fixSplit: (nomor: string) => `Join into indicator ${nomor}`,
    fixMerged: (a: string, b: string) => `Split into indicators ${a} and ${b}`,
  },
});

export const indicatorWording: Rule = {
  id: 'indicator-wording',
  defaultSeverity: 'information',
  appliesTo: ['skj'],
  title: { id: 'Indikator resmi dengan sedikit perbedaan penulisan', en: 'Official indicator worded slightly differently' },
  check(ctx) {
    const m = msg(ctx.locale);
    for (const x of checkableItems(ctx, ['manajerial', 'sosial_kultural', 'teknis'])) {
      const { item, c } = x;
      const kamus = c.group === 'teknis';
      const verdicts = verdictsOf(x);
      const seq = item.indikator?.node;
      const block = isSeq(seq) && !(seq as { flow?: boolean }).flow;
      for (let i = 0; i < verdicts.length; i++) {
        const ind = item.indicators[i];
        const v = verdicts[i];
        if (v.kind === 'near') {
          const written = parseIndicatorRef(ind.text).teks ?? ind.text;
          const changes = describeChanges(wordingChanges(written, v.indicator.teks), ctx.locale);
          const wrongNumber = v.nomor && v.nomor !== v.indicator.nomor ? v.nomor : undefined;
          ctx.report({
            range: indicatorRange(ctx, ind),
            message: m.near(v.indicator.nomor, c.kode, kamus, changes, wrongNumber),
            fixes: [{ title: m.fixNear(v.indicator.nomor), edits: [replaceScalar(ctx.file, ind.node, indicatorInStyleOf(ind.text, v.indicator))], isPreferred: true }],
          });
        } else if (v.kind === 'split') {
          const rest = item.indicators[v.rest];
          const fixes: Fix[] = block
            ? [{ title: m.fixSplit(v.indicator.nomor), edits: [replaceScalar(ctx.file, ind.node, indicatorInStyleOf(ind.text, v.indicator)), deleteSeqItem(ctx.file, rest.node)], isPreferred: true }]
            : [];
          ctx.report({ range: indicatorRange(ctx, ind), message: m.split(v.indicator.nomor, c.kode), fixes });
        } else if (v.kind === 'merged') {
          const [a, b] = v.indicators;
          const fixes: Fix[] = [];
          const indent = block ? seqDashIndent(ctx.file, seq!) : undefined;
          if (indent !== undefined) {
            const style = isScalar(ind.node) && ind.node.type === 'QUOTE_SINGLE' ? 'single' : isScalar(ind.node) && ind.node.type === 'PLAIN' ? 'plain' : 'double';
            const at = afterNode(ctx.file, ind.node);
            const line = `${indent}- ${yamlString(indicatorInStyleOf(ind.text, b), style)}${ctx.file.lines.eol}`;
            const edits: TextEdit[] = [replaceScalar(ctx.file, ind.node, indicatorInStyleOf(ind.text, a)), { range: at, newText: linesToInsert(ctx.file, at, line) }];
            fixes.push({ title: m.fixMerged(a.nomor, b.nomor), edits, isPreferred: true });
          }
          ctx.report({ range: indicatorRange(ctx, ind), message: m.merged(a.nomor, b.nomor, c.kode), fixes });
        }
      }
    }
  },
};
