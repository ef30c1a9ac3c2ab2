/**
 * SPEC §5: errors and warnings in the report language, Vietnamese by default. The built CLI is run
 * on broken command lines and broken inputs; no English sentence may reach the clerk. The severity
 * and the code of an issue line (`error bad-status:`) are tokens for scripts, not sentences: they
 * are taken out before looking, and so is the location (a path may hold any word).
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';

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

  it.each(cases)('%s: nothing English on stderr or in the validate report', (_name, args) => {
    const r = run(args);
    expect(r.code).not.toBe(0);
    const lines = `${r.stderr}\n${args[0] === 'validate' ? r.stdout : ''}`.split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => english.test(sentences(l)))).toEqual([]);
  });

  it('says the same in English with --lang en', () => {
    const r = run(['summary', '--lang', 'en', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('reform-report: there is no option --bogus — see the usage: reform-report --help, or reform-report COMMAND --help\n');
  });
});
