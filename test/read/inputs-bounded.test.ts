/**
 * Issue 13, points 4, 7 and 8: sizes are measured before anything is read; a path that is a pipe
 * or a device is read as a stream that stops at the limit; a folder's shortcuts are followed
 * (loops detected) and its special files reported with their path, never skipped silently.
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/read/inputs.js';
import { readBounded } from '../../src/read/bounded.js';
import { tempDir } from '../helpers/cli.js';

const taskCsv = 'STT,Nhiệm vụ,Đơn vị chủ trì,Thời hạn,Tình trạng\n1,Rà soát văn bản,Sở Tư pháp,30/06/2024,Hoàn thành\n';

/** A sparse file: `size` bytes on paper, a few on disk. */
function sparse(file: string, head: Buffer, size: number): void {
  writeFileSync(file, head);
  const fd = openSync(file, 'r+');
  ftruncateSync(fd, size);
  closeSync(fd);
}

describe('sizes measured before reading (point 4)', () => {
  it('refuses a 2 GB CSV and a 3 GB workbook from their size, without reading them', async () => {
    const dir = tempDir();
    sparse(path.join(dir, 'big.csv'), Buffer.from(taskCsv), 2 * 1024 ** 3);
    sparse(path.join(dir, 'big.xlsx'), Buffer.from('PK\x03\x04'), 3 * 1024 ** 3);
    const rss = process.memoryUsage.rss();
    const t = performance.now();
    const r = await readInputs([path.join(dir, 'big.csv'), path.join(dir, 'big.xlsx')]);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(process.memoryUsage.rss() - rss).toBeLessThan(64 * 1024 ** 2);
    expect(r.issues.map((i) => [path.basename(i.file), i.code])).toEqual([['big.csv', 'file-too-large'], ['big.xlsx', 'file-too-large']]);
    expect(r.issues[0]!.params).toEqual({ limit: 'csv-bytes', bytes: 2 * 1024 ** 3, max: 32 * 1024 ** 2 });
    expect(r.issues[1]!.params).toEqual({ limit: 'workbook-file', bytes: 3 * 1024 ** 3, max: 128 * 1024 ** 2 });
  });

  it('reads a device through a stream that stops at the limit', async () => {
    const rss = process.memoryUsage.rss();
    const r = await readInputs(['/dev/zero']);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'file-too-large', file: '/dev/zero' })]);
    expect(r.issues[0]!.params).toEqual({ limit: 'stream', stdin: false, max: 128 * 1024 ** 2 });
    expect(process.memoryUsage.rss() - rss).toBeLessThan(400 * 1024 ** 2);
  });

  it('bounds a side file (config, template, snapshot) the same way', async () => {
    expect(await readBounded('/dev/zero', 1000)).toEqual({ tooLarge: 1001 });
    const dir = tempDir();
    sparse(path.join(dir, 'c.json'), Buffer.from('{}'), 1024 ** 3);
    expect(await readBounded(path.join(dir, 'c.json'), 1000)).toEqual({ tooLarge: 1024 ** 3 });
  });
});

describe('pipes named as paths (point 7)', () => {
  it('reads a FIFO as a stream, like standard input', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'tasks.csv');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `printf '%s' "$1" > "$2"`, 'sh', taskCsv, fifo]);
    const r = await readInputs([fifo]);
    writer.kill();
    expect(r.issues).toEqual([]);
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]!.file).toBe(fifo);
    expect(r.tables[0]!.rows).toHaveLength(2);
  });
});

describe('folders (point 8)', () => {
  it('follows shortcuts to files and folders, reads a file reached twice once, and names loops and special files', async () => {
    const dir = tempDir();
    const elsewhere = tempDir();
    writeFileSync(path.join(elsewhere, 'tu-phap.csv'), taskCsv);
    mkdirSync(path.join(elsewhere, 'quan'));
    writeFileSync(path.join(elsewhere, 'quan', 'noi-vu.csv'), taskCsv.replace('Sở Tư pháp', 'Sở Nội vụ'));
    mkdirSync(path.join(dir, 'so'));
    symlinkSync(path.join(elsewhere, 'tu-phap.csv'), path.join(dir, 'so', 'link.csv'));
    symlinkSync(path.join(elsewhere, 'tu-phap.csv'), path.join(dir, 'so', 'link2.csv'));
    symlinkSync(path.join(elsewhere, 'quan'), path.join(dir, 'quan'));
    symlinkSync(dir, path.join(dir, 'so', 'back-up'));
    symlinkSync(path.join(dir, 'nowhere.csv'), path.join(dir, 'broken.csv'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.csv')]);
    const r = await readInputs([dir]);
    expect(r.files.map((f) => path.relative(dir, f)).sort()).toEqual(['quan/noi-vu.csv', 'so/link.csv']);
    const by = (code: string) => r.issues.filter((i) => i.code === code).map((i) => path.relative(dir, i.file));
    expect(by('file-special').sort()).toEqual(['broken.csv', 'pipe.csv']);
    expect(by('folder-loop')).toEqual(['so/back-up']);
    expect(by('file-duplicate')).toEqual(['so/link2.csv']);
    for (const i of r.issues.filter((x) => x.code === 'file-special' || x.code === 'folder-loop')) expect(i.severity).toBe('warning');
    expect(r.issues.find((i) => i.file.endsWith('pipe.csv'))!.params).toEqual({ what: 'pipe' });
  });
});
