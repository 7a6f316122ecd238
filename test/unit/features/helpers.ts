import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, Analysis, dictionaryFor } from '../../../server/src/core/analyze';
import { DEFAULT_CONFIG, SkjConfig } from '../../../server/src/core/config/config';
import type { FeatureOptions } from '../../../server/src/core/features';
import type { Locale, Position } from '../../../server/src/core/types';
import { LineIndex } from '../../../server/src/core/text/line-index';
import { KamusIndex } from '../../../server/src/core/workspace/kamus-index';

export const ROOT = path.resolve(__dirname, '../../../..');
export const EXAMPLES = path.join(ROOT, 'examples');

export function example(name: string): string {
  return fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
}

/** The workspace kamus of the examples. */
export function exampleKamus(): KamusIndex {
  const k = new KamusIndex();
  k.setText('file:///ws/diskominfo.kamus.yaml', example('diskominfo.kamus.yaml'));
  return k;
}

/** Text with a cursor marker (`|` or `‸`) → the text without it and the marker's position. */
export function cursor(textWithMarker: string, marker = textWithMarker.includes('‸') ? '‸' : '|'): { text: string; position: Position } {
  const i = textWithMarker.indexOf(marker);
  if (i < 0) throw new Error('no cursor marker');
  const text = textWithMarker.slice(0, i) + textWithMarker.slice(i + marker.length);
  const before = textWithMarker.slice(0, i).split(/\r\n|\n/);
  return { text, position: { line: before.length - 1, character: before[before.length - 1].length } };
}

export interface Setup {
  analysis: Analysis;
  position: Position;
  opts: FeatureOptions;
  text: string;
}

export function options(o: { locale?: Locale; markdown?: boolean; snippets?: boolean; config?: SkjConfig; kamus?: KamusIndex } = {}): FeatureOptions {
  return {
    config: o.config ?? DEFAULT_CONFIG,
    dictionary: dictionaryFor(o.kamus ?? exampleKamus()),
    locale: o.locale ?? 'id',
    markdown: o.markdown ?? true,
    snippets: o.snippets ?? false,
  };
}

/** Analyses a text with a cursor marker the way the server does. */
export function setup(textWithMarker: string, o: Parameters<typeof options>[0] & { uri?: string } = {}): Setup {
  const { text, position } = cursor(textWithMarker);
  const kamus = o.kamus ?? exampleKamus();
  const opts = options({ ...o, kamus });
  const analysis = analyze(o.uri ?? 'file:///ws/test.skj.yaml', text, { config: opts.config, kamus });
  return { analysis, position, opts, text };
}

export function analyzeText(text: string, uri = 'file:///ws/test.skj.yaml', kamus = exampleKamus(), config = DEFAULT_CONFIG): Analysis {
  return analyze(uri, text, { config, kamus });
}

/** The text an item's edit leaves in the document. */
export function applyItem(text: string, item: { textEdit?: { range: { start: Position; end: Position }; newText: string } }): string {
  const e = item.textEdit!;
  const lines = text.split('\n');
  const off = (p: Position) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  if (text.includes('\r\n')) {
    const idx = new LineIndex(text);
    return text.slice(0, idx.offsetAt(e.range.start)) + e.newText + text.slice(idx.offsetAt(e.range.end));
  }
  return text.slice(0, off(e.range.start)) + e.newText + text.slice(off(e.range.end));
}
