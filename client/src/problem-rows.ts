/**
 * The row of the form (as rendered by render/form-html.ts) that shows the text at a line of a
 * standard: the competency item around it (`tr.competency[data-code]`), a position field
 * (`tr[data-field]`) or a requirement (`tr[data-req]`). `lines` are the file's lines up to `line`.
 */
export function rowSelectorOf(lines: string[], line: number): string | undefined {
  let top: string | undefined;
  let second: string | undefined;
  for (let l = line; l >= 0; l--) {
    const m = /^(\S[^:#]*):/.exec(lines[l] ?? '');
    if (m) {
      top = m[1].trim();
      break;
    }
  }
  for (let l = line; l >= 0; l--) {
    const m = /^ {1,3}([\w-]+):/.exec(lines[l] ?? '');
    if (m) {
      second = m[1];
      break;
    }
    if (/^\S/.test(lines[l] ?? '')) break;
  }
  if (top === 'jabatan' && second) return `tr[data-field="${second}"]`;
  if (top === 'persyaratan' && second) return `tr[data-req="${second}"]`;
  if (top === 'kompetensi') {
    // The `- kode: X` of the item around the line (same item: nothing at a smaller indent between).
    for (let l = line; l >= 0; l--) {
      const m = /^(\s*)- +kode: *["']?([^"'#\s]+)/.exec(lines[l] ?? '');
      if (m) return `tr.competency[data-code="${m[2].replace(/["\\]/g, '')}"]`;
      if (/^ {0,3}\S/.test(lines[l] ?? '')) break;
    }
  }
  return undefined;
}
