/**
 * The message catalogue: every code says what, in Vietnamese and English, and what to do; the
 * report language chooses; no message mixes an English sentence with a bracketed Vietnamese hint.
 */
import { describe, expect, it } from 'vitest';
import { catalogue, type Code } from '../../src/i18n/messages.js';
import { issue, inLanguage, repeatedIssue } from '../../src/i18n/issues.js';
import { because, explain } from '../../src/i18n/reasons.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runInProcess, tempDir } from '../helpers/cli.js';

const where = { file: 'so-noi-vu.xlsx', sheet: 'Nhiệm vụ', row: 14, column: 'F' };

describe('the catalogue', () => {
  it('gives every error a fix, and every code its two languages', () => {
    for (const [code, entry] of Object.entries(catalogue)) {
      expect(entry.vi, code).toBeTypeOf('function');
      expect(entry.en, code).toBeTypeOf('function');
      if (entry.severity === 'error') expect(entry.fix, `${code} is an error with nothing to do`).toBeDefined();
    }
  });

  it('writes the message from the parameters, in Vietnamese by default and in English on request', () => {
    const made = issue('bad-status', where, { value: 'Xong rồi', suggestion: 'Xong', lettersLost: false, accepted: ['Hoàn thành', 'Đang thực hiện'] }, { value: 'Xong rồi' });
    expect(made).toMatchObject({ severity: 'error', code: 'bad-status', ...where, value: 'Xong rồi' });
    expect(made.message).toBe('"Xong rồi" không phải là tình trạng đã biết; có phải là "Xong"?');
    expect(made.hint).toBe('ghi một trong các tình trạng sau vào ô: Hoàn thành, Đang thực hiện');
    const en = inLanguage(made, 'en');
    expect(en.message).toBe('"Xong rồi" is not a known status; did you mean "Xong"?');
    expect(en.hint).toBe('write one of these in the cell: Hoàn thành, Đang thực hiện');
    expect(made.message).toContain('không phải');
  });

  it('writes numbers and dates the way each language does', () => {
    const made = issue('total-mismatch', where, { row: 'total', columns: [{ column: 'G', header: 'Tiếp nhận', stated: 4773, computed: 4823 }] });
    expect(made.message).toContain('cột G (Tiếp nhận) ghi 4.773');
    expect(made.message).toContain('(chênh lệch -50)');
    expect(inLanguage(made, 'en').message).toContain('column G (Tiếp nhận) says 4,773');
    const claim = issue('status-claim', where, { claim: 'overdue', deadline: '2024-12-31', asOf: '2024-10-25' });
    expect(claim.message).toContain('31/12/2024');
    expect(inLanguage(claim, 'en').message).toContain('2024-12-31');
  });

  it('lets a caller weigh a problem otherwise, and keeps the code of rows summed up', () => {
    expect(issue('bad-count', where, { reason: because('not-a-count', { text: '-3' }), lenient: true, of: 'items' }, { severity: 'warning' }).severity).toBe('warning');
    const more = repeatedIssue('bad-date', 'error', { file: 'ho-so.csv' }, 120, 50);
    expect(more).toMatchObject({ code: 'bad-date', severity: 'error', message: 'còn 120 dòng khác có cùng lỗi như 50 dòng đã liệt kê' });
    expect(inLanguage(more, 'en').message).toBe('120 more rows have the same problem as the 50 listed');
  });

  it('says why a value was not read, in either language', () => {
    const reason = because('not-a-deadline', { text: 'Cuối năm' });
    for (const lang of ['vi', 'en'] as const) expect(explain(reason, lang)).toMatch(/"Cuối năm".*Quý IV\/2024/);
  });
});

describe('messages in the report language (SPEC §5)', () => {
  const brackets = /[a-z]{3,} [^[]*\[[^\]]*[ạảãàáâậầấẩẫăặằắẳẵđêệềếểễôộồốổỗơợờớởỡưựừứửữ][^\]]*\]/i;

  it('are Vietnamese by default, English with --lang en, and never English with a Vietnamese hint in brackets', async () => {
    const inputs = ['fixtures/messy/errors/bad-status.xlsx', 'fixtures/messy/errors/bad-deadline.csv', 'fixtures/messy/errors/no-such-file.xlsx'];
    const vi = (await runInProcess(inputs)).summary.issues.items;
    const en = (await runInProcess(inputs, { lang: 'en' })).summary.issues.items;
    expect(vi.map((i) => i.code)).toEqual(en.map((i) => i.code));
    const status = (items: typeof vi) => items.find((i) => i.code === ('bad-status' satisfies Code))!;
    expect(status(vi).message).toMatch(/không phải là tình trạng đã biết/);
    expect(status(en).message).toMatch(/is not a known status/);
    for (const i of [...vi, ...en]) expect(`${i.message} — ${i.hint ?? ''}`).not.toMatch(brackets);
  });
});

describe('a huge cell quoted in an issue (fuzz seed 1203, input 1121)', () => {
  it('is cut where the issue is made, however deep the parameter', () => {
    const cell = `31/02/2024 ${'Nội dung '.repeat(200_000)}`;
    const i = issue('bad-date', where, { reason: because('not-a-date', { text: cell }), then: 'not-counted' }, { value: cell });
    expect(i.value!.length).toBeLessThanOrEqual(300);
    expect(i.value!.startsWith('31/02/2024 Nội dung')).toBe(true);
    expect(i.message.length).toBeLessThan(1_000);
    expect(JSON.stringify(i).length).toBeLessThan(2_000);
  });

  it('keeps the summary of an export with a 5 MB field the size of its problems, not of the file', async () => {
    // A stray quote joins the rest of an export into one field: here 5 MB in a paid-online cell.
    const dir = tempDir();
    const file = path.join(dir, 'ho-so.csv');
    const header = 'Mã hồ sơ;Đơn vị;Cấp;Thủ tục;Ngày tiếp nhận;Ngày hẹn trả;Ngày trả kết quả;Kênh nộp;Thanh toán trực tuyến';
    const row = (n: number, paid: string) => `HS-${n};Sở Tư pháp;Cấp tỉnh;Cấp phiếu lý lịch tư pháp;15/08/2024;20/08/2024;18/08/2024;Trực tuyến;${paid}`;
    writeFileSync(file, [header, row(1, '1'), row(2, `"1,${'Nội dung '.repeat(600_000)}"`), row(3, '0'), ''].join('\n'));
    const r = await runInProcess([file], { asOf: '2024-10-25' });
    const big = r.summary.issues.items.filter((i) => i.code === 'bad-paid');
    expect(big).toHaveLength(1);
    expect(JSON.stringify(r.summary.issues).length).toBeLessThan(5_000);
  });
});
