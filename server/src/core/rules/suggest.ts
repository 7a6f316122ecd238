import { editDistance } from '../dictionary/normalize';

/** Candidates closest to `value` by edit distance (case-insensitive), best first; `preferred` win ties. */
export function closest(value: string, candidates: readonly string[], opts: { max?: number; limit?: number; preferred?: readonly string[] } = {}): string[] {
  const max = opts.max ?? Math.max(2, Math.floor(value.length / 2));
  const v = value.toLowerCase();
  return candidates
    .map((c) => ({ c, d: editDistance(v, c.toLowerCase(), max), p: opts.preferred?.includes(c) ? 0 : 1 }))
    .filter((x) => x.d <= max)
    .sort((a, b) => a.d - b.d || a.p - b.p || a.c.localeCompare(b.c))
    .slice(0, opts.limit ?? 3)
    .map((x) => x.c);
}
