/** A standard as read from a filled form, before it is written as YAML. */
import type { Section } from '../model/skj-model';
import type { Tingkat } from '../render/form-model';

/** Text read from the document that did not map to a field; written as a YAML comment. */
export interface Unmapped {
  where: string;
  text: string;
}

export type NotePlace = 'jabatan' | 'kompetensi' | Section | 'persyaratan';

export interface ImportedCompetency {
  section: Section;
  kode?: string;
  nama?: string;
  level?: number;
  deskripsi?: string;
  /** References ("2.1") where the text is the official one, else the text as read. */
  indikator: string[];
  notes: Unmapped[];
  where: string;
}

export interface ImportedStandard {
  /** Where the form starts ("tabel 1, baris 1"). */
  where: string;
  jabatan: { nama?: string; kelompok?: string; jenjang?: string; urusan?: string; kode?: string; ikhtisar?: string };
  kompetensi: Record<Section, ImportedCompetency[]>;
  persyaratan: {
    pendidikan: { jenjang?: string; bidang_ilmu: string[]; tingkat?: Tingkat }[];
    pelatihan: { jenis: string; uraian: string; tingkat?: Tingkat }[];
    pengalaman_kerja: { uraian: string; tingkat?: Tingkat }[];
    pangkat?: string;
    indikator_kinerja: string[];
  };
  /** The header's Unit Kerja and Status lines (docs/format.md, "Status"). */
  status?: {
    tahap?: string;
    /** The Status line as written when it names no step ("Sedang direvisi"). */
    tahapAsWritten?: string;
    unit_kerja?: string;
    riwayat: { tahap: string; oleh?: string; tanggal?: string }[];
  };
  notes: Record<NotePlace, Unmapped[]>;
}

export function emptyStandard(where: string): ImportedStandard {
  return {
    where,
    jabatan: {},
    kompetensi: { manajerial: [], sosial_kultural: [], teknis: [] },
    persyaratan: { pendidikan: [], pelatihan: [], pengalaman_kerja: [], indikator_kinerja: [] },
    notes: { jabatan: [], kompetensi: [], manajerial: [], sosial_kultural: [], teknis: [], persyaratan: [] },
  };
}

/** Every unmapped item of a standard, in document order of their places. */
export function allUnmapped(s: ImportedStandard): Unmapped[] {
  const out: Unmapped[] = [...s.notes.jabatan, ...s.notes.kompetensi];
  for (const sec of ['manajerial', 'sosial_kultural', 'teknis'] as const) {
    out.push(...s.notes[sec]);
    for (const c of s.kompetensi[sec]) out.push(...c.notes);
  }
  out.push(...s.notes.persyaratan);
  return out;
}
