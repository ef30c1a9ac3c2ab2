import { describe, expect, it } from 'vitest';
import { formatLocation } from '../../src/model/issue.js';

describe('locations are addresses a clerk can type into Excel', () => {
  it.each([
    [{ file: 'so-tu-phap.xlsx', sheet: 'Nhiệm vụ', row: 14, column: 'E' }, 'so-tu-phap.xlsx:Nhiệm vụ!E14'],
    [{ file: 'so-tu-phap.xlsx', sheet: 'Nhiệm vụ', row: 14 }, 'so-tu-phap.xlsx:Nhiệm vụ!14:14'],
    [{ file: 'so-tu-phap.xlsx', sheet: 'DM' }, 'so-tu-phap.xlsx:DM'],
    [{ file: 'tasks.csv', row: 3, column: 'D' }, 'tasks.csv:D3'],
    [{ file: 'tasks.csv', row: 3 }, 'tasks.csv:3'],
    [{ file: 'tasks.csv' }, 'tasks.csv'],
  ])('%o → %s', (issue, text) => {
    expect(formatLocation(issue)).toBe(text);
  });
});
