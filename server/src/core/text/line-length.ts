/**
 * The first line longer than `max` characters, if any. Lines end at \n, \r\n or a lone \r (as in
 * LSP and LineIndex): a file saved with old Mac line breaks is many lines, not one. One pass, no
 * allocation.
 */
export function firstLongLine(text: string, max: number): { line: number; length: number } | undefined {
  if (text.length <= max) return undefined;
  let start = 0;
  let line = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    if (i - start > max) return { line, length: i - start };
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
    line++;
  }
  return undefined;
}
