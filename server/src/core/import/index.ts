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
  const real = standards.filter((s) => s.jabatan.nama || s.kompetensi.manajerial.length || s.kompetensi.sosial_kultural.length || s.kompetensi.teknis.length);
  if (real.length === 0) throw new ImportError('tidak ditemukan FORM STANDAR KOMPETENSI JABATAN ASN di dalamnya (tidak ada Nama Jabatan, Standar Kompetensi atau Persyaratan Jabatan)');
  const used = new Set<string>();
  const files = real.map((s, i) => {
    let base = slugOf(s.jabatan.nama) || `${slugOf(fallbackName) || 'standar'}${real.length > 1 ? `-${i + 1}` : ''}`;
    for (let n = 2; used.has(base); n++) base = `${base.replace(/-\d+$/, '')}-${n}`;
    used.add(base);
    return { name: `${base}.skj.yaml`, nama: s.jabatan.nama, yaml: standardToYaml(s, source), unmapped: allUnmapped(s), standard: s };
  });
  return { files, preamble };
}
