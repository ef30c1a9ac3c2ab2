#!/usr/bin/env node
/**
 * The command line as the bin runs it: tsc's output (dist/) bundled by esbuild into
 * dist/bundle/, one file per lazily loaded part (a chunk per `import()`), so a shell pipe pays
 * for resolving and linking a dozen files instead of ~100 (bench/RESULTS-startup.md).
 *
 * What start-up needs is bundled: our code, commander, csv-parse, date-fns. What only some
 * commands need stays in node_modules and loads on demand (exceljs, jszip, Handlebars, yaml,
 * chalk, iconv-lite, docx; resvg's native binary cannot be bundled at all): bundling them would
 * only make the chunks bigger. The worker of
 * interpret/records/parallel.ts and the templates are found relative to the chunk that needs them
 * (`./worker.js`, `../../templates/`), so every file lands flat in dist/bundle/.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: ['dist/cli/main.js', 'dist/interpret/records/worker.js'],
  outdir,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Read only when REFORM_REPORT_DEBUG turns source maps on (bin/reform-report.js).
  sourcemap: true,
  external: ['exceljs', 'jszip', 'handlebars', 'yaml', 'chalk', 'iconv-lite', 'docx', '@resvg/resvg-js'],
  // commander is CommonJS: inside an ES module its `require('node:events')` needs a require.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  logLevel: 'warning',
});
