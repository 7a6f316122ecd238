import data from './builtin.json';
import { Competency, CompetencyGroup, Dictionary, Level } from './model';

interface RawLevel {
  deskripsi: string;
  indikator: string[];
}
interface RawCompetency {
  kode: string;
  nama: string;
  kelompok?: string;
  definisi: string;
  level: Record<string, RawLevel>;
}

/** Converts kamus-shaped plain data into dictionary competencies (numbers N.1, N.2… by position). */
export function competencyFromData(raw: RawCompetency, group: CompetencyGroup): Competency {
  const levels = new Map<number, Level>();
  for (const [k, lv] of Object.entries(raw.level)) {
    const level = Number(k);
    levels.set(level, {
      level,
      deskripsi: lv.deskripsi,
      indikator: lv.indikator.map((teks, i) => ({ nomor: `${level}.${i + 1}`, teks })),
    });
  }
  return { kode: raw.kode, nama: raw.nama, definisi: raw.definisi, group, levels, source: { instansi: 'PermenPANRB 38/2017' } };
}

let builtin: Dictionary | undefined;

/** The managerial (M.01–M.08) and socio-cultural (SK.01) dictionary of PermenPANRB 38/2017. */
export function builtinDictionary(): Dictionary {
  if (!builtin) {
    const list = (data as { kamus: { kompetensi: RawCompetency[] } }).kamus.kompetensi;
    builtin = new Dictionary(
      list.map((c) => competencyFromData(c, c.kelompok === 'sosial_kultural' ? 'sosial_kultural' : 'manajerial')),
    );
  }
  return builtin;
}

export const MANAGERIAL_CODES = ['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08'];
export const SOCIOCULTURAL_CODES = ['SK.01'];
