import { Composer, CST, Parser } from 'yaml';

/**
 * A string written as a YAML scalar, by the `yaml` library's own stringifier (its CST's
 * `setScalarValue`): quotes escaped, block scalars indented and chomped as YAML says. Nothing here
 * escapes by hand; this file only checks that a plain result reads back as the same string.
 */

export type ScalarStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_FOLDED' | 'BLOCK_LITERAL';

export interface ScalarContext {
  /** Columns of the scalar's continuation lines (a block scalar's content). */
  indent: number;
  /** Inside a flow collection (`[…]`, `{…}`): `,[]{}` are not plain there. */
  inFlow: boolean;
}

/**
 * The source of `value` as a flow scalar (plain, single or double quoted) in `style`, or in
 * double quotes when the style cannot hold it (a plain `true`, `*x`, `a: b`, ` #`, a value with a
 * line break or that would read back as a number, null or another type).
 */
export function flowScalarSource(value: string, style: 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE', ctx: ScalarContext): string {
  if (style === 'PLAIN' && /[\r\n]/.test(value)) style = 'QUOTE_DOUBLE';
  const token = { type: 'scalar', offset: 0, indent: ctx.indent, source: '' } as CST.FlowScalar;
  CST.setScalarValue(token, value, { type: style, inFlow: ctx.inFlow, implicitKey: false });
  const source = CST.stringify(token);
  if (token.type === 'scalar' && !readsBackAs(source, value, ctx.inFlow)) return flowScalarSource(value, 'QUOTE_DOUBLE', ctx);
  return source;
}

/**
 * The body (the lines after the header, each with its line break) of a block scalar holding
 * `value`, at `indent` columns, with `chomp` ('' clip, '-' strip, '+' keep). Undefined when a
 * block with that header cannot hold the value (it starts with a space or is only white space).
 */
export function blockScalarBody(value: string, literal: boolean, chomp: '' | '-' | '+', indent: number, trailing: string): string | undefined {
  const core = value.replace(/\n+$/, '');
  const full = core + (chomp === '-' ? '' : chomp === '' ? '\n' : trailing || '\n');
  const header = { type: 'block-scalar-header', offset: 0, indent, source: literal ? '|' : '>' } as CST.SourceToken;
  const newline = { type: 'newline', offset: 0, indent: 0, source: '\n' } as CST.SourceToken;
  const token = { type: 'block-scalar', offset: 0, indent, props: [header, newline], source: '' } as CST.BlockScalar;
  CST.setScalarValue(token, full, { type: literal ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED', inFlow: false, implicitKey: false });
  if (token.type !== 'block-scalar') return undefined;
  const out = CST.stringify(token);
  const nl = out.indexOf('\n');
  const gotHeader = out.slice(0, nl);
  // The library picks the chomping from the value: it must agree with the header kept in the file
  // (keep and clip agree for a single final line break).
  const gotChomp = gotHeader.replace(/^[|>]/, '');
  if (/\d/.test(gotChomp)) return undefined;
  if (gotChomp !== chomp && !(chomp === '+' && gotChomp === '' && full.endsWith('\n') && !full.endsWith('\n\n'))) return undefined;
  return out.slice(nl + 1);
}

/** True when `source`, written as a value (in a flow sequence when inFlow), is the string `value`. */
function readsBackAs(source: string, value: string, inFlow: boolean): boolean {
  if (source === '' || /[\r\n]/.test(source)) return false;
  const text = inFlow ? `[${source}]\n` : `k: ${source}\n`;
  const tokens = Array.from(new Parser().parse(text));
  const doc = tokens.find((t) => t.type === 'document') as CST.Document | undefined;
  if (!doc || tokens.some((t) => t.type === 'error')) return false;
  for (const d of new Composer().compose(tokens, true, text.length)) {
    if (d.errors.length || d.warnings.length) return false;
    const node = inFlow ? d.getIn([0], true) : d.get('k', true);
    const v = (node as { value?: unknown } | undefined)?.value;
    return typeof v === 'string' && v === value && (node as { type?: string }).type === 'PLAIN';
  }
  return false;
}
