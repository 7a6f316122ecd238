import type { CST } from 'yaml';

/** Offset of the first collection nested deeper than `max` in a CST, or -1. Iterative. */
export function offsetBeyondDepth(tokens: CST.Token[], max: number): number {
  const stack: [CST.Token | undefined, number][] = tokens.map((t) => [t, 0]);
  while (stack.length) {
    const [t, depth] = stack.pop()!;
    if (!t) continue;
    switch (t.type) {
      case 'document':
        stack.push([t.value, depth]);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        if (depth + 1 > max) return t.offset;
        for (const it of t.items as { key?: CST.Token | null; value?: CST.Token }[]) {
          if (it.key) stack.push([it.key, depth + 1]);
          if (it.value) stack.push([it.value, depth + 1]);
        }
        break;
      }
      default:
        break;
    }
  }
  return -1;
}
