/** The refusals and the strict/lenient contract, as a user meets them: the built CLI, spawned. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { runMain } from '../helpers/in-process.js';

const errors = 'fixtures/messy/errors';

describe('files that cannot be read', async () => {
  it.each([
    ['file-legacy-xls.xls', 'file-legacy-xls', /Save As > "Excel Workbook \(\*\.xlsx\)"/],
    ['file-encrypted.xlsx', 'file-encrypted', /clear the password/],
    ['file-corrupt.xlsx', 'file-corrupt', /send the file again/],
    ['file-empty.csv', 'file-empty', /send it again/],
    ['file-unsupported.ods', 'file-unsupported', /Save As > "Excel 2007-365 \(\.xlsx\)"/],
    ['folder-empty', 'folder-empty', /\.xlsx or \.csv files in this folder/],
    ['no-such-file.xlsx', 'file-not-found', /check the spelling of the path/],
  ])('%s: exit 2, one line saying what to do, no stack trace', async (name, code, advice) => {
    const r = await runMain(['summary', `${errors}/${name}`, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${errors}/${name}: error ${code}: `);
    expect(lines[0]).toMatch(advice);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a config with an unknown key: exit 2 naming the key', async () => {
    const r = await runMain(['summary', `${errors}/config-unknown-key`, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown key "expectedUnit" \(did you mean "expectedUnits"\?\)/);
  });
});

describe('strict by default, --lenient on request', async () => {
  it('build with data errors exits 1 and writes nothing', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'strict-')), 'out');
    const r = await runMain(['build', `${errors}/bad-status.xlsx`, '--out', out, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Nhiệm vụ!E3: error bad-status: "Xong rồi" is not a known status/);
    expect(existsSync(out)).toBe(false);
  });

  it('build --lenient writes the reports, the invalid rows counted in their own bucket', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'lenient-')), 'out');
    const r = await runMain(['build', `${errors}/bad-status.xlsx`, '--out', out, '--lenient', '--format', 'json']);
    expect(r.code).toBe(0);
    const [file] = readdirSync(out);
    const summary = JSON.parse((await runMain(['summary', `${errors}/bad-status.xlsx`, '--lenient', '--format', 'json'])).stdout);
    expect(file).toBe('reform-report-2024-10-25.json');
    expect([summary.tasks.total, summary.tasks.invalid, summary.issues.errors]).toEqual([3, 2, 2]);
  });

  it('validate lists every problem, each with its cell, and exits 1', async () => {
    const r = await runMain(['validate', `${errors}/bad-date.csv`, `${errors}/bad-status.xlsx`, `${errors}/bad-target.csv`]);
    expect(r.code).toBe(1);
    for (const where of ['bad-date.csv:F3: error bad-date', 'bad-date.csv:F4: error bad-date', 'bad-status.xlsx:Nhiệm vụ!E3: error bad-status', 'bad-status.xlsx:Nhiệm vụ!E4: error bad-status', 'bad-target.csv:D3: error bad-target']) {
      expect(r.stdout).toContain(where);
    }
  });
});
