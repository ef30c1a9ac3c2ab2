/**
 * Issue 18, point 2 and the three pages: what the brief lists and what it leaves to the workbook.
 * A folder made here: one department with three overdue tasks and one not yet due, six more
 * units behind their plan, one expected unit that sent nothing, and one real mistake.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { runMain } from '../helpers/in-process.js';

const units = ['Sở Nội vụ', 'Sở Tài chính', 'Sở Xây dựng', 'Sở Y tế', 'Sở Công Thương', 'Sở Giáo dục và Đào tạo'];

function folder(): string {
  const dir = tempDir('rr-lists-');
  const rows = [
    'STT,Nhiệm vụ,Đơn vị chủ trì,Thời hạn,Tình trạng,Ngày hoàn thành',
    // Sở Tư pháp: 3 overdue (the longest first in the brief), 1 not yet due, 1 done without its date.
    '1,Rà soát văn bản quy phạm pháp luật,Sở Tư pháp,30/06/2024,Đang thực hiện,',
    '2,Kiểm soát thủ tục hành chính,Sở Tư pháp,31/03/2024,Chưa thực hiện,',
    '3,Số hóa hồ sơ hộ tịch,Sở Tư pháp,30/09/2024,Đang thực hiện,',
    '4,Tuyên truyền phổ biến pháp luật,Sở Tư pháp,31/12/2024,Đang thực hiện,',
    '5,Công bố danh mục thủ tục,Sở Tư pháp,30/06/2024,Hoàn thành,',
    ...units.flatMap((u, i) => [`${6 + 2 * i},Nhiệm vụ thứ nhất của ${u},${u},30/09/2024,Đang thực hiện,`, `${7 + 2 * i},Nhiệm vụ thứ hai của ${u},${u},30/06/2024,Hoàn thành,20/06/2024`]),
  ];
  writeFileSync(path.join(dir, 'nhiem-vu.csv'), `${rows.join('\r\n')}\r\n`);
  writeFileSync(path.join(dir, 'reform-report.config.json'), JSON.stringify({ tasksPerUnit: 2, expectedUnits: ['Sở Tư pháp', ...units, 'Sở Khoa học và Công nghệ'] }));
  return dir;
}

describe('the brief lists what a chairman acts on, and says where the rest is', () => {
  let brief = '';
  beforeAll(async () => {
    const dir = folder();
    const r = await runMain(['build', dir, '--out', path.join(dir, 'out'), '--format', 'md', '--as-of', '2024-10-25', '--quiet'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    brief = readFileSync(path.join(dir, 'out', 'reform-report-2024-10-25.md'), 'utf8');
  });

  it('lists overdue tasks by unit, at most tasksPerUnit of each, the longest overdue first, then "và k nhiệm vụ khác"', () => {
    const section = brief.split('### Nhiệm vụ quá hạn theo đơn vị chủ trì')[1]!.split('\n## ')[0]!;
    const rows = section.split('\n').filter((l) => l.startsWith('| ')).slice(2);
    // 2 of Sở Tư pháp's 3 (31/03 then 30/06), its "1 more", then one row for each of the six others.
    expect(rows[0]).toMatch(/^\| Sở Tư pháp \(nhiem-vu\.csv\) \| 2\\\. Kiểm soát thủ tục hành chính \| 31\/03\/2024 \| 208 \|$/);
    expect(rows[1]).toMatch(/^\| {2}\| 1\\\. Rà soát văn bản quy phạm pháp luật \| 30\/06\/2024 \| 117 \|$/);
    expect(rows[2]).toBe('|  | và 1 nhiệm vụ khác (xem sheet «Chưa hoàn thành» của sổ Excel) |  |  |');
    expect(rows).toHaveLength(3 + units.length);
    // The task not yet due is not a row, but counted in the sentence.
    expect(section).not.toContain('Tuyên truyền phổ biến pháp luật');
    expect(section).toMatch(/tối đa 2 nhiệm vụ, quá hạn lâu nhất trước; 1 nhiệm vụ chưa đến hạn và danh sách đầy đủ ở sheet «Chưa hoàn thành»/);
  });

  it('names the five units to push worst first, and how many more the table holds', () => {
    const line = brief.split('\n').find((l) => l.startsWith('**Cần đôn đốc**'))!;
    expect(line.match(/; /g)).toHaveLength(5);
    expect(line).toMatch(/; và 2 đơn vị khác \(xem bảng dưới\)\.$/);
  });

  it('says in one sentence who sent nothing, and lists the data checks one per line', () => {
    expect(brief).toContain('7/8 đơn vị đã gửi; mọi bảng số liệu đều đã đọc. Chưa gửi: Sở Khoa học và Công nghệ. Danh sách từng đơn vị');
    const checks = brief.split('## Kiểm tra dữ liệu')[1]!;
    expect(checks).toMatch(/\n- \*\*Cảnh báo\*\* [^\n]*nhiem-vu\.csv:F6 \(`missing-completion-date`\): nhiệm vụ "Công bố danh mục thủ tục" đã hoàn thành[^\n]*\. Cách sửa: ghi ngày hoàn thành nhiệm vụ \(ngày\/tháng\/năm\)\.\n/);
  });
});
