import type { Competency, DictionaryLookup } from '../dictionary/model';
import { buildKamusModel, kamusCompetencies, KamusModel } from '../model/kamus-model';
import { parseFile, ParsedFile, ParseOptions } from '../parse/parsed-file';
import type { Range } from '../types';

/**
 * Every technical competency defined by the kamus files of a workspace, kept current file by
 * file. A lookup layer over them; duplicate codes are all kept so they can be reported.
 */
export class KamusIndex implements DictionaryLookup {
  private readonly files = new Map<string, Competency[]>();
  private byCode: Map<string, Competency[]> | undefined;
  /** Increases on every change: callers cache analyses against it. */
  version = 0;

  /** Parses a kamus text and indexes its entries. Returns the parse and the definitions for reuse. */
  setText(uri: string, text: string, opts?: ParseOptions): { file: ParsedFile; model: KamusModel; definitions: Competency[] } {
    const file = parseFile(uri, 'kamus', text, opts);
    const model = buildKamusModel(file);
    const definitions = kamusCompetencies(file, model);
    this.set(uri, definitions);
    return { file, model, definitions };
  }

  set(uri: string, competencies: Competency[]): void {
    const prev = this.files.get(uri);
    if (prev && sameDefinitions(prev, competencies)) {
      this.files.set(uri, competencies);
      this.byCode = undefined;
      return;
    }
    this.files.set(uri, competencies);
    this.byCode = undefined;
    this.version++;
    this.bumpChanged(prev ?? [], competencies);
  }

  remove(uri: string): void {
    const prev = this.files.get(uri);
    if (prev && this.files.delete(uri)) {
      this.byCode = undefined;
      this.version++;
      this.bumpChanged(prev, []);
    }
  }

  /**
   * The index version at which the definitions of `kode` last changed (0: never): a standard's
   * findings need a new check only when a code it uses changed (see lsp/workspace-diagnostics.ts).
   */
  codeVersion(kode: string): number {
    return this.codeVersions.get(kode) ?? 0;
  }
  private readonly codeVersions = new Map<string, number>();

  private bumpChanged(before: Competency[], after: Competency[]): void {
    const group = (list: Competency[]) => {
      const m = new Map<string, Competency[]>();
      for (const c of list) m.set(c.kode, [...(m.get(c.kode) ?? []), c]);
      return m;
    };
    const old = group(before);
    const now = group(after);
    for (const [kode, list] of now) {
      const o = old.get(kode);
      if (!o || !sameDefinitions(o, list)) this.codeVersions.set(kode, this.version);
    }
    for (const kode of old.keys()) if (!now.has(kode)) this.codeVersions.set(kode, this.version);
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  uris(): string[] {
    return [...this.files.keys()];
  }

  private codes(): Map<string, Competency[]> {
    if (!this.byCode) {
      const m = new Map<string, Competency[]>();
      for (const uri of [...this.files.keys()].sort()) {
        for (const c of this.files.get(uri)!) {
          const list = m.get(c.kode);
          if (list) list.push(c);
          else m.set(c.kode, [c]);
        }
      }
      this.byCode = m;
    }
    return this.byCode;
  }

  get(kode: string): Competency | undefined {
    return this.codes().get(kode)?.[0];
  }

  *all(): Iterable<Competency> {
    for (const list of this.codes().values()) yield list[0];
  }

  definitionsOf(kode: string): { uri: string; range: Range }[] {
    return (this.codes().get(kode) ?? []).map((c) => ({ uri: c.source.uri!, range: c.source.range! }));
  }

  get size(): number {
    return this.codes().size;
  }
}

/** True when two lists define the same content (ranges aside): other files need no re-check. */
function sameDefinitions(a: Competency[], b: Competency[]): boolean {
  return a.length === b.length && a.every((c, i) => sameCompetency(c, b[i]));
}

function sameCompetency(a: Competency, b: Competency): boolean {
  if (a.kode !== b.kode || a.nama !== b.nama || a.definisi !== b.definisi || a.levels.size !== b.levels.size) return false;
  const bl = [...b.levels.values()];
  let i = 0;
  for (const la of a.levels.values()) {
    const lb = bl[i++];
    if (la.level !== lb.level || la.deskripsi !== lb.deskripsi || la.indikator.length !== lb.indikator.length) return false;
    if (!la.indikator.every((ind, k) => ind.teks === lb.indikator[k].teks)) return false;
  }
  return true;
}
