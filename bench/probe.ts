/** Checks the generated corpus: prints the findings of each kind of file (it should be nearly clean). */
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { KamusIndex } from '../server/src/core/workspace/kamus-index';
import { generateCorpus } from './corpus';

const c = generateCorpus(path.join(os.tmpdir(), 'skj-bench-probe'), { throughput: 20, scale: 20 });
const index = new KamusIndex();
index.setText('file:///k50.kamus.yaml', c.kamus50.text);
const show = (name: string, uri: string, text: string) => {
  const a = analyze(uri, text, { kamus: index });
  const counts: Record<string, number> = {};
  for (const f of a.findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  console.log(name, text.split('\n').length - 1, 'lines', JSON.stringify(counts), a.findings.slice(0, 2).map((f) => f.message));
};
for (const t of c.tiers) show(t.jenjang, `file:///${t.jenjang}.skj.yaml`, t.text);
show('standard200', 'file:///s200.skj.yaml', c.standard200);
show('kamus50', 'file:///k50.kamus.yaml', c.kamus50.text);
show('kamus500', 'file:///k500.kamus.yaml', c.kamus500.text);
show('kamus20k', 'file:///k20k.kamus.yaml', c.kamus20k.text);
