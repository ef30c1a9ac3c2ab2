/**
 * The alias index (header-match.ts) against the rule it implements, written out plainly: each
 * folded form of the header compared with each folded alias — whole form 1000 + length, start of
 * the form 500 + length (aliases of 4+ characters), inside it 200 + length (6+), the parent
 * header a quarter. Headers are drawn from the vocabulary's own words, so that most of them hit.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fieldScore, fieldScores, headerForms, type HeaderColumn } from '../../src/interpret/header-match.js';
import { fieldDefs, type FieldDef } from '../../src/interpret/vocabulary/index.js';
import { isStatusColumnName } from '../../src/interpret/status.js';
import { fold } from '../../src/model/text.js';

function plainAliasScore(forms: readonly string[], alias: string): number {
  let best = 0;
  for (const form of forms) {
    if (form === alias) best = Math.max(best, 1000 + alias.length);
    else if (alias.length >= 4 && form.startsWith(`${alias} `)) best = Math.max(best, 500 + alias.length);
    else if (alias.length >= 6 && ` ${form} `.includes(` ${alias} `)) best = Math.max(best, 200 + alias.length);
  }
  return best;
}

function plainFieldScore(column: HeaderColumn, def: FieldDef): number {
  const child = headerForms(column.parts[column.parts.length - 1] ?? '');
  const whole = column.parts.length > 1 ? headerForms(column.parts.join(' ')) : [];
  const parent = column.parts.length > 1 ? headerForms(column.parts[0]!) : [];
  let best = 0;
  for (const alias of def.aliases.map(fold)) {
    if (alias === '') continue;
    best = Math.max(best, plainAliasScore(child, alias), plainAliasScore(whole, alias), Math.floor(plainAliasScore(parent, alias) / 4));
  }
  if (def.statusTicks && best === 0 && isStatusColumnName(column.parts[column.parts.length - 1] ?? '')) best = 100;
  return best;
}

const allDefs = Object.values(fieldDefs).flat();
const words = [...new Set(allDefs.flatMap((d) => d.aliases.flatMap((a) => a.split(/\s+/))))];
const word = fc.oneof(fc.constantFrom(...words), fc.constantFrom('(%)', '2024', 'năm 2025', 'Ghi', '/', 'x', '', 'Số'));
const header = fc.oneof(
  fc.constantFrom(...allDefs.flatMap((d) => d.aliases)),
  fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')),
);
const column = fc.array(header, { minLength: 1, maxLength: 3 }).map((parts): HeaderColumn => ({ index: 0, letter: 'A', parts, text: parts.join(' / ') }));

describe('header scores', () => {
  it('the alias index scores every header as comparing it with each alias does', () => {
    fc.assert(
      fc.property(column, (col) => {
        const want = allDefs.map((def) => plainFieldScore(col, def));
        expect(fieldScores(col, allDefs)).toEqual(want);
        allDefs.forEach((def, i) => expect(fieldScore(col, def), def.field).toBe(want[i]));
      }),
      { numRuns: 400, seed: 1604 },
    );
  });

  it('an exact name beats a start, which beats a name inside; short aliases count only whole', () => {
    const one = (text: string, ...parts: string[]) => ({ index: 0, letter: 'A', parts: parts.length ? parts : [text], text });
    const status = fieldDefs.tasks.find((d) => d.field === 'status')!;
    expect(fieldScore(one('Tình trạng'), status)).toBeGreaterThanOrEqual(1000);
    expect(fieldScore(one('Tình trạng thực hiện đến nay'), status)).toBeGreaterThanOrEqual(500);
    expect(fieldScore(one('Tình trạng thực hiện đến nay'), status)).toBeLessThan(1000);
    const stt = fieldDefs.tasks.find((d) => d.field === 'stt')!;
    expect(fieldScore(one('TT'), stt)).toBeGreaterThanOrEqual(1000);
    expect(fieldScore(one('TT nhiệm vụ'), stt)).toBe(0);
  });
});
