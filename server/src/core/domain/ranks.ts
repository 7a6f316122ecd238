/** The 17 civil-service ranks (pangkat, golongan/ruang) — domain.md. */

export interface Rank {
  golongan: string;
  pangkat: string;
  /** Position in the ladder, 0 = I/a. */
  order: number;
}

const TABLE: [string, string][] = [
  ['I/a', 'Juru Muda'],
  ['I/b', 'Juru Muda Tingkat I'],
  ['I/c', 'Juru'],
  ['I/d', 'Juru Tingkat I'],
  ['II/a', 'Pengatur Muda'],
  ['II/b', 'Pengatur Muda Tingkat I'],
  ['II/c', 'Pengatur'],
  ['II/d', 'Pengatur Tingkat I'],
  ['III/a', 'Penata Muda'],
  ['III/b', 'Penata Muda Tingkat I'],
  ['III/c', 'Penata'],
  ['III/d', 'Penata Tingkat I'],
  ['IV/a', 'Pembina'],
  ['IV/b', 'Pembina Tingkat I'],
  ['IV/c', 'Pembina Utama Muda'],
  ['IV/d', 'Pembina Utama Madya'],
  ['IV/e', 'Pembina Utama'],
];

export const RANKS: Rank[] = TABLE.map(([golongan, pangkat], order) => ({ golongan, pangkat, order }));

const byGolongan = new Map(RANKS.map((r) => [r.golongan.toLowerCase(), r]));
const byName = new Map(RANKS.map((r) => [normalizeRankName(r.pangkat), r]));

/** "Penata Tk. I" → "penata tingkat i"; spacing and case do not matter. */
export function normalizeRankName(name: string): string {
  return name
    .replace(/\bTk\s*\.\s*/gi, 'Tingkat ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function rankByGolongan(g: string): Rank | undefined {
  return byGolongan.get(g.replace(/\s+/g, '').toLowerCase());
}

export function rankByName(name: string): Rank | undefined {
  return byName.get(normalizeRankName(name));
}

export function formatRank(r: Rank): string {
  return `${r.pangkat} (${r.golongan})`;
}

export interface ParsedRank {
  name?: string;
  golongan?: string;
  /** Offsets of the name and the golongan inside the value text. */
  nameSpan?: [number, number];
  golonganSpan?: [number, number];
}

/** Splits "Penata (III/c)", "III/c" or "Penata" into its parts. */
export function parseRank(text: string): ParsedRank {
  const m = /^(.*?)\s*\(\s*([^()]*?)\s*\)\s*$/.exec(text);
  if (m) {
    const name = m[1].trim();
    const gStart = text.indexOf(m[2], m[1].length);
    return {
      name: name || undefined,
      golongan: m[2],
      nameSpan: name ? [text.indexOf(name), text.indexOf(name) + name.length] : undefined,
      golonganSpan: [gStart, gStart + m[2].length],
    };
  }
  const t = text.trim();
  const start = text.indexOf(t);
  if (/^[IV]+\s*\/\s*[a-z]$/i.test(t)) return { golongan: t, golonganSpan: [start, start + t.length] };
  return { name: t, nameSpan: [start, start + t.length] };
}

export function golonganInRange(g: Rank, range: [string, string]): boolean {
  const lo = rankByGolongan(range[0]);
  const hi = rankByGolongan(range[1]);
  return !!lo && !!hi && g.order >= lo.order && g.order <= hi.order;
}

/** One end of a rank range, with its offsets in the value text. */
export interface RankEnd extends ParsedRank {
  text: string;
  start: number;
  end: number;
}

export interface ParsedRankRange {
  from: RankEnd;
  to: RankEnd;
  /** True when written the canonical way: "<rank> s.d. <rank>". */
  canonical: boolean;
}

/** The separator of the canonical range form (format.md): "Penata Muda (III/a) s.d. Penata Muda Tingkat I (III/b)". */
export const RANGE_SEPARATOR = ' s.d. ';

const WORD_SEPARATOR = /\s+(?:s\.\s?d\.?|s\/d|sd|sampai(?:\s+dengan)?|hingga)\s+/i;
const DASH_SEPARATOR = /\s*[-–—]\s*/;

function endAt(text: string, start: number, end: number): RankEnd | undefined {
  const raw = text.slice(start, end);
  const t = raw.trim();
  if (!t) return undefined;
  const s = start + raw.indexOf(t);
  const p = parseRank(t);
  const shift = (span?: [number, number]): [number, number] | undefined => (span ? [span[0] + s, span[1] + s] : undefined);
  return { ...p, nameSpan: shift(p.nameSpan), golonganSpan: shift(p.golonganSpan), text: t, start: s, end: s + t.length };
}

function looksLikeRank(e: RankEnd | undefined): boolean {
  return !!e && ((!!e.golongan && /^[IV]+\s*\/\s*[a-e]$/i.test(e.golongan)) || (!!e.name && !!rankByName(e.name)));
}

/**
 * A rank range as standards write it: "III/a – III/b", "III/a - III/b", "III/a s/d III/b",
 * "Penata Muda (III/a) s.d. Penata Muda Tingkat I (III/b)", "… sampai dengan …". Undefined for a
 * single rank.
 */
export function parseRankRange(text: string): ParsedRankRange | undefined {
  const w = WORD_SEPARATOR.exec(text);
  if (w) {
    const from = endAt(text, 0, w.index);
    const to = endAt(text, w.index + w[0].length, text.length);
    if (!from || !to) return undefined;
    return { from, to, canonical: w[0] === RANGE_SEPARATOR };
  }
  // A dash separates only where both sides are ranks (rank names hold no dash).
  const parts = text.split(DASH_SEPARATOR);
  if (parts.length !== 2) return undefined;
  const d = DASH_SEPARATOR.exec(text)!;
  const from = endAt(text, 0, d.index);
  const to = endAt(text, d.index + d[0].length, text.length);
  return looksLikeRank(from) && looksLikeRank(to) ? { from: from!, to: to!, canonical: false } : undefined;
}

/** The rank an end names (by golongan first, else by name). */
export function rankOfEnd(e: ParsedRank): Rank | undefined {
  return (e.golongan ? rankByGolongan(e.golongan) : undefined) ?? (e.name ? rankByName(e.name) : undefined);
}
