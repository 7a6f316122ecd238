import technicalLevels from '../../dictionary/technical-levels.json';
import type { CompletionItem, FeatureOptions } from '../types';
import type { KeyContext } from './context';

interface TechnicalLevel {
  level: number;
  nama: string;
  keterangan: string | null;
}

/**
 * In a kamus entry's `level:` mapping: the whole scaffold of levels 1–5, each with its technical
 * level name (Paham, Dasar, Menengah, Mumpuni, Ahli) as a comment and empty description and
 * indicator to fill in (tab stops when the client takes snippets).
 */
export function kamusLevelScaffold(ctx: KeyContext, opts: FeatureOptions): CompletionItem[] {
  const levels = (technicalLevels as { levels: TechnicalLevel[] }).levels;
  const missing = levels.filter((l) => !ctx.present.has(String(l.level)));
  if (missing.length === 0) return [];
  const eol = ctx.outline.eol;
  const pad = ' '.repeat(ctx.col);
  let stop = 0;
  const fill = () => (opts.snippets ? `\${${++stop}}` : '');
  const lines: string[] = [];
  missing.forEach((l, i) => {
    const name = l.keterangan ? `${l.nama} (${l.keterangan})` : l.nama;
    lines.push(`${i === 0 ? '' : pad}${l.level}:  # ${name}`);
    lines.push(`${pad}  deskripsi: ${fill()}`);
    lines.push(`${pad}  indikator:`);
    lines.push(`${pad}    - ${fill()}`);
  });
  const en = opts.locale === 'en';
  const names = missing.map((l) => `${l.level} ${l.nama}`).join(', ');
  return [
    {
      label: en ? `levels ${missing.map((l) => l.level).join(', ')} (scaffold)` : `level ${missing.map((l) => l.level).join(', ')} (kerangka)`,
      kind: 'snippet',
      detail: names,
      documentation: en
        ? `Inserts levels ${names}, each with an empty description and indicator list to fill in.`
        : `Menyisipkan level ${names}, masing-masing dengan deskripsi dan daftar indikator kosong untuk diisi.`,
      textEdit: { range: ctx.range, newText: lines.join(eol) },
      insertTextFormat: opts.snippets ? 'snippet' : 'plain',
      insertTextMode: 'asIs',
      sortText: '0',
      filterText: missing.map((l) => String(l.level)).join(' '),
      preselect: true,
    },
  ];
}
