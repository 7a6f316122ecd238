import type { ParsedFile, ParseProblem } from '../parse/parsed-file';
import type { Range } from '../types';

/** What a parser error says about the line where the author slipped. */
export interface Slip {
  /** The line the author has to change (not always the one the parser stopped at). */
  line: number;
  /** Its indentation in columns, and in characters (tabs count one). */
  indent: number;
  indentChars: number;
  /** Column of the key (after any `- `) on the structural line above. */
  aboveIndent: number;
  /** The indentation that would make the line parse, when it is obvious. */
  expected?: number;
  /** The line is indented with a tab. */
  tab?: boolean;
  /** The line is read as the continuation of this key's value (it is indented under it). */
  continuationOf?: string;
  /** The line holds text with no colon where a key was expected (`  kelompok`). */
  noColon?: boolean;
  /** `key: value: more`: the value (without comment) that needs quotes. */
  colonValue?: { text: string; range: Range };
}

const KEY_LINE = /^([ \t]*)((?:-[ \t]+)*)([^\s#'"\-][^:#]*?|"[^"]*"|'[^']*'):(?:[ \t]+|$)(.*)$/;

interface LineShape {
  indent: number;
  indentChars: number;
  /** Column of the key or scalar after the dashes. */
  content: number;
  dash: boolean;
  key?: string;
  value?: string;
  valueCol?: number;
  tab: boolean;
}

function shape(text: string): LineShape | undefined {
  if (/^\s*(#|$)/.test(text)) return undefined;
  const lead = /^[ \t]*/.exec(text)![0];
  const indent = lead.replace(/\t/g, '  ').length;
  const dashes = /^(?:-[ \t]+|-$)*/.exec(text.slice(lead.length))![0];
  const content = indent + dashes.length;
  // Very long lines (minified flow, pasted data) are not where an indentation slip hides.
  const m = text.length <= 2000 ? KEY_LINE.exec(text) : null;
  const s: LineShape = { indent, indentChars: lead.length, content, dash: dashes.length > 0, tab: lead.includes('\t') };
  if (m) {
    s.key = m[3].trim();
    s.value = m[4];
    s.valueCol = text.length - m[4].length;
  }
  return s;
}

/** The structural line above `line` (skipping blanks, comments and block-scalar text). */
function above(file: ParsedFile, line: number): { line: number; s: LineShape } | undefined {
  for (let l = line - 1; l >= 0; l--) {
    const s = shape(file.lines.lineText(l));
    if (s) return { line: l, s };
  }
  return undefined;
}

export function slipOf(file: ParsedFile, p: ParseProblem): Slip | undefined {
  const L = p.range.start.line;
  const text = file.lines.lineText(L);
  const here = shape(text);
  if (!here) return undefined;
  const up = above(file, L);
  const base = { line: L, indent: here.indent, indentChars: here.indentChars, aboveIndent: up ? up.s.content : 0 };
  if (here.tab) return { ...base, tab: true };

  if (p.code === 'BLOCK_AS_IMPLICIT_KEY' || p.code === 'MULTILINE_IMPLICIT_KEY') {
    if (!here.key && !here.dash && up?.s.key !== undefined && here.indent <= up.s.content) return { ...base, noColon: true };
    // `nama: Kepala: Subbagian` — a plain value with ": " in it.
    if (here.value && here.valueCol !== undefined && !/^["'|>[{]/.test(here.value)) {
      const v = here.value.replace(/[ \t]+#.*$/, '').replace(/\s+$/, '');
      // Not when lines below are indented under it: then the author meant a mapping there.
      const next = (() => {
        for (let l = L + 1; l < file.lines.lineCount; l++) {
          const s = shape(file.lines.lineText(l));
          if (s) return s;
        }
        return undefined;
      })();
      if (/:[ \t]/.test(v) && !(next && next.indent > here.content))
        return { ...base, colonValue: { text: v, range: { start: { line: L, character: here.valueCol }, end: { line: L, character: here.valueCol + v.length } } } };
    }
    // A key line deeper than the key above it with a value: read as that value's continuation.
    if (here.key) {
      for (let l = L + 1; l < file.lines.lineCount; l++) {
        const s = shape(file.lines.lineText(l));
        if (!s) continue;
        if (s.indent > here.content && s.key) return { line: l, indent: s.indent, indentChars: s.indentChars, aboveIndent: here.content, expected: here.content, continuationOf: here.key };
        break;
      }
    }
    if (up?.s.key && up.s.value && here.indent > up.s.content)
      return { ...base, continuationOf: up.s.key, expected: up.s.content };
  }
  let expected: number | undefined;
  if (up) {
    const opens = up.s.key !== undefined && (up.s.value ?? '') === '';
    if (here.dash && up.s.dash) expected = up.s.indent;
    else if (!here.dash && !opens) expected = up.s.content;
  }
  return { ...base, expected };
}
