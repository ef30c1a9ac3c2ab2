/**
 * SPEC §5: errors and warnings in the report language, Vietnamese by default. The built CLI is run
 * on broken command lines and broken inputs; no English sentence may reach the clerk. The severity
 * and the code of an issue line (`error bad-status:`) are tokens for scripts, not sentences: they
 * are taken out before looking, and so is the location (a path may hold any word).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runMain } from '../helpers/in-process.js';

const errors = 'fixtures/messy/errors';
/** Words no Vietnamese sentence has; one of them in a line means English text reached the user. */
const english = /\b(the|is|not|must|unknown|cannot|option|command|allowed|choices|rows|counted|rejected|recognised|warnings|errors|usage|invalid|missing|file could)\b/i;
const sentences = (text: string) => text.replace(/^.*?: (error|warning|info) [a-z0-9-]+: /, '').replace(/^fixtures\/[^:]*:(\s|$)/, '').replace(/\b(reform-report|README|Recognised headers|--[a-z-]+|File > [^"]*|CSV UTF-8|Excel[^,;)]*|LibreOffice[^,;)]*|Done|In progress|Not started|Cancelled)\b/g, '');

describe('a Vietnamese run on broken command lines and inputs (issue 12 point 9)', () => {
  const cases: [string, string[]][] = [
    ['an unknown option', ['summary', '--bogus', `${errors}/bad-status.xlsx`]],
    ['an unknown command', ['frobnicate']],
    ['a value outside the choices', ['summary', `${errors}/bad-status.xlsx`, '--format', 'nope']],
    ['an option without its value', ['summary', '--format']],
    ['an --as-of that is no date', ['summary', '--as-of', '2024-13-45', `${errors}/bad-status.xlsx`]],
    ['validate on every broken file', ['validate', `${errors}/bad-status.xlsx`, `${errors}/bad-date.csv`, `${errors}/csv-malformed.csv`, `${errors}/file-corrupt.xlsx`, `${errors}/file-empty.csv`, `${errors}/file-encrypted.xlsx`, `${errors}/file-legacy-xls.xls`, `${errors}/file-unsupported.ods`, `${errors}/no-kind.xlsx`, `${errors}/missing-title.csv`, 'fixtures/messy/meaning/pakn-dang-cap-nhat.xlsx']],
  ];

  it.each(cases)('%s: nothing English on stderr or in the validate report', async (_name, args) => {
    const r = await runMain(args);
    expect(r.code).not.toBe(0);
    const lines = `${r.stderr}\n${args[0] === 'validate' ? r.stdout : ''}`.split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => english.test(sentences(l)))).toEqual([]);
  });

  it("validate's receipt of a file it could not open says only that, in the report language", async () => {
    const args = ['validate', `${errors}/file-empty.csv`, `${errors}/file-legacy-xls.xls`, 'fixtures/tay-ninh-2024/phan-anh-kien-nghi.csv'];
    const vi = (await runMain(args)).stdout;
    expect(vi).toContain(`${errors}/file-empty.csv: không mở được tệp: tệp rỗng (0 byte)\n`);
    expect(vi).toMatch(/file-legacy-xls\.xls: không mở được tệp: đây là bảng tính Excel 97-2003 cũ/);
    // A file read whole that names no unit says so, with how to name one.
    expect(vi).toContain('phan-anh-kien-nghi.csv: chưa rõ đơn vị gửi (tệp không ghi tên đơn vị;');
    expect(vi).not.toMatch(/: \? \(—\)/);
    const en = (await runMain([...args, '--lang', 'en'])).stdout;
    expect(en).toContain(`${errors}/file-empty.csv: file could not be opened: the file is empty (0 bytes)\n`);
    expect(en).toContain('phan-anh-kien-nghi.csv: reporting unit not known (the file names none;');
    // No list of units, no file naming its sender: not "0 units sent".
    expect(vi).toContain('\nchưa rõ đơn vị gửi; 2 bảng không đọc được\n2 lỗi, 0 cảnh báo\n');
    expect(en).toContain('\nsending unit not known; 2 tables could not be read\n2 errors, 0 warnings\n');
    const one = (await runMain(['validate', 'fixtures/tay-ninh-2024/phan-anh-kien-nghi.csv', `${errors}/file-empty.csv`, '--lang', 'en'])).stdout;
    expect(one).toMatch(/\n1 error, 0 warnings\n$/);
  });

  // One bad invocation per message of the command itself (issue 12 point 9): the Vietnamese line
  // by default, the English one with --lang en, the same exit code either way.
  const dir = mkdtempSync(path.join(tmpdir(), 'rr-vi-'));
  const badJson = path.join(dir, 'bad.json');
  writeFileSync(badJson, '{"title": "x",');
  const yamlDir = mkdtempSync(path.join(tmpdir(), 'rr-yaml-'));
  writeFileSync(path.join(yamlDir, 'reform-report.config.yaml'), 'title: [x\n');
  const keyConfig = path.join(dir, 'key.json');
  writeFileSync(keyConfig, JSON.stringify({ titel: 'x' }));
  const valueConfig = path.join(dir, 'value.json');
  writeFileSync(valueConfig, JSON.stringify({ nearDueDays: -1 }));
  const template = path.join(dir, 'brief.md.hbs');
  writeFileSync(template, '# {{title}}\n{{#if tasks}}\n');
  const example = 'fixtures/tay-ninh-2024';
  const table: [string, string[], number, RegExp, RegExp][] = [
    ['bad YAML config', ['summary', '--config', path.join(yamlDir, 'reform-report.config.yaml'), example], 2, /không phải YAML hợp lệ: dòng/, /is not valid YAML: line/],
    ['bad JSON config', ['summary', '--config', badJson, example], 2, /không phải JSON hợp lệ/, /is not valid JSON/],
    ['unknown config key', ['summary', '--config', keyConfig, example], 2, /không có khóa "titel" \(có phải là "title"\?\)/, /unknown key "titel" \(did you mean "title"\?\)/],
    ['bad config value', ['summary', '--config', valueConfig, example], 2, /"nearDueDays" phải là số ngày nguyên/, /"nearDueDays" must be a whole number of days/],
    ['bad --period', ['summary', example, '--period', '2024-13'], 2, /--period: "2024-13" không phải là một kỳ/, /--period: "2024-13" is not a period/],
    ['--cutoff without --period', ['summary', example, '--cutoff', '15'], 2, /--cutoff quy định cách cắt/, /--cutoff sets how a named --period is cut/],
    ['bad --cutoff', ['summary', example, '--period', '2024', '--cutoff', '31'], 2, /--cutoff phải là một ngày trong tháng/, /--cutoff must be a day of the month/],
    ['unknown --fail-on', ['summary', example, '--fail-on', 'late'], 2, /--fail-on không nhận giá trị "late"/, /--fail-on does not take "late"/],
    ['--fail-on holds', ['summary', example, '--as-of', '2024-10-25', '--format', 'csv', '--fail-on', 'overdue', '--quiet'], 1, /--fail-on: \d+ nhiệm vụ quá hạn tính đến ngày 25\/10\/2024/, /--fail-on: \d+ tasks? overdue as of 2024-10-25/],
    ['unknown --unit', ['tasks', example, '--unit', 'Sở Ngoại vụ'], 2, /--unit "Sở Ngoại vụ": không có đơn vị này/, /--unit "Sở Ngoại vụ": no such unit/],
    ['-o of no known format', ['summary', example, '-o', path.join(dir, 'x.ods')], 2, /không biết định dạng của "\.ods"/, /cannot tell the format from "\.ods"/],
    ['--template with a syntax error', ['build', example, '--template', template, '--out', path.join(dir, 'out'), '--quiet'], 2, /mẫu có lỗi cú pháp ở dòng/, /the template has a syntax error on line/],
    ['--previous that is no snapshot', ['build', example, '--previous', badJson, '--out', path.join(dir, 'out2'), '--quiet'], 2, /--previous .*: tệp không phải JSON hợp lệ \(tệp kết thúc/, /--previous .*: it is not valid JSON \(/],
    ['--from-snapshots of an empty folder', ['build', '--from-snapshots', dir + '/none', '--out', path.join(dir, 'out3')], 2, /--from-snapshots .*: không đọc được thư mục/, /--from-snapshots .*: cannot read the folder/],
  ];

  it.each(table)('%s: Vietnamese by default, English with --lang en, the same exit code', async (_name, args, code, vi, en) => {
    const inVi = await runMain(args);
    expect(inVi.code).toBe(code);
    expect(inVi.stderr).toMatch(vi);
    expect(inVi.stderr.split('\n').filter((l) => l.trim() !== '' && !/cảnh báo — xem/.test(l))// The accepted values are tokens (overdue, warnings), not sentences.
    .map((l) => l.replace(/được nhận: [^—]*/, '')).filter((l) => english.test(sentences(l)))).toEqual([]);
    const inEn = await runMain([...args, '--lang', 'en']);
    expect(inEn.code).toBe(code);
    expect(inEn.stderr).toMatch(en);
  });

  it('says the same in English with --lang en', async () => {
    const r = await runMain(['summary', '--lang', 'en', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('reform-report: there is no option --bogus — see the usage: reform-report --help, or reform-report COMMAND --help\n');
  });
});
