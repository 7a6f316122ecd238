import type { Command } from './command';
import { LOCALE_OPTION } from './command';
import { allRules, ruleDocLink } from './rule-docs';

export const rulesCommand: Command = {
  name: 'rules',
  summary: { id: 'daftar setiap aturan: id, tingkat bawaan, judul dan tautan dokumentasi', en: 'list every rule: id, default severity, title and documentation link' },
  usage: 'skj rules [--format text|json] [--locale id|en]',
  options: {
    format: { type: 'string', choices: ['text', 'json'], help: { id: 'format keluaran (bawaan text)', en: 'output format (default text)' } },
    locale: LOCALE_OPTION,
    'rules-doc-url': { type: 'string', value: 'URL', help: { id: 'alamat docs/rules.md untuk tautan (bawaan: salinan di paket ini)', en: 'address of docs/rules.md for the links (default: the copy in this package)' } },
  },
  maxPositionals: 0,
  run(a, io) {
    const base = a.values['rules-doc-url'] as string | undefined;
    const rules = allRules().map((r) => ({ id: r.id, severity: r.defaultSeverity, title: r.title[a.locale], doc: ruleDocLink(r.id, base) ?? '' }));
    if (a.values.format === 'json') {
      io.out(JSON.stringify(rules, null, 2) + '\n');
      return 0;
    }
    const w = Math.max(...rules.map((r) => r.id.length)) + 2;
    for (const r of rules) io.out(`${r.id.padEnd(w)}${r.severity.padEnd(13)}${r.title}\n${' '.repeat(w)}${r.doc}\n`);
    return 0;
  },
};
