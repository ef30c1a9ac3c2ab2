/**
 * Consistent data gives no warning at all (issue 12, done-when): every fixture meant to be clean is
 * read with zero warnings and zero errors (information lines allowed). A fixture that is messy on
 * purpose is listed with the reason from its README/EXPECTED and the only codes it may give, so
 * that a new false warning shows there too. A fixture listed in neither fails the last test: each
 * new one needs a decision.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runInProcess } from '../helpers/cli.js';
import type { PipelineOptions } from '../../src/cli/pipeline.js';

type Options = Partial<PipelineOptions>;

/** Folders that hold one case per file (or sub-folder); every other folder under fixtures/ is one case. */
const collections = ['fixtures/messy', 'fixtures/messy/meaning', 'fixtures/dossiers', 'fixtures/issue-18'];
/** Generators, expected figures and notes: not inputs. */
const notInput = /\.(py|mjs|md|json)$/;

const clean: Record<string, Options> = {
  'fixtures/tay-ninh-2026': { now: new Date(2026, 11, 2) },
  // so-tu-phap.xlsx hides its dropdown list of statuses (info); a recurring done task has no completion date (nothing).
  'fixtures/tay-ninh-2024': {},
  'fixtures/partly-reported-18': {},
  'fixtures/centre-level-14': {},
  'fixtures/messy/config': {},
  'fixtures/messy/chi-tieu-tieu-de-hai-dong.csv': {},
  'fixtures/messy/he-ngay-1904.xlsx': {},
  'fixtures/messy/mac-nfd.csv': {},
  'fixtures/messy/tieu-de-gop-o-an-sheet.xlsx': {},
  'fixtures/messy/unicode-text-utf16.txt': {},
  'fixtures/messy/unicode-tieu-de.xlsx': {},
  'fixtures/messy/utf16-khong-bom.txt': {},
  'fixtures/messy/windows-1258.csv': {},
  'fixtures/messy/meaning/chi-tieu-chua-co-so-lieu.xlsx': {},
  'fixtures/messy/meaning/ho-so-chua-bao-cao.xlsx': {},
  'fixtures/messy/meaning/ho-so-dang-cap-nhat.csv': {},
  'fixtures/messy/meaning/ke-hoach-cchc-phan-muc.xlsx': {},
  'fixtures/messy/meaning/nhiem-vu-chua-bao-cao.xlsx': {},
  'fixtures/messy/meaning/pakn-dang-cap-nhat.xlsx': {},
  'fixtures/messy/meaning/pakn-tong-dau-bang.xlsx': {},
  'fixtures/messy/meaning/xuat-he-thong-theo-doi.xlsx': {},
  'fixtures/dossiers/mot-cua-xuat-ho-so.csv': {},
  'fixtures/dossiers/phan-anh-chi-co-tong.csv': {},
  'fixtures/dossiers/phang-tach-dang-giai-quyet.xlsx': {},
  'fixtures/dossiers/phang-truc-tuyen-sau-dang-giai-quyet.xlsx': {},
  'fixtures/dossiers/thanh-hoa-tach-truc-tuyen.xlsx': {},
  'fixtures/dossiers/thieu-cot': {},
  'fixtures/issue-18/sector-rows': {},
  // Its list names no unit: clean once --unit gives it one (as test/interpret/unit-option.test.ts runs it).
  'fixtures/issue-18/unit-option': { unit: 'Sở Xây dựng', asOf: '2024-10-25' },
};

/** Messy on purpose: why, and the codes (warnings and errors) it gives and may give. */
const messy: Record<string, { why: string; codes?: string[]; options?: Options }> = {
  'fixtures/plan-2024-11': { why: 'EXPECTED.md: a deadline that differs from the plan and a near match of a plan task', codes: ['plan-deadline-differs', 'plan-near-match'] },
  'fixtures/meeting-2024-11': { why: 'EXPECTED.md: one table states a later date, one an old one', codes: ['asof-differs', 'stale-data'] },
  'fixtures/dossiers/bieu-06-sai-tong.xlsx': { why: 'EXPECTED.md: the mistakes listed under broken.warnings', codes: ['dossier-identity', 'total-mismatch'] },
  'fixtures/dossiers/mot-cua-ngay-sai.csv': { why: 'EXPECTED.md: dates that are not dates, an unknown channel and payment', codes: ['bad-channel', 'bad-date', 'bad-paid'] },
  'fixtures/dossiers/phan-anh-theo-vu-viec.csv': { why: 'EXPECTED.md: some items with a blank sector', codes: ['missing-sector'] },
  'fixtures/messy/cong-thuc-khong-ket-qua.xlsx': { why: 'formulas saved without their results', codes: ['formula-no-result'] },
  'fixtures/messy/csv-ansi-mat-dau.csv': { why: 'letters lost to "?" by a plain CSV save: no header can be read', codes: ['lost-letters', 'no-kind', 'table-not-read'] },
  'fixtures/messy/danh-dau-x-trang-thai.xlsx': { why: 'a row ticked under two statuses', codes: ['bad-status'] },
  'fixtures/messy/tcvn3-csv-ansi.csv': { why: 'TCVN3 text converted, with a warning naming the cells (SPEC §6)', codes: ['tcvn3-converted'] },
  'fixtures/messy/tcvn3-vntime.xlsx': { why: 'TCVN3 text converted, with a warning naming the cells (SPEC §6)', codes: ['tcvn3-converted'] },
  'fixtures/issue-18/unit-option-mixed': { why: '--unit given to files whose heads name different bodies', codes: ['unit-option-mixed'], options: { unit: 'Sở Xây dựng', asOf: '2024-10-25' } },
  // Not run here: each file is one error, checked by test/messy/errors.test.ts.
  'fixtures/messy/errors': { why: 'one error case per file (test/messy/errors.test.ts)' },
};

/** Runs a case from its own folder when it is a folder (its config is found there), else from the repository. */
async function problems(input: string, options: Options): Promise<{ lines: string[]; codes: string[] }> {
  const absolute = path.join(repoRoot, input);
  const cwd = statSync(absolute).isDirectory() ? absolute : repoRoot;
  const { summary } = await runInProcess([absolute], { cwd, ...options });
  const flagged = summary.issues.items.filter((i) => i.severity !== 'info');
  return {
    lines: flagged.map((i) => `${i.severity} ${i.code} ${path.relative(repoRoot, i.file ?? '')}:${i.column ?? ''}${i.row ?? ''} ${i.message}`),
    codes: [...new Set(flagged.map((i) => i.code))].sort(),
  };
}

describe('every fixture meant to be clean', { timeout: 120_000 }, () => {
  it.each(Object.entries(clean))('%s: no warning, no error', async (input, options) => {
    expect((await problems(input, options)).lines).toEqual([]);
  });
});

describe('fixtures messy on purpose', { timeout: 120_000 }, () => {
  it.each(Object.entries(messy).filter(([, m]) => m.codes))('%s gives only what it is made to give', async (input, { codes, options }) => {
    expect((await problems(input, options ?? {})).codes).toEqual(codes);
  });
});

it('every fixture is either clean or listed as messy, with its reason', () => {
  const cases: string[] = [];
  for (const top of readdirSync(path.join(repoRoot, 'fixtures'))) {
    const folder = `fixtures/${top}`;
    if (collections.includes(folder)) cases.push(...casesIn(folder));
    else cases.push(folder);
  }
  const undecided = cases.filter((c) => !(c in clean) && !(c in messy));
  expect(undecided).toEqual([]);
  expect(Object.keys(clean).filter((c) => c in messy)).toEqual([]);
});

function casesIn(folder: string): string[] {
  return readdirSync(path.join(repoRoot, folder))
    .filter((f) => !notInput.test(f))
    .flatMap((f) => (collections.includes(`${folder}/${f}`) ? casesIn(`${folder}/${f}`) : [`${folder}/${f}`]));
}
