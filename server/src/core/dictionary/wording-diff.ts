import { diffArrays } from 'diff';
import { typeset } from './normalize';

/** One difference between a text and the official text: what is written, what the official text has. */
export interface WordingChange {
  written: string;
  official: string;
}

/**
 * The differences between `written` and `official`, word by word (words are what spaces separate,
 * punctuation included; case ignored), at most `limit`: "frustasi" → "frustrasi",
 * "etik/ nilai-nilai" → "etik/nilai-nilai".
 */
const memo = new Map<string, WordingChange[]>();

export function wordingChanges(written: string, official: string, limit = 3): WordingChange[] {
  const k = `${limit}\u0000${written}\u0000${official}`;
  let hit = memo.get(k);
  if (!hit) {
    hit = changesOf(written, official, limit);
    if (memo.size >= 256) memo.clear();
    memo.set(k, hit);
  }
  return hit;
}

function changesOf(written: string, official: string, limit: number): WordingChange[] {
  const words = (t: string) => typeset(t).split(' ').filter(Boolean);
  const parts = diffArrays(words(written), words(official), { comparator: (a: string, b: string) => a.toLowerCase() === b.toLowerCase() });
  const out: WordingChange[] = [];
  for (let i = 0; i < parts.length && out.length < limit; i++) {
    if (!parts[i].added && !parts[i].removed) continue;
    const w: string[] = [];
    const o: string[] = [];
    const start = i;
    for (; i < parts.length && (parts[i].added || parts[i].removed); i++) (parts[i].removed ? w : o).push(...parts[i].value);
    if (!w.length || !o.length) {
      // A word added or left out: show it with its neighbour ("kebijakan kebijakan" → "kebijakan").
      const before = start > 0 ? parts[start - 1].value.at(-1) : undefined;
      const after = i < parts.length ? parts[i].value[0] : undefined;
      if (before !== undefined) (w.unshift(before), o.unshift(before));
      else if (after !== undefined) (w.push(after), o.push(after));
    }
    out.push({ written: w.join(' '), official: o.join(' ') });
  }
  return out;
}

/** The changes as one short phrase for a message: `"frustasi" → "frustrasi"`; empty when only spaces differ. */
export function describeChanges(changes: WordingChange[], _locale: 'id' | 'en'): string {
  return changes.map((c) => `"${c.written}" → "${c.official}"`).join('; ');
}
