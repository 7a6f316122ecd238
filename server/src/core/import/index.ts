/** Import: a document's rows → the standards it holds → *.skj.yaml texts. */
import type { DictionaryLookup } from '../dictionary/model';
import { ImportError, SourceRow } from './blocks';
import { allUnmapped, ImportedStandard, Unmapped } from './imported';
import { recognise } from './recognize';
import { slugOf, standardToYaml } from './to-yaml';

export { ImportError } from './blocks';
export type { SourceRow } from './blocks';

export interface ImportedFile {
  /** Suggested file name, from the position ("kepala-bagian-umum.skj.yaml"). */
  name: string;
  nama?: string;
  yaml: string;
  unmapped: Unmapped[];
  standard: ImportedStandard;
}

/** The standards in a document's rows; throws ImportError when there is no form in it. */
export function importRows(rows: SourceRow[], dict: DictionaryLookup, source: string, fallbackName: string): { files: ImportedFile[]; preamble: Unmapped[] } {
  const { standards, preamble } = recognise(rows, dict);
  const hasContent = (s: ImportedStandard) =>
    Object.values(s.jabatan).some((v) => v !== undefined) ||
    Object.values(s.kompetensi).some((l) => l.length) ||
    Object.values(s.persyaratan).some((v) => (Array.isArray(v) ? v.length : v !== undefined)) ||
    !!s.status?.tahap ||
    !!s.status?.unit_kerja;
  // A "form" that holds nothing but comments (a signature block after the last table that
  // looked like a new header): its comments go to the standard before it, never away.
  const real: ImportedStandard[] = [];
  for (const s of standards) {
    if (hasContent(s) || !real.length) real.push(s);
    else real[real.length - 1].notes.persyaratan.push(...allUnmapped(s).filter((u) => !real[real.length - 1].notes.jabatan.includes(u)));
  }
  if (real.length === 1 && !hasContent(real[0])) real.pop();
  if (real.length === 0)
    throw new ImportError(
      'tidak ditemukan FORM STANDAR KOMPETENSI JABATAN ASN di dalamnya (tidak ada Nama Jabatan, Standar Kompetensi atau Persyaratan Jabatan)',
      'no FORM STANDAR KOMPETENSI JABATAN ASN found in it (no Nama Jabatan, Standar Kompetensi or Persyaratan Jabatan)',
    );
  const used = new Set<string>();
  const files = real.map((s, i) => {
    let base = slugOf(s.jabatan.nama) || `${slugOf(fallbackName) || 'standar'}${real.length > 1 ? `-${i + 1}` : ''}`;
    for (let n = 2; used.has(base); n++) base = `${base.replace(/-\d+$/, '')}-${n}`;
    used.add(base);
    return { name: `${base}.skj.yaml`, nama: s.jabatan.nama, yaml: standardToYaml(s, source), unmapped: allUnmapped(s), standard: s };
  });
  return { files, preamble };
}
