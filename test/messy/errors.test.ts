/**
 * One fixture per error code, and the exact lines a user sees for it (test/golden/errors/), in
 * Vietnamese (the default) and then in English (`--lang en`), both written from the message catalogue.
 * Read each golden file as a clerk would: it must say what is wrong, where, and what to type.
 * After a deliberate change of wording: `npx vitest run test/messy/errors.test.ts -u`.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatIssue, type Issue } from '../../src/model/issue.js';
import { inLanguage } from '../../src/i18n/issues.js';
import { loadConfig } from '../../src/cli/config.js';
import { sayUsage, type UsageError } from '../../src/cli/errors.js';
import { repoRoot, runInProcess } from '../helpers/cli.js';

const errors = 'fixtures/messy/errors';
const cases: [code: string, inputs: string[]][] = [
  ['file-not-found', [`${errors}/no-such-file.xlsx`]],
  ['folder-empty', [`${errors}/folder-empty`]],
  ['file-empty', [`${errors}/file-empty.csv`]],
  ['file-legacy-xls', [`${errors}/file-legacy-xls.xls`]],
  ['file-encrypted', [`${errors}/file-encrypted.xlsx`]],
  ['file-corrupt', [`${errors}/file-corrupt.xlsx`]],
  ['file-unsupported', [`${errors}/file-unsupported.ods`]],
  ['csv-malformed', [`${errors}/csv-malformed.csv`]],
  ['no-kind', [`${errors}/no-kind.xlsx`]],
  ['sheet-skipped', [`${errors}/no-kind.xlsx`]],
  ['hidden-sheet', ['fixtures/messy/tieu-de-gop-o-an-sheet.xlsx']],
  ['csv-encoding', ['fixtures/messy/windows-1258.csv']],
  ['tcvn3-converted', ['fixtures/messy/tcvn3-vntime.xlsx']],
  ['lost-letters', ['fixtures/messy/csv-ansi-mat-dau.csv']],
  ['formula-no-result', ['fixtures/messy/cong-thuc-khong-ket-qua.xlsx']],
  ['bad-status', [`${errors}/bad-status.xlsx`]],
  ['bad-date', [`${errors}/bad-date.csv`]],
  ['bad-deadline', [`${errors}/bad-deadline.csv`]],
  ['missing-title', [`${errors}/missing-title.csv`]],
  ['missing-lead', [`${errors}/missing-lead.csv`]],
  ['bad-number', [`${errors}/bad-number.csv`]],
  ['bad-percent', [`${errors}/bad-percent.xlsx`]],
  ['bad-target', [`${errors}/bad-target.csv`]],
  ['missing-target', [`${errors}/missing-target.csv`]],
  ['bad-actual', [`${errors}/bad-actual.csv`]],
  ['bad-direction', [`${errors}/bad-direction.csv`]],
  ['status-claim', [`${errors}/status-claim.csv`]],
];

const golden = (name: string) => `../golden/errors/${name}.txt`;
/** The lines in Vietnamese, a blank line, and the same lines in English. */
const bothLanguages = (issues: readonly Issue[]) => `${issues.map(formatIssue).join('\n')}\n\n${issues.map((i) => formatIssue(inLanguage(i, 'en'))).join('\n')}\n`;

describe('the message of each error code', () => {
  it.each(cases)('%s', async (code, inputs) => {
    const { summary } = await runInProcess(inputs);
    const issues = summary.issues.items.filter((i) => i.code === code);
    expect(issues.length, `no ${code} issue from ${inputs.join(' ')}`).toBeGreaterThan(0);
    await expect(bothLanguages(issues)).toMatchFileSnapshot(golden(code));
  });

  it('plan-task-conflict', async () => {
    const dir = `${errors}/plan-task-conflict`;
    const { summary } = await runInProcess([`${dir}/bao-cao`], { plan: `${dir}/ke-hoach.csv` });
    const issues = summary.issues.items.filter((i) => i.code === 'plan-task-conflict');
    expect(issues).toHaveLength(1);
    await expect(bothLanguages(issues)).toMatchFileSnapshot(golden('plan-task-conflict'));
  });

  it('file-copy', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copy-'));
    copyFileSync(`${errors}/status-claim.csv`, path.join(dir, 'bao-cao-so-tu-phap.csv'));
    copyFileSync(`${errors}/status-claim.csv`, path.join(dir, 'bao-cao-so-tu-phap (1).csv'));
    const { summary } = await runInProcess([dir]);
    const issues = summary.issues.items.filter((i) => i.code === 'file-copy');
    expect(issues).toHaveLength(1);
    await expect(bothLanguages(issues).replaceAll(dir, '<folder>')).toMatchFileSnapshot(golden('file-copy'));
  });

  it('file-unreadable', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'unreadable-'));
    const loop = path.join(dir, 'vong-lap.xlsx');
    symlinkSync(loop, loop);
    const { summary } = await runInProcess([loop]);
    const issues = summary.issues.items.filter((i) => i.code === 'file-unreadable');
    await expect(bothLanguages(issues).replaceAll(dir, '<folder>')).toMatchFileSnapshot(golden('file-unreadable'));
  });

  it('config: unknown key, in both languages', async () => {
    const said = await loadConfig(undefined, repoRoot, [`${errors}/config-unknown-key`]).then(
      () => null,
      (err: UsageError) => err.said ?? null,
    );
    const line = (lang: 'vi' | 'en') => (said ? sayUsage(said, lang).replace(repoRoot, '') : 'no catalogue error');
    await expect(`${line('vi')}\n${line('en')}\n`).toMatchFileSnapshot(golden('config-unknown-key'));
  });

  it('config: levels (an added level without its English label), in both languages', async () => {
    const said = await loadConfig(undefined, repoRoot, [`${errors}/config-levels`]).then(
      () => null,
      (err: UsageError) => err.said ?? null,
    );
    const line = (lang: 'vi' | 'en') => (said ? sayUsage(said, lang).replace(repoRoot, '') : 'no catalogue error');
    await expect(`${line('vi')}\n${line('en')}\n`).toMatchFileSnapshot(golden('config-levels'));
  });
});
