import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readInputs, fileErrorCodes } from '../../src/read/inputs.js';
import { sniffFormat } from '../../src/read/sniff.js';

const errors = 'fixtures/messy/errors';

describe('sniffFormat', () => {
  it.each([
    ['fixtures/messy/unicode-tieu-de.xlsx', 'xlsx'],
    ['fixtures/messy/windows-1258.csv', 'text'],
    [`${errors}/file-legacy-xls.xls`, 'xls'],
    [`${errors}/file-encrypted.xlsx`, 'encrypted'],
    [`${errors}/file-unsupported.ods`, 'ods'],
    [`${errors}/file-corrupt.xlsx`, 'corrupt-zip'],
    [`${errors}/file-empty.csv`, 'empty'],
  ])('%s is %s, whatever its name says', (file, kind) => {
    expect(sniffFormat(readFileSync(file)).kind).toBe(kind);
  });

  it('names other documents instead of reading them as CSV', () => {
    expect(sniffFormat(Buffer.from('%PDF-1.7\n…'))).toEqual({ kind: 'other', what: 'pdf' });
    expect(sniffFormat(Buffer.from([0xef, 0xbb, 0xbf]))).toEqual({ kind: 'empty' });
  });
});

describe('readInputs refusals', () => {
  it.each([
    ['file-empty.csv', 'file-empty'],
    ['file-legacy-xls.xls', 'file-legacy-xls'],
    ['file-encrypted.xlsx', 'file-encrypted'],
    ['file-corrupt.xlsx', 'file-corrupt'],
    ['file-unsupported.ods', 'file-unsupported'],
    ['folder-empty', 'folder-empty'],
    ['no-such-file.xlsx', 'file-not-found'],
  ])('%s → one %s error that stops the run (exit 2)', async (name, code) => {
    const result = await readInputs([`${errors}/${name}`]);
    expect(result.tables).toEqual([]);
    expect(result.issues.map((i) => [i.severity, i.code])).toEqual([['error', code]]);
    expect(fileErrorCodes.has(code)).toBe(true);
    expect(result.issues[0]!.hint).toBeTruthy();
  });

  it('reports a path it cannot open', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'inputs-'));
    const loop = path.join(dir, 'loop.xlsx');
    symlinkSync(loop, loop);
    const result = await readInputs([loop]);
    expect(result.issues.map((i) => i.code)).toEqual(['file-unreadable']);
  });

  it('reads a folder recursively and refuses its legacy files with advice instead of skipping them', async () => {
    const result = await readInputs([errors]);
    const codes = new Map(result.issues.map((i) => [path.basename(i.file), i.code]));
    expect(codes.get('file-legacy-xls.xls')).toBe('file-legacy-xls');
    expect(codes.get('file-unsupported.ods')).toBe('file-unsupported');
    expect(result.files).toContain(path.join(errors, 'bad-status.xlsx'));
    expect(result.files.some((f) => f.endsWith('README.md'))).toBe(false);
  });
});
