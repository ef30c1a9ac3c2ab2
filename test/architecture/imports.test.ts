/**
 * Imports follow the pipeline (DESIGN.md, point 14): cli › init › render › compute › interpret ›
 * read › i18n › model, each file importing only its own stage or those below it, and render
 * nothing of read/ or interpret/. i18n sits just above model: every stage speaks through the
 * catalogue, and it needs only the model's types. The shared text helpers (fold, tidy, byName,
 * column letters) are in model/text.ts, at the bottom, so that read, interpret and render share
 * them without an arrow between those stages.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importEdges, importsOf, stageOf, stages, upwardArrows } from '../../scripts/import-graph.mjs';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

describe('the import graph of src/', () => {
  it('has no arrow against the pipeline order', () => {
    const edges = importEdges(src);
    // The graph is really read: the CLI reaches the renderers, and read/ reaches the model.
    expect(edges.some((e) => stageOf(e.from) === 'cli' && stageOf(e.to) === 'render')).toBe(true);
    expect(edges.some((e) => stageOf(e.from) === 'read' && stageOf(e.to) === 'model')).toBe(true);
    expect(upwardArrows(edges).map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it('puts every folder of src/ in a stage, in the documented order', () => {
    expect(stages).toEqual(['cli', 'init', 'render', 'compute', 'interpret', 'read', 'i18n', 'model']);
    for (const { from, to } of importEdges(src)) {
      expect(() => stageOf(from)).not.toThrow();
      expect(() => stageOf(to)).not.toThrow();
    }
  });
});

describe('the check itself', () => {
  it('reads static, re-exporting, type-only, side-effect and dynamic imports', () => {
    const text = [
      "import { a } from '../model/issue.js';",
      "import type {\n  B,\n  C,\n} from '../i18n/messages.js';",
      "export { d } from './d.js';",
      "export * from '../read/csv.js';",
      "import '../render/side.js';",
      "const x = await import('../compute/index.js');",
      "import chalk from 'chalk';",
    ].join('\n');
    expect(importsOf('interpret/x.ts', text)).toEqual([
      'model/issue.ts', 'i18n/messages.ts', 'interpret/d.ts', 'read/csv.ts', 'render/side.ts', 'compute/index.ts',
    ]);
  });

  it('fails on a synthetic graph with an upward arrow, a dynamic one and a barred one', () => {
    const edges = [
      { from: 'cli/main.ts', to: 'render/index.ts' },
      { from: 'compute/index.ts', to: 'model/records.ts' },
      { from: 'read/inputs.ts', to: 'interpret/records/index.ts' },
      ...importsOf('model/records.ts', "const c = await import('../compute/dossiers.js');").map((to) => ({ from: 'model/records.ts', to })),
      { from: 'render/xlsx/table.ts', to: 'read/raw-table.ts' },
      { from: 'init/index.ts', to: 'cli/config.ts' },
      { from: 'index.ts', to: 'cli/pipeline.ts' },
    ];
    expect(upwardArrows(edges).map((e) => `${e.from} → ${e.to}`)).toEqual([
      'read/inputs.ts → interpret/records/index.ts',
      'model/records.ts → compute/dossiers.ts',
      'render/xlsx/table.ts → read/raw-table.ts',
      'init/index.ts → cli/config.ts',
    ]);
  });

  it('refuses a folder it has no stage for, rather than let it import anything', () => {
    expect(() => stageOf('plugins/x.ts')).toThrow(/no stage/);
  });
});
