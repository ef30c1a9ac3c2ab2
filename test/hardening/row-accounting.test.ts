import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { readInputs } from '../../src/read/inputs.js';
import { interpret, UnitDirectory } from '../../src/interpret/index.js';
import { expectRowsAccounted } from '../helpers/accounting.js';
import { repoRoot } from '../helpers/cli.js';

/** Every data file under fixtures/, each read on its own. */
function fixtureFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(xlsx|csv|tsv|txt)$/i.test(name)) out.push(p);
    }
  };
  walk(path.join(repoRoot, 'fixtures'));
  return out;
}

describe('nothing is dropped silently (SPEC §3): rows read = counted + reported + recognised', () => {
  const files = fixtureFiles();

  it('finds the fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files.map((f) => [path.relative(repoRoot, f), f]))('%s', async (_name, file) => {
    for (const lenient of [false, true]) {
      const read = await readInputs([file]);
      const result = interpret(read.tables, { lenient, units: new UnitDirectory([]) });
      const accounts = expectRowsAccounted(read.tables, result);
      expect(accounts.reduce((s, a) => s + a.read, 0)).toBe(read.tables.reduce((s, t) => s + t.rows.length, 0));
    }
  });

  it('accounts for a table with every kind of row, rejected ones included', async () => {
    const csv = [
      'UBND TỈNH TÂY NINH,,,,',
      '(Số liệu tính đến ngày 25/10/2024),,,,',
      'STT,Nhiệm vụ,Đơn vị chủ trì,Thời hạn,Tình trạng',
      '(1),(2),(3),(4),(5)',
      'I,CẢI CÁCH THỂ CHẾ,,,',
      '1,Rà soát văn bản,Sở Tư pháp,30/06/2024,Hoàn thành',
      '2,Công bố TTHC,Sở Nội vụ,31/02/2024,Hoàn thành',
      '3,,Sở Nội vụ,30/06/2024,Hoàn thành',
      '4,Số hóa hồ sơ,Sở Nội vụ,30/09/2024,Xong rồi',
      ',,,,',
      'Tổng cộng,,,,',
    ].join('\n');
    const { readCsvBytes } = await import('../../src/read/csv.js');
    const table = readCsvBytes('tasks.csv', Buffer.from(csv)).table!;
    const result = interpret([table], { lenient: false, units: new UnitDirectory([]) });
    const [account] = expectRowsAccounted([table], result);
    expect(account).toMatchObject({ read: 11, counted: 1, rejected: 3 });
  });
});
