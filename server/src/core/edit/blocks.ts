import type { Competency } from '../dictionary/model';
import { yamlString } from './yaml-edits';

/**
 * The YAML lines of one competency item (`- kode: …`) at a level, with the official
 * description and every indicator as "N.n. text". `indent` is the column of the `-`.
 */
export function competencyBlock(c: Competency, level: number, indent: string, eol = '\n', withName = false): string {
  const lv = c.levels.get(level);
  const pad = indent + '  ';
  const lines = [`${indent}- kode: ${yamlString(c.kode)}`];
  if (withName && c.nama) lines.push(`${pad}nama: ${yamlString(c.nama)}`);
  lines.push(`${pad}level: ${level}`);
  if (lv?.deskripsi) lines.push(`${pad}deskripsi: ${yamlString(lv.deskripsi, 'double')}`);
  if (lv && lv.indikator.length) {
    lines.push(`${pad}indikator:`);
    for (const ind of lv.indikator) lines.push(`${pad}  - ${yamlString(`${ind.nomor}. ${ind.teks}`, 'double')}`);
  }
  return lines.join(eol) + eol;
}
