/**
 * A department's file saved twice — an e-mail attachment downloaded again as "so-noi-vu (1).xlsx",
 * or a "Copy of" left in the folder — is counted once: before, the example's 44/46 tasks read
 * 57/60 with such a copy beside it. Only byte-identical files are copies; a file that repeats
 * some tasks of another is still counted, with `duplicate-task` (README, "The same task in two tables").
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { example, runInProcess, tempDir } from '../helpers/cli.js';

/** The figures of a summary, every cell's file named from `<folder>`. */
const figures = (s: Awaited<ReturnType<typeof runInProcess>>['summary'], folder: string) =>
  JSON.parse(JSON.stringify({ tasks: s.tasks, indicators: s.indicators, dossiers: s.dossiers, feedback: s.feedback }).replaceAll(folder, '<folder>'));

describe('a file that is a copy of another', async () => {
  const asOf = '2024-10-25';
  const { summary: alone } = await runInProcess([example], { asOf });

  it('is counted once, as the file without " (1)" in its name, with a warning at the copy', async () => {
    const dir = tempDir('rr-copy-');
    cpSync(example, dir, { recursive: true });
    copyFileSync(path.join(dir, 'so-noi-vu.xlsx'), path.join(dir, 'so-noi-vu (1).xlsx'));
    copyFileSync(path.join(dir, 'so-thong-tin-truyen-thong.csv'), path.join(dir, 'Copy of so-thong-tin-truyen-thong.csv'));
    const { summary } = await runInProcess([dir], { asOf });
    expect(figures(summary, dir)).toEqual(figures(alone, example));
    const copies = summary.issues.items.filter((i) => i.code === 'file-copy');
    expect(copies.map((i) => [path.basename(i.file), i.severity, path.basename(String((i.params as { original?: string } | undefined)?.original))])).toEqual([
      ['Copy of so-thong-tin-truyen-thong.csv', 'warning', 'so-thong-tin-truyen-thong.csv'],
      ['so-noi-vu (1).xlsx', 'warning', 'so-noi-vu.xlsx'],
    ]);
    expect(summary.issues.items.filter((i) => i.code === 'duplicate-task')).toEqual([]);
    // Each copy has its receipt, saying it is one; nothing counts as a file not read.
    const receipt = summary.inputs!.find((i) => i.file.endsWith('so-noi-vu (1).xlsx'))!;
    expect(receipt).toMatchObject({ unit: null, tables: [], problem: { code: 'file-copy' } });
    expect(summary.receipts!.filesNotRead).toBe(0);
    expect(summary.receipts!.expectedSent).toBe(alone.receipts!.expectedSent);
  });

  it('is only a copy when every byte is the same: a file one cell different is read, and its repeated tasks said', async () => {
    const dir = tempDir('rr-copy-');
    cpSync(example, dir, { recursive: true });
    const csv = path.join(dir, 'so-thong-tin-truyen-thong.csv');
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(csv);
    // Same size, one byte different (a digit of a date in the last line).
    const changed = Buffer.from(bytes);
    const at = changed.lastIndexOf('2024');
    changed[at + 3] = changed[at + 3] === 0x34 ? 0x33 : 0x34;
    writeFileSync(path.join(dir, 'so-thong-tin-truyen-thong (1).csv'), changed);
    const { summary } = await runInProcess([dir], { asOf });
    expect(summary.issues.items.filter((i) => i.code === 'file-copy')).toEqual([]);
    expect(summary.tasks!.total).toBeGreaterThan(alone.tasks!.total);
    expect(summary.issues.items.some((i) => i.code === 'duplicate-task')).toBe(true);
  });
});
