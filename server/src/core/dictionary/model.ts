import type { Range } from '../types';

/** One behaviour indicator: its number (`2.1`) and its text (without the number). */
export interface Indicator {
  nomor: string;
  teks: string;
  /** Where it is defined (kamus files only). */
  range?: Range;
}

export interface Level {
  level: number;
  deskripsi: string;
  indikator: Indicator[];
  range?: Range;
}

export type CompetencyGroup = 'manajerial' | 'sosial_kultural' | 'teknis';

/** Where a competency is defined: the built-in dictionary or a kamus file. */
export interface DefinitionSource {
  /** URI of the kamus file; undefined for the built-in dictionary. */
  uri?: string;
  /** Range of the `kode` value in that file. */
  range?: Range;
  /** Range of the whole competency entry. */
  entryRange?: Range;
  instansi?: string;
}

/**
 * A competency of a dictionary. The built-in M.01–M.08/SK.01 and every user kamus entry
 * are this one type.
 */
export interface Competency {
  kode: string;
  nama: string;
  definisi: string;
  group: CompetencyGroup;
  /** Levels 1..5 by number (a kamus being written may lack some). */
  levels: Map<number, Level>;
  source: DefinitionSource;
}

/** A lookup over several dictionaries (built-in + kamus files). */
export interface DictionaryLookup {
  get(kode: string): Competency | undefined;
  all(): Iterable<Competency>;
}

export class Dictionary implements DictionaryLookup {
  private readonly byCode = new Map<string, Competency>();

  constructor(entries: Iterable<Competency> = []) {
    for (const c of entries) this.add(c);
  }

  add(c: Competency): void {
    if (!this.byCode.has(c.kode)) this.byCode.set(c.kode, c);
  }

  get(kode: string): Competency | undefined {
    return this.byCode.get(kode);
  }

  all(): Iterable<Competency> {
    return this.byCode.values();
  }

  get size(): number {
    return this.byCode.size;
  }
}

/** Several lookups searched in order (built-in first, then the workspace's kamus files). */
export class LayeredDictionary implements DictionaryLookup {
  constructor(private readonly layers: DictionaryLookup[]) {}

  get(kode: string): Competency | undefined {
    for (const l of this.layers) {
      const c = l.get(kode);
      if (c) return c;
    }
    return undefined;
  }

  *all(): Iterable<Competency> {
    const seen = new Set<string>();
    for (const l of this.layers)
      for (const c of l.all()) {
        if (seen.has(c.kode)) continue;
        seen.add(c.kode);
        yield c;
      }
  }
}
