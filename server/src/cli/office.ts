/**
 * The heavy document writers and readers (docx, exceljs, pdfmake, mammoth, node-html-parser),
 * bundled on their own as dist/office.js (exceljs itself as dist/exceljs.js, which the summary's
 * XLSX writer shares) and required only when a command exports or imports a document (see
 * office-loader.ts), so `skj check`, the server and the extension start without them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PdfFonts } from '../core/render/form-pdf';

export { writeFormDocx } from '../core/render/form-docx';
export { writeFormXlsx } from '../core/render/form-xlsx';
export { writeFormPdf } from '../core/render/form-pdf';
export { readDocument } from '../core/import/read';

let fonts: PdfFonts | undefined;

/** Roboto as shipped with pdfmake: beside the bundle (dist/fonts) or in node_modules (tests). */
export function pdfFonts(): PdfFonts {
  if (fonts) return fonts;
  const dirs = [path.join(__dirname, 'fonts')];
  try {
    dirs.push(path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto'));
  } catch {
    /* bundled: only dist/fonts */
  }
  for (const dir of dirs) {
    const normal = path.join(dir, 'Roboto-Regular.ttf');
    if (!fs.existsSync(normal)) continue;
    fonts = { normal: fs.readFileSync(normal), bold: fs.readFileSync(path.join(dir, 'Roboto-Medium.ttf')) };
    return fonts;
  }
  throw new Error(`the PDF fonts are missing (looked in ${dirs.join(', ')})`);
}
