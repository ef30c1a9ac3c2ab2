/**
 * Issue 13 on the real CLI: write errors on stdout (point 6), pipes named as paths (point 7),
 * impossible dates in flags (point 9); and the smaller limits of point 12.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bash, run, tempDir, example } from '../helpers/cli.js';
import { checkCsvText, readLimits } from '../../src/read/limits.js';
import { loadConfig } from '../../src/cli/config.js';

const taskCsv = 'STT,Nhiệm vụ,Đơn vị chủ trì,Thời hạn,Tình trạng\n1,Rà soát văn bản,Sở Tư pháp,30/06/2024,Hoàn thành\n';
// Warnings about the data (or, on listing commands, their one-line count) are not the write error.
const oneLine = (stderr: string) => stderr.trim().split('\n').filter((l) => !/warning|cảnh báo — xem/.test(l));

describe('standard output that cannot be written (point 6)', () => {
  it('gives one line and exit 2 on /dev/full, not a stack trace', () => {
    const r = bash(`reform-report summary ${example} --format json --lang en > /dev/full`);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual([expect.stringMatching(/cannot write to standard output \(ENOSPC/)]);
  });

  it('detects a short write (a file size limit standing in for a nearly full disk): exit 2, never 0 with a cut JSON', () => {
    const dir = tempDir();
    const r = bash(`trap '' XFSZ; ulimit -f 8; reform-report summary ${example} --format json --lang en > ${dir}/out.json`);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual([expect.stringMatching(/cannot write to standard output \(EFBIG\).*incomplete/)]);
  });
});

describe('pipes named as paths (point 7)', () => {
  it('reads <(cat x.csv) and /dev/stdin as streams', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'tasks.csv'), taskCsv);
    for (const script of [`reform-report summary <(cat ${dir}/tasks.csv) --format json`, `cat ${dir}/tasks.csv | reform-report summary /dev/stdin --format json`]) {
      const r = bash(script);
      expect(r.code, `${script}: ${r.stderr}`).toBe(0);
      expect(JSON.parse(r.stdout).tasks.total).toBe(1);
    }
  });
});

describe('impossible dates in flags (point 9)', () => {
  it.each([
    ['summary', example, '--as-of', '2024-13-01'],
    ['tasks', example, '--as-of', '2023-02-29'],
    ['build', example, '--as-of', '2024-04-31', '--out', '/nonexistent/out'],
  ])('%s … %s %s is refused in one line, exit 2', (...args) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/--as-of phải là một ngày có thật, .* không phải "\d{4}-\d\d-\d\d"/)]);
    expect(r.stdout).toBe('');
  });
});

describe('smaller limits (point 12)', () => {
  it('reads exactly 100.000 lines, refuses 100.001', () => {
    const lines = (n: number) => 'a,b\n'.repeat(n);
    expect(checkCsvText('f.csv', lines(readLimits.csvLines))).toBeNull();
    expect(checkCsvText('f.csv', lines(readLimits.csvLines).slice(0, -1))).toBeNull();
    expect(checkCsvText('f.csv', lines(readLimits.csvLines + 1))?.code).toBe('file-too-large');
    expect(checkCsvText('f.csv', `${lines(readLimits.csvLines)}x`)?.code).toBe('file-too-large');
  });

  it('bounds nearDueDays to a year', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'reform-report.config.json'), JSON.stringify({ nearDueDays: 1e8 }));
    await expect(loadConfig(undefined, dir)).rejects.toThrow(/"nearDueDays" must be a whole number of days from 0 to 366/);
  });
});
