#!/usr/bin/env node
/**
 * The import graph of src/ against the pipeline order (DESIGN.md, point 14): a file imports only
 * from its own stage or the stages below it. `node scripts/import-graph.mjs` prints every arrow
 * against the order and exits 1 when there is one; test/architecture/imports.test.ts runs the
 * same check.
 *
 * The stages, top to bottom:
 *   cli, and src/index.ts (the library entry: it wires the stages, as the command line does)
 *   init       the intake forms and config written for departments: render's layouts, no commands
 *   render     summary → bytes, layout only
 *   compute    records → summary
 *   interpret  raw tables → typed records + issues (interpret/records/: exports counted as they stream)
 *   read       bytes → raw tables; the streaming byte work (read/stream/)
 *   i18n       the message catalogue and the words of both languages: every stage above speaks through it
 *   model      types, and the small pure helpers every stage shares (dates, text, record counting)
 *
 * render may not import read/ or interpret/ at all (`barred`): it lays out the summary.
 *
 * Arrows are read from static `import … from`, `export … from`, bare `import '…'` and dynamic
 * `import('…')` with a literal path; `import type` counts too (a type is a dependency of the design).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Top first. */
export const stages = ['cli', 'init', 'render', 'compute', 'interpret', 'read', 'i18n', 'model'];

/** The stage of a path relative to src/ (`read/stream/index.ts` → read); src/index.ts is the library entry, at cli's rank. */
export function stageOf(file) {
  const [top, ...rest] = file.split('/');
  if (rest.length === 0) return 'cli';
  if (!stages.includes(top)) throw new Error(`${file}: no stage for the folder src/${top}/ (add it to scripts/import-graph.mjs)`);
  return top;
}

const specifiers = /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The relative imports of one file's text, as paths relative to src/. */
export function importsOf(file, text) {
  const out = [];
  for (const m of text.matchAll(specifiers)) {
    const spec = m[1] ?? m[2];
    if (!spec.startsWith('.')) continue;
    out.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '.ts'));
  }
  return out;
}

/** Every arrow of src/: { from, to }, paths relative to src/. */
export function importEdges(srcDir) {
  const edges = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts')) {
        const from = path.relative(srcDir, full).split(path.sep).join('/');
        for (const to of importsOf(from, readFileSync(full, 'utf8'))) edges.push({ from, to });
      }
    }
  };
  walk(srcDir);
  return edges;
}

/**
 * Stages that skip some of those below them. render lays out the summary: what it needs of the
 * inputs (a column's letter, a word) comes from model/ or i18n/, never from read/ or interpret/.
 */
export const barred = { render: ['read', 'interpret'] };

/** The arrows that point up the order, or skip to a stage `barred` keeps out. */
export function upwardArrows(edges) {
  return edges.filter(({ from, to }) => {
    const [a, b] = [stageOf(from), stageOf(to)];
    return stages.indexOf(b) < stages.indexOf(a) || (barred[a] ?? []).includes(b);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const src = fileURLToPath(new URL('../src/', import.meta.url));
  const up = upwardArrows(importEdges(src));
  for (const { from, to } of up) console.log(`${from} → ${to}  (${stageOf(from)} imports ${stageOf(to)})`);
  console.log(up.length === 0 ? 'The imports follow the pipeline.' : `${up.length} arrow(s) against the pipeline order: ${stages.join(' › ')}`);
  process.exitCode = up.length === 0 ? 0 : 1;
}
