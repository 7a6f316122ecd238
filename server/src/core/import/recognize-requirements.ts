/** One row of the requirements table (III. Persyaratan Jabatan) into the standard being read. */
import { canonicalEducation } from '../domain/education';
import { TINGKAT, Tingkat } from '../render/form-model';
import type { SourceRow } from './blocks';
import type { ImportedStandard, NotePlace } from './imported';
import { Cell, label } from './recognize';

type Kind = 'pendidikan' | 'pelatihan' | 'pengalaman' | 'pangkat' | 'kinerja';

export interface RequirementState {
  /** Columns of the Mutlak, Penting, Perlu ticks (from the header row). */
  ticks: [number, number, number] | undefined;
  kind?: Kind;
  sub?: string;
  /** Bidang-ilmu rows seen (the n-th goes with the n-th jenjang). */
  bidang?: number;
}

/** A kind label: "B. Pelatihan", or the word alone in its cell ("Pelatihan Kepemimpinan" is a value). */
const KIND = /^(?:[a-e]\s*[.)]\s*(pendidikan|pelatihan|diklat|pengalaman kerja|pangkat(?:\/golongan)?|indikator kinerja(?: jabatan)?)\b|(pendidikan|pelatihan|diklat|pengalaman kerja|pangkat(?:\/golongan)?|indikator kinerja(?: jabatan)?)$)/;
const SUB = /^(?:\d\s*[.)]\s*(jenjang(?: pendidikan)?|bidang ilmu|jurusan|manajerial|teknis|fungsional)\b|(jenjang(?: pendidikan)?|bidang ilmu|jurusan|manajerial|teknis|fungsional)$)/;
const TICKED = /^(?:[√✓✔✅☑✗✘xXvV]|ya|yes)$/i;
const LIST_PREFIX = /^(?:\d{1,2}\s*[.)]|[a-zA-Z]\s*[.)]|[-•·▪●◦*‣–])\s+/;

function kindOf(word: string): Kind {
  if (word.startsWith('pendidikan')) return 'pendidikan';
  if (word.startsWith('pelatihan') || word.startsWith('diklat')) return 'pelatihan';
  if (word.startsWith('pengalaman')) return 'pengalaman';
  if (word.startsWith('pangkat')) return 'pangkat';
  return 'kinerja';
}

function clean(s: string): string {
  return s.replace(/\*\s*\d+\s*\)/g, ' ').replace(/\.{3,}|…/g, ' ').replace(/\s+/g, ' ').trim();
}

export function requirementRowInto(s: ImportedStandard, row: SourceRow, cells: Cell[], st: RequirementState, note: (p: NotePlace, w: string, t: string) => void): void {
  const labels = cells.map((c) => label(c.text));
  if (labels.some((l) => l === 'mutlak') && labels.some((l) => l === 'penting' || l === 'perlu')) {
    const col = (w: string) => cells.find((c) => label(c.text) === w)?.col ?? -1;
    st.ticks = [col('mutlak'), col('penting'), col('perlu')];
    return;
  }
  if (labels.every((l) => /^(jenis persyaratan|uraian|tingkat pentingnya( thd| terhadap)? jabatan)$/.test(l))) return;

  // A row that starts in the label column without a label is not part of the table (a remark).
  if (cells[0].col === 0 && !KIND.test(labels[0]) && !SUB.test(labels[0]) && !TICKED.test(cells[0].text.trim())) {
    note('persyaratan', row.where, cells.map((c) => c.text).join(' | '));
    return;
  }
  const values: string[] = [];
  let tingkat: Tingkat | undefined;
  const ticksAt = st.ticks ?? lastThree(row);
  const extraTicks: string[] = [];
  for (const c of cells) {
    const ti = ticksAt.indexOf(c.col);
    if (ti >= 0 && TICKED.test(c.text.trim())) {
      if (tingkat) extraTicks.push(`${c.text} (${TINGKAT[ti]})`);
      else tingkat = TINGKAT[ti];
      continue;
    }
    let text = c.text;
    const k = KIND.exec(label(text));
    if (k && values.length === 0) {
      const kind = kindOf(k[1] ?? k[2]);
      if (kind !== st.kind) {
        st.kind = kind;
        st.sub = undefined;
        st.bidang = 0;
      }
      text = text.replace(/^\s*(?:[a-eA-E]\s*[.)]\s*)?[^\n]*?(pendidikan|pelatihan|diklat|pengalaman kerja|pangkat(?:\/golongan)?|indikator kinerja(?: jabatan)?)/i, '');
    }
    const sub = SUB.exec(label(text));
    if (sub && values.length === 0 && (st.kind === 'pendidikan' || st.kind === 'pelatihan')) {
      const w = sub[1] ?? sub[2];
      st.sub = w.startsWith('jenjang') ? 'jenjang' : w === 'jurusan' ? 'bidang ilmu' : w;
      text = text.replace(/^\s*(?:\d\s*[.)]\s*)?(jenjang(?: pendidikan)?|bidang ilmu|jurusan|manajerial|teknis|fungsional)/i, '');
    }
    const word = label(text);
    if ((TINGKAT as readonly string[]).includes(word) && !tingkat) {
      tingkat = word as Tingkat;
      continue;
    }
    // "-" is how people write "none".
    const lines = text.split('\n').map(clean).filter((l) => l && l !== ':' && !/^[-–—]+$/.test(l));
    values.push(...lines);
  }
  for (const t of extraTicks) note('persyaratan', row.where, `tanda ${t}`);
  if (values.length === 0) {
    if (tingkat) note('persyaratan', row.where, `tanda √ (${tingkat}) tanpa uraian`);
    return;
  }
  const R = s.persyaratan;
  const items = values.map((v) => v.replace(LIST_PREFIX, '').trim()).filter(Boolean);
  switch (st.kind) {
    case 'pendidikan':
      if (st.sub === 'bidang ilmu') {
        const list = items.flatMap((v) => v.split(/\s*[;,]\s*|\s+(?:dan|atau)\s+(?=[A-Z])/)).map((v) => v.trim()).filter(Boolean);
        const i = st.bidang ?? 0;
        st.bidang = i + 1;
        const entry = R.pendidikan[i] ?? R.pendidikan[R.pendidikan.length - 1];
        if (entry && !(i >= R.pendidikan.length && entry.bidang_ilmu.length)) {
          entry.bidang_ilmu.push(...list);
          entry.tingkat ??= tingkat;
        } else R.pendidikan.push({ bidang_ilmu: list, tingkat });
      } else if (st.sub === 'jenjang') {
        for (const v of items) {
          const jenjang = educationOf(v);
          R.pendidikan.push({ jenjang, bidang_ilmu: [], tingkat });
          if (jenjang !== v) note('persyaratan', row.where, `jenjang tertulis "${v}", diisi ${jenjang}`);
        }
      } else note('persyaratan', row.where, values.join(' | '));
      return;
    case 'pelatihan':
      if (st.sub === 'manajerial' || st.sub === 'teknis' || st.sub === 'fungsional') for (const v of items) R.pelatihan.push({ jenis: st.sub, uraian: v, tingkat });
      else note('persyaratan', row.where, values.join(' | '));
      return;
    case 'pengalaman':
      for (const v of items) R.pengalaman_kerja.push({ uraian: v, tingkat });
      return;
    case 'pangkat':
      R.pangkat = R.pangkat ? `${R.pangkat} ${values.join(' ')}` : values.join(' ');
      if (tingkat) note('persyaratan', row.where, `tanda √ (${tingkat}) pada pangkat`);
      return;
    case 'kinerja':
      R.indikator_kinerja.push(...items);
      return;
    default:
      note('persyaratan', row.where, values.join(' | '));
  }
}

function lastThree(row: SourceRow): number[] {
  const n = row.cells.length;
  return n >= 4 ? [n - 3, n - 2, n - 1] : [];
}

/** "Sarjana (S-1)", "Strata 1" → the level they name; a known spelling or anything else as written. */
function educationOf(v: string): string {
  // A known spelling stays as written ("S1": the checker offers its canonical form).
  if (canonicalEducation(v)) return v;
  for (const part of v.split(/[()/,]/)) {
    const c = canonicalEducation(part);
    if (c) return c;
  }
  const strata = /strata\s*([1-3])/i.exec(v);
  return strata ? `S-${strata[1]}` : v;
}
