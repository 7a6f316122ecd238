import type { Locale } from '../types';

/**
 * The form's words for a field left empty (`nama:` with nothing after it, `- ` with no text),
 * with its guide mark from FORM STANDAR KOMPETENSI JABATAN ASN: "Nama jabatan belum diisi (*1)".
 * One finding per empty field, instead of the schema's type and enum errors about `null`.
 */
const FIELDS: [RegExp, string, string, ((data: unknown, path: string[]) => string)?][] = [
  [/^jabatan\/nama$/, 'Nama jabatan', 'The position name', () => '*1'],
  [/^jabatan\/kelompok$/, 'Kelompok jabatan', 'The position group', () => '*2'],
  [/^jabatan\/jenjang$/, 'Jenjang jabatan', 'The tier', () => '*2'],
  [/^jabatan\/urusan$/, 'Urusan pemerintahan', 'The government affair', () => '*3'],
  [/^jabatan\/ikhtisar$/, 'Ikhtisar jabatan', 'The job summary', () => '*5'],
  [/^kompetensi\/[^/]+\/\d+\/kode$/, 'Kode kompetensi', 'The competency code'],
  [/^kompetensi\/[^/]+\/\d+\/nama$/, 'Nama kompetensi', 'The competency name'],
  [/^kompetensi\/[^/]+\/\d+\/deskripsi$/, 'Deskripsi kompetensi', 'The competency description'],
  [/^kompetensi\/[^/]+\/\d+\/indikator\/\d+$/, 'Indikator kompetensi', 'The indicator'],
  [/^persyaratan\/pendidikan\/\d+\/jenjang$/, 'Jenjang pendidikan', 'The education level', () => '*10'],
  [/^persyaratan\/pendidikan\/\d+\/bidang_ilmu(\/\d+)?$/, 'Bidang ilmu', 'The field of study', () => '*11'],
  [/^persyaratan\/[^/]+\/\d+\/tingkat$/, 'Tingkat pentingnya', 'The importance', () => '*16–*18'],
  [/^persyaratan\/pelatihan\/\d+\/jenis$/, 'Jenis pelatihan', 'The training kind', () => '*12–*14'],
  [/^persyaratan\/pelatihan\/\d+\/uraian$/, 'Uraian pelatihan', 'The training', trainingMark],
  [/^persyaratan\/pengalaman_kerja\/\d+\/uraian$/, 'Pengalaman kerja', 'The work experience', () => '*15'],
  [/^persyaratan\/pangkat$/, 'Pangkat', 'The rank', () => '*19'],
  [/^persyaratan\/indikator_kinerja\/\d+$/, 'Indikator kinerja jabatan', 'The performance indicator', () => '*20'],
];

function trainingMark(data: unknown, path: string[]): string {
  const jenis = lookup(data, [...path.slice(0, -1), 'jenis']);
  return jenis === 'manajerial' ? '*12' : jenis === 'teknis' ? '*13' : jenis === 'fungsional' ? '*14' : '*12–*14';
}

/** A field's label and guide mark for a path of the standard, or undefined when the form has no such field. */
export function formField(path: string[], data: unknown, locale: Locale): { label: string; mark: string } | undefined {
  const p = path.join('/');
  for (const [re, id, en, mark] of FIELDS) {
    if (!re.test(p)) continue;
    const m = mark?.(data, path);
    return { label: locale === 'en' ? en : id, mark: m ? ` (${m})` : '' };
  }
  return undefined;
}

/** "Nama jabatan belum diisi (*1)." for an empty field of the form, else undefined. */
export function emptyFieldMessage(path: string[], value: unknown, data: unknown, locale: Locale): string | undefined {
  if (value !== null && value !== '' && value !== undefined) return undefined;
  const f = formField(path, data, locale);
  if (!f) return undefined;
  return locale === 'en' ? `${f.label} is not filled in yet${f.mark}.` : `${f.label} belum diisi${f.mark}.`;
}

/** "Nama jabatan belum diisi (*1): tambahkan `nama:` di sini." for a required key the mapping lacks. */
export function missingFieldMessage(path: string[], key: string, data: unknown, locale: Locale): string | undefined {
  const f = formField([...path, key], data, locale);
  if (!f) return undefined;
  return locale === 'en' ? `${f.label} is missing${f.mark}: add \`${key}:\` here.` : `${f.label} belum diisi${f.mark}: tambahkan \`${key}:\` di sini.`;
}

function lookup(data: unknown, path: string[]): unknown {
  let cur = data as Record<string, unknown> | undefined;
  for (const seg of path) {
    if (cur == null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg] as Record<string, unknown> | undefined;
  }
  return cur;
}
