/**
 * Issue 11 point 5 (SPEC §3): a record export states no date of its own; it is counted up to the
 * as-of the tables state, never today while any table states one. The exports stream before the
 * tables' dates are known, so the pipeline counts them again at that date.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from '../helpers/cli.js';

function folder(): string {
  const dir = tempDir('rr-records-asof-');
  // A department's task list dated 25/10/2024; "today" in runInProcess is 30/11/2024.
  writeFileSync(path.join(dir, 'nhiem-vu.csv'), ['BÁO CÁO TIẾN ĐỘ NHIỆM VỤ', 'Số liệu tính đến ngày 25/10/2024', 'Nhiệm vụ,Đơn vị chủ trì,Thời hạn,Tình trạng', 'Rà soát thủ tục hành chính,Sở Tư pháp,30/09/2024,Hoàn thành', ''].join('\r\n'));
  // The one-stop-shop export: resolved before 25/10, resolved after it (pending on 25/10), received after it.
  writeFileSync(path.join(dir, 'mot-cua.csv'), [
    'Mã hồ sơ,Đơn vị,Cấp,Ngày tiếp nhận,Hạn xử lý,Ngày trả kết quả,Kênh nộp',
    'HS-1,Sở Tư pháp,Cấp tỉnh,01/10/2024,15/10/2024,14/10/2024,Trực tuyến',
    'HS-2,Sở Tư pháp,Cấp tỉnh,10/10/2024,30/10/2024,10/11/2024,Trực tiếp',
    'HS-3,Sở Tư pháp,Cấp tỉnh,05/11/2024,20/11/2024,18/11/2024,Trực tuyến',
    '',
  ].join('\r\n'));
  return dir;
}

describe('record exports and the as-of the tables state', () => {
  it('are counted up to the tables\' date, not today', async () => {
    const dir = folder();
    const { summary, read } = await runInProcess([dir], { cwd: dir });
    expect(read.streamed.map((s) => path.basename(s.file))).toEqual(['mot-cua.csv']);
    const d = summary.dossiers!;
    expect({ asOf: d.asOf, received: d.received, resolved: d.resolved, pending: d.pending }).toEqual({ asOf: '2024-10-25', received: 2, resolved: 1, pending: 1 });
    expect(summary.asOf).toBe('2024-10-25');
  });

  it('are counted up to --as-of when it is given', async () => {
    const dir = folder();
    const { summary } = await runInProcess([dir], { cwd: dir, asOf: '2024-11-30' });
    const d = summary.dossiers!;
    expect({ asOf: d.asOf, received: d.received, resolved: d.resolved, pending: d.pending }).toEqual({ asOf: '2024-11-30', received: 3, resolved: 3, pending: 0 });
  });
});
