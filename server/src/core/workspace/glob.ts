/** A small glob matcher: `**`, `*`, `?`, `{a,b}` and `[abc]`, on `/`-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let i = 0;
  let inBraces = 0;
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more folders; a trailing `**` matches everything.
        if (glob[i + 2] === '/') {
          re += '(?:.*/)?';
          i += 3;
        } else {
          re += '.*';
          i += 2;
        }
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      inBraces++;
      re += '(?:';
    } else if (c === '}' && inBraces) {
      inBraces--;
      re += ')';
    } else if (c === ',' && inBraces) re += '|';
    else if (c === '[') {
      const end = glob.indexOf(']', i);
      if (end > i) {
        re += '[' + glob.slice(i + 1, end).replace(/\\/g, '\\\\') + ']';
        i = end + 1;
        continue;
      }
      re += '\\[';
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
    i++;
  }
  return new RegExp(`^${re}$`);
}

export function isGlob(s: string): boolean {
  return /[*?{[]/.test(s);
}

/** The folder part of a glob before its first wildcard ("kamus/**\/*.yaml" → "kamus"). */
export function globBase(glob: string): string {
  const parts = glob.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (isGlob(p)) break;
    out.push(p);
  }
  if (out.length === parts.length) out.pop();
  return out.join('/') || '.';
}
