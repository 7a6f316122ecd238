/**
 * Section 7: import and export throughput (standards per second) of the office documents,
 * in-process, over the examples and golden valid standards: form model + writer for DOCX,
 * XLSX and PDF; reader + recogniser + YAML for DOCX and XLSX.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { builtinDictionary } from '../server/src/core/dictionary/builtin';
import { importRows } from '../server/src/core/import';
import { readDocument } from '../server/src/core/import/read';
import { buildFormModel } from '../server/src/core/render/form-model';
import { writeFormDocx } from '../server/src/core/render/form-docx';
import { writeFormXlsx } from '../server/src/core/render/form-xlsx';
import { writeFormPdf } from '../server/src/core/render/form-pdf';
import { pdfFonts } from '../server/src/cli/office';
import { fmtNum, summarize, Summary } from './stats';

type RowFn = (section: string, metric: string, s: Summary | undefined, fmt: (x: number) => string) => void;

export async function officeBench(root: string, runs: number, row: RowFn, log: (s: string) => void): Promise<Record<string, number>> {
  log('7. office import / export …');
  const dirs = [path.join(root, 'examples'), path.join(root, 'test', 'golden', 'rules')];
  const texts = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => /\.skj\.yaml$/.test(f) && (d.endsWith('examples') || f.startsWith('valid-'))).map((f) => fs.readFileSync(path.join(d, f), 'utf8')));
  const dict = builtinDictionary();
  const fonts = pdfFonts();
  const rate = async (fn: () => Promise<unknown>): Promise<Summary> => {
    await fn(); // warm-up
    const out: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      await fn();
      out.push(texts.length / ((performance.now() - t) / 1000));
    }
    return summarize(out);
  };
  const docx = await Promise.all(texts.map((t) => writeFormDocx(buildFormModel(t, dict))));
  const xlsx = await Promise.all(texts.map((t) => writeFormXlsx([{ form: buildFormModel(t, dict) }])));
  const results: Record<string, number> = {};
  const rows: [string, () => Promise<unknown>][] = [
    ['export DOCX (form model + docx)', async () => { for (const t of texts) await writeFormDocx(buildFormModel(t, dict)); }],
    ['export XLSX (form model + exceljs, one workbook per standard)', async () => { for (const t of texts) await writeFormXlsx([{ form: buildFormModel(t, dict) }]); }],
    ['export PDF (form model + pdfmake)', async () => { for (const t of texts) await writeFormPdf(buildFormModel(t, dict), fonts); }],
    ['import DOCX (mammoth + recognise + YAML)', async () => { for (const d of docx) importRows(await readDocument('x.docx', d), dict, 'x.docx', 'x'); }],
    ['import XLSX (exceljs + recognise + YAML)', async () => { for (const d of xlsx) importRows(await readDocument('x.xlsx', d), dict, 'x.xlsx', 'x'); }],
  ];
  for (const [label, fn] of rows) {
    const s = await rate(fn);
    results[label] = s.median;
    row('7', `${label}: standards per second (${texts.length} standards)`, s, (x) => fmtNum(x));
  }
  return results;
}
