/**
 * Globs from `skj.config.yaml` and the command line are untrusted input (a cloned repository
 * chooses them), so they are matched without regular expressions: `*a*a*a…*b` against a long name
 * must not backtrack for minutes. Every regex-based matcher does (picomatch 4.0.7 takes over nine
 * minutes for `*a*a*a*a*a*b` against 200 `a`s; see BENCHMARKS.md), so this is the one place with
 * hand-written matching: the classic greedy wildcard algorithm, O(name × pattern) per segment, and
 * the same algorithm over path segments for `**`. picomatch still splits a glob into its base
 * folder and pattern (`picomatch.scan`, a linear scanner).
 *
 * Supported: `**` (any folders), `*`, `?`, `[abc]`, `[a-z]`, `[!x]`/`[^x]`, `{a,b}` (nested; at
 * most MAX_ALTERNATIVES expansions), `\` escapes; paths separated by `/`. Pattern length is
 * capped at MAX_GLOB_LENGTH.
 */
import picomatch from 'picomatch';

export const MAX_GLOB_LENGTH = 1024;
export const MAX_ALTERNATIVES = 256;

type Token = { t: 'char'; c: string } | { t: 'any' } | { t: 'star' } | { t: 'class'; neg: boolean; items: (string | [string, string])[] };
type Segment = 'globstar' | Token[];

export interface Glob {
  readonly pattern: string;
  test(path: string): boolean;
}

export class GlobError extends Error {}

/** Compiles a glob; throws GlobError for one that is too long or has too many alternatives. */
export function compileGlob(pattern: string): Glob {
  if (pattern.length > MAX_GLOB_LENGTH) throw new GlobError(`pattern longer than ${MAX_GLOB_LENGTH} characters`);
  const alternatives = expandBraces(pattern).map((p) => splitSegments(p).map(parseSegment));
  return {
    pattern,
    test: (p: string) => {
      const parts = p.split('/');
      return alternatives.some((segs) => matchSegments(segs, parts));
    },
  };
}

export function isGlob(s: string): boolean {
  return /[*?{[]/.test(s);
}

/** The folder part of a glob before its first wildcard ("kamus/**\/*.yaml" → "kamus"), and the rest. */
export function globBase(glob: string): string {
  const s = picomatch.scan(glob);
  return s.isGlob ? s.base || '.' : glob.includes('/') ? glob.slice(0, glob.lastIndexOf('/')) || '/' : '.';
}

/** `{a,b}` alternatives, nested, left to right; an unmatched `{` is literal. */
export function expandBraces(p: string): string[] {
  let out = [''];
  let i = 0;
  while (i < p.length) {
    const c = p[i];
    if (c === '\\' && i + 1 < p.length) {
      out = out.map((o) => o + p.slice(i, i + 2));
      i += 2;
      continue;
    }
    if (c === '{') {
      const close = matchingBrace(p, i);
      if (close > 0) {
        const inner = splitTopLevel(p.slice(i + 1, close));
        if (inner.length > 1) {
          const alts = inner.flatMap(expandBraces);
          const next: string[] = [];
          for (const o of out) for (const a of alts) next.push(o + a);
          if (next.length > MAX_ALTERNATIVES) throw new GlobError(`more than ${MAX_ALTERNATIVES} {…} alternatives`);
          out = next;
          i = close + 1;
          continue;
        }
      }
    }
    out = out.map((o) => o + c);
    i++;
  }
  return out;
}

function matchingBrace(p: string, open: number): number {
  let depth = 0;
  for (let i = open; i < p.length; i++) {
    if (p[i] === '\\') i++;
    else if (p[i] === '{') depth++;
    else if (p[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') depth++;
    else if (s[i] === '}') depth--;
    else if (s[i] === ',' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

function splitSegments(p: string): string[] {
  const segs = p.split('/');
  // `a//b` and a trailing `/` mean the same as `a/b`.
  return segs.filter((s, i) => s !== '' || i === 0);
}

function parseSegment(s: string): Segment {
  if (s === '**') return 'globstar';
  const tokens: Token[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length) tokens.push({ t: 'char', c: s[++i] });
    else if (c === '*') {
      if (tokens[tokens.length - 1]?.t !== 'star') tokens.push({ t: 'star' }); // `**` inside a name is `*`
    } else if (c === '?') tokens.push({ t: 'any' });
    else if (c === '[') {
      const cls = parseClass(s, i);
      if (cls) {
        tokens.push(cls.token);
        i = cls.end;
      } else tokens.push({ t: 'char', c });
    } else tokens.push({ t: 'char', c });
  }
  return tokens;
}

function parseClass(s: string, open: number): { token: Token; end: number } | undefined {
  let i = open + 1;
  const neg = s[i] === '!' || s[i] === '^';
  if (neg) i++;
  const items: (string | [string, string])[] = [];
  let first = true;
  for (; i < s.length; i++) {
    let c = s[i];
    if (c === ']' && !first) return { token: { t: 'class', neg, items }, end: i };
    first = false;
    if (c === '\\' && i + 1 < s.length) c = s[++i];
    if (s[i + 1] === '-' && i + 2 < s.length && s[i + 2] !== ']') {
      items.push([c, s[i + 2]]);
      i += 2;
    } else items.push(c);
  }
  return undefined;
}

function tokenMatches(t: Token, c: string): boolean {
  if (t.t === 'any') return true;
  if (t.t === 'char') return t.c === c;
  if (t.t === 'class') {
    const hit = t.items.some((it) => (typeof it === 'string' ? it === c : c >= it[0] && c <= it[1]));
    return hit !== t.neg;
  }
  return false;
}

/**
 * Greedy wildcard matching with one remembered star: on a mismatch, retry from the last star one
 * character further. Correct for `*` (any run) with single-unit tokens, and O(n × m).
 */
function matchUnits<P, S>(pat: readonly P[], str: readonly S[] | string, isStar: (p: P) => boolean, one: (p: P, s: S) => boolean): boolean {
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  const n = str.length;
  while (s < n) {
    if (p < pat.length && !isStar(pat[p]) && one(pat[p], (str as S[])[s])) {
      p++;
      s++;
    } else if (p < pat.length && isStar(pat[p])) {
      starP = p++;
      starS = s;
    } else if (starP >= 0) {
      p = starP + 1;
      s = ++starS;
    } else return false;
  }
  while (p < pat.length && isStar(pat[p])) p++;
  return p === pat.length;
}

function matchSegment(tokens: Token[], name: string): boolean {
  return matchUnits<Token, string>(tokens, name, (t) => t.t === 'star', tokenMatches);
}

function matchSegments(segs: Segment[], parts: string[]): boolean {
  return matchUnits<Segment, string>(segs, parts, (s) => s === 'globstar', (seg, part) => matchSegment(seg as Token[], part));
}
