/**
 * Large record exports are read by two threads (src/interpret/records/parallel.ts). Whatever the cut,
 * the figures and the issues (with their row numbers) must be those of one thread. The size
 * from which two threads are used is lowered here so that small files are cut too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers/cli.js';

function both(file: string) {
  const args = ['summary', file, '--format', 'json', '--as-of', '2024-09-30'];
  const one = run(args, { env: { REFORM_REPORT_PARALLEL_MIN_BYTES: '0' } });
  const two = run(args, { env: { REFORM_REPORT_PARALLEL_MIN_BYTES: '1' } });
  return { one, two };
}

describe('a record export read by two threads', () => {
  it.each(['fixtures/dossiers/mot-cua-xuat-ho-so.csv', 'fixtures/dossiers/mot-cua-ngay-sai.csv'])('gives what one thread gives: %s', (file) => {
    const { one, two } = both(file);
    expect(two.code).toBe(one.code);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout).toBe(one.stdout);
  });

  it('falls back to one thread when the cut falls inside a quoted cell', () => {
    const dir = tempDir();
    const file = path.join(dir, 'long-cell.csv');
    const header = 'Mã hồ sơ,Đơn vị,Cấp,Thủ tục,Ngày tiếp nhận,Ngày trả kết quả,Kênh nộp\n';
    const row = (i: number, procedure: string) => `HS${i},Sở Tư pháp,Cấp tỉnh,"${procedure}",0${1 + (i % 9)}/09/2024,${i % 2 ? '' : '20/09/2024'},Trực tuyến\n`;
    const lines = Array.from({ length: 50 }, (_, i) => row(i, 'Khai sinh'));
    // The middle of the file is one cell of many lines.
    lines.splice(25, 0, row(99, Array.from({ length: 400 }, (_, i) => `dòng ${i} của ghi chú`).join('\n')));
    writeFileSync(file, header + lines.join(''));
    const { one, two } = both(file);
    expect(JSON.parse(one.stdout).dossiers.received).toBe(51);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
  });

  it('counts a unit the config places at an added level (the centre) in that row in both halves', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'reform-report.config.json'), readFileSync('fixtures/centre-level-14/reform-report.config.json'));
    const centre = 'Trung tâm Phục vụ hành chính công tỉnh Tây Ninh';
    // The centre's rows say Cấp tỉnh, as its system exports them; every third row is the centre's.
    const rows = Array.from({ length: 300 }, (_, i) => `HS${i},${i % 3 === 0 ? centre : 'Sở Tư pháp'},Cấp tỉnh,0${1 + (i % 9)}/09/2024,${i % 2 ? '' : '20/09/2024'}`);
    writeFileSync(path.join(dir, 'ho-so.csv'), ['Mã hồ sơ,Đơn vị,Cấp,Ngày tiếp nhận,Ngày trả kết quả', ...rows].join('\n') + '\n');
    const args = ['summary', '.', '--by', 'level', '--format', 'csv'];
    const one = run(args, { cwd: dir, env: { REFORM_REPORT_PARALLEL_MIN_BYTES: '0' } });
    const two = run(args, { cwd: dir, env: { REFORM_REPORT_PARALLEL_MIN_BYTES: '1' } });
    expect(one.stdout.split('\n').slice(1, -1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['province,200', 'centre,100']);
    expect(two.stdout).toBe(one.stdout);
  });

  it('numbers the rows of the second half as in the file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'bad-late.csv');
    const text = readFileSync('fixtures/dossiers/mot-cua-ngay-sai.csv', 'utf8').split('\n');
    // Bad dates only near the end: the second thread finds them.
    writeFileSync(file, [text[0], ...text.slice(56, 61), ...text.slice(56, 61), ...text.slice(1, 4)].join('\n') + '\n');
    const { one, two } = both(file);
    expect(one.stderr).toContain(':E12: error bad-date');
    expect(two.stderr).toBe(one.stderr);
  });
});
