// Bundles the language server, the CLI and the VS Code client into dist/.
// `node esbuild.mjs --watch` rebuilds on change; `--minify` for release builds.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { yamlWithoutEnvLogging } from './scripts/esbuild-yaml-plugin.mjs';
import { writeSchemaValidators } from './scripts/gen-schema-validators.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** The server's Node options, for its hashbang (server/src/lsp/node-flags.ts says why). */
const SERVER_NODE_FLAGS = JSON.parse(readFileSync(new URL('./server/src/lsp/node-flags.json', import.meta.url), 'utf8')).join(' ');

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify') || process.env.SKJ_MINIFY === '1';

const common = {
  // yaml without its per-token process.env reads (see scripts/esbuild-yaml-plugin.mjs).
  plugins: [yamlWithoutEnvLogging],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify,
  logLevel: 'warning',
  legalComments: 'none',
  define: { SKJ_VERSION: JSON.stringify(pkg.version) },
};

// The JSON Schemas compiled ahead of time (rewritten only when a schema or ajv changed).
if (writeSchemaValidators()) console.log('esbuild: regenerated server/src/core/schema/validators.generated.ts');

// exceljs is bundled once, as dist/exceljs.js, with jszip (which docx and mammoth use too), and
// both are required from there: by the office bundle (the form's writers and readers) and by the
// agency summary's XLSX writer (report/xlsx.ts), which server.js and cli.js carry themselves but
// run only when an XLSX is written (report/load-xlsx.ts). Writing the summary then loads exceljs
// alone (~0.1 s) instead of the whole office bundle (~0.2 s), and the .vsix holds one copy of each.
const SHARED = { exceljs: 'ExcelJS', jszip: 'JSZip' };
function sharedFromExceljsBundle() {
  return {
    name: 'shared-from-exceljs-bundle',
    setup(build) {
      build.onResolve({ filter: /^(exceljs|jszip)$/ }, (a) => ({ path: a.path, namespace: 'exceljs-bundle' }));
      build.onLoad({ filter: /.*/, namespace: 'exceljs-bundle' }, (a) => ({ contents: `module.exports = require('./exceljs.js').${SHARED[a.path]};`, loader: 'js' }));
      build.onResolve({ filter: /^\.\/exceljs\.js$/ }, () => ({ path: './exceljs.js', external: true }));
    },
  };
}
const exceljsEntry = { contents: `module.exports = { ExcelJS: require('exceljs'), JSZip: require('jszip') };`, resolveDir: '.', sourcefile: 'exceljs-entry.js' };

const builds = [
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: `#!/usr/bin/env -S node ${SERVER_NODE_FLAGS}` }, plugins: [...common.plugins, sharedFromExceljsBundle()] },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, external: ['./office.js'], plugins: [...common.plugins, sharedFromExceljsBundle()] },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // The document writers/readers (docx, exceljs, pdfmake, mammoth, node-html-parser): loaded by
  // the CLI only when it exports or imports a document (server/src/cli/office-loader.ts).
  { entryPoints: ['server/src/cli/office.ts'], outfile: 'dist/office.js', plugins: [yamlWithoutEnvLogging, sharedFromExceljsBundle(), officeStubs(), noDeprecatedBuffer()] },
  { stdin: exceljsEntry, outfile: 'dist/exceljs.js', plugins: [officeStubs(), noDeprecatedBuffer()] },
];

/**
 * Parts of the office libraries the form never uses, left out of dist/office.js to keep the
 * .vsix small: fontkit's WOFF2 decoder (brotli, ~470 KB; the PDF embeds TTF fonts), archiver's
 * tar writer (exceljs only writes zip), unzipper's extract-to-disk, exceljs's CSV and pdfkit's
 * encryption. The stubs that can be reached throw; the office tests run against the same code.
 */
function officeStubs() {
  const stubs = {
    'brotli/decompress.js': "module.exports = function () { throw new Error('WOFF2 fonts are not supported in dist/office.js'); };",
    'tar-stream': "module.exports = { pack() { throw new Error('tar archives are not supported in dist/office.js'); } };",
    // unzipper's extract-to-disk (exceljs reads from memory), exceljs's CSV, pdfkit's PDF encryption.
    fstream: "module.exports = { Writer() { throw new Error('extracting to disk is not supported in dist/office.js'); } };",
    'fast-csv': 'module.exports = {};',
    '@noble/ciphers/aes': 'module.exports = {};',
  };
  return {
    name: 'office-stubs',
    setup(build) {
      build.onResolve({ filter: /^(brotli\/decompress\.js|tar-stream|fstream|fast-csv|@noble\/ciphers\/aes)$/ }, (a) => ({ path: a.path, namespace: 'office-stub' }));
      build.onLoad({ filter: /.*/, namespace: 'office-stub' }, (a) => ({ contents: stubs[a.path], loader: 'js' }));
    },
  };
}

/**
 * exceljs's zip writers (archiver-utils, compress-commons, …) still call `new Buffer(…)`, which
 * makes Node print "DeprecationWarning: Buffer() is deprecated" to an analyst's terminal on every
 * XLSX export. In the office bundle those calls go through Buffer.alloc / Buffer.from, which is
 * what `new Buffer` does anyway (zero-filled for a size, a copy otherwise).
 */
function noDeprecatedBuffer() {
  const helper = 'var __skjBuffer = (x, e) => (typeof x === "number" ? Buffer.alloc(x) : Buffer.from(x, e));\n';
  return {
    name: 'no-deprecated-buffer',
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/].*\.js$/ }, (a) => {
        const text = readFileSync(a.path, 'utf8');
        if (!/\bnew Buffer\(/.test(text)) return undefined;
        return { contents: helper + text.replace(/\bnew Buffer\(/g, '__skjBuffer('), loader: 'js', resolveDir: dirname(a.path) };
      });
    },
  };
}

// The PDF's fonts (Roboto, as pdfmake ships it), read by dist/office.js from dist/fonts.
mkdirSync('dist/fonts', { recursive: true });
for (const f of ['Roboto-Regular.ttf', 'Roboto-Medium.ttf']) copyFileSync(`node_modules/pdfmake/fonts/Roboto/${f}`, `dist/fonts/${f}`);

if (watch) {
  for (const b of builds) {
    const ctx = await esbuild.context({ ...common, ...b });
    await ctx.watch();
  }
  console.log('esbuild: watching for changes…');
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
