/**
 * One scenario, the golden output of every format (DESIGN.md 10): the embedded example as of
 * 25/10/2024, rendered in-process by each renderer of the registry — the summary JSON, the
 * headline figures as CSV and TSV, the terminal summary without colour, and the workbook's cell
 * contents — in Vietnamese and English. The briefs (Markdown) are checked by test/e2e/build.test.ts
 * on the built command. `npm run golden:update` rewrites them after a deliberate change.
 */
import { beforeAll, describe, it } from 'vitest';
import type { Summary } from '../src/model/summary.js';
import type { Lang } from '../src/model/lang.js';
import { renderers } from '../src/render/index.js';
import { runInProcess } from './helpers/cli.js';
import { golden, workbookDigest } from './helpers/golden.js';

const text = (content: string | Uint8Array) => (typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));

describe.each(['vi', 'en'] as Lang[])('the embedded example in every format (%s)', (lang) => {
  let summary: Summary;
  beforeAll(async () => {
    summary = (await runInProcess(['fixtures/tay-ninh-2024'], { asOf: '2024-10-25', lang })).summary;
  });

  it.each(['json', 'csv', 'tsv', 'table'] as const)('%s', async (format) => {
    golden(`example/summary.${lang}.${renderers[format].extension}`, text(await renderers[format].render(summary, { lang })));
  });

  it('xlsx (the cells as read back)', async () => {
    golden(`example/workbook.${lang}.digest.txt`, await workbookDigest((await renderers.xlsx.render(summary, { lang })) as Uint8Array));
  });
});
