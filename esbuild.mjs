// Bundles the language server, the CLI and the VS Code client into dist/.
// `node esbuild.mjs --watch` rebuilds on change; `--minify` for release builds.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
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

// The agency summary's XLSX writer (server/src/core/report/load-xlsx.ts) needs exceljs: its require
// becomes `require('./office.js')`, the office bundle beside server.js and cli.js, which carries
// exceljs already (one copy in the .vsix): the server and the CLI start without it.
const xlsxApart = {
  name: 'xlsx-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/xlsx$/ }, (args) => (/report[\\/]load-xlsx\.ts$/.test(args.importer) ? { path: './office.js', external: true } : undefined));
  },
};

const builds = [
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: `#!/usr/bin/env -S node ${SERVER_NODE_FLAGS}` }, plugins: [...common.plugins, xlsxApart] },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, external: ['./office.js'], plugins: [...common.plugins, xlsxApart] },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // The document writers/readers (docx, exceljs, pdfmake, mammoth, node-html-parser): loaded by
  // the CLI only when it exports or imports a document (server/src/cli/office-loader.ts).
  { entryPoints: ['server/src/cli/office.ts'], outfile: 'dist/office.js', plugins: [yamlWithoutEnvLogging, officeStubs()] },
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
