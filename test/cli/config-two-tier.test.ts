import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/cli/config.js';

const failure = (data: unknown) => {
  try {
    validateConfig(data, 'cfg.json');
  } catch (err) {
    return (err as Error).message;
  }
  return null;
};

describe('config: former names of merged units', () => {
  const khcn = (formerNames: unknown) => ({ units: [{ name: 'Sở Khoa học và Công nghệ', formerNames }] });

  it('takes a list of former names, each with the day of the change', () => {
    const c = validateConfig(khcn([{ name: 'Sở Thông tin và Truyền thông', date: '2025-03-01', aliases: ['Sở TT&TT'], basis: 'Nghị quyết số 05/NQ-HĐND' }]), 'cfg.json');
    expect(c.units![0]!.formerNames).toEqual([{ name: 'Sở Thông tin và Truyền thông', date: '2025-03-01', aliases: ['Sở TT&TT'], basis: 'Nghị quyết số 05/NQ-HĐND' }]);
  });

  it('refuses a former name without a real date, or with an unknown key', () => {
    expect(failure(khcn(['Sở Thông tin và Truyền thông']))).toMatch(/units\[0\]\.formerNames must be a list of \{ "name"/);
    expect(failure(khcn([{ name: 'Sở TT&TT' }]))).toMatch(/units\[0\]\.formerNames\[0\]\.date must be the day of the change written yyyy-mm-dd/);
    expect(failure(khcn([{ name: 'Sở TT&TT', date: '2025-02-30' }]))).toMatch(/not "2025-02-30"/);
    expect(failure(khcn([{ name: 'Sở TT&TT', date: '2025-03-01', until: 'x' }]))).toMatch(/formerNames\[0\]: unknown key "until"/);
  });

  it('refuses a former name given to two successors', () => {
    const data = { units: [
      { name: 'Sở Nội vụ', formerNames: [{ name: 'Sở LĐTBXH', date: '2025-03-01' }] },
      { name: 'Sở Y tế', formerNames: [{ name: 'Sở LĐTBXH', date: '2025-03-01' }] },
    ] };
    expect(failure(data)).toMatch(/"Sở LĐTBXH" is a former name of two units, "Sở Nội vụ" and "Sở Y tế"/);
  });

  it('lets a former unit stay listed as a unit for the files of its time', () => {
    const data = { units: [{ name: 'Sở Thông tin và Truyền thông', aliases: ['Sở TT&TT'] }, { name: 'Sở Khoa học và Công nghệ', formerNames: [{ name: 'Sở Thông tin và Truyền thông', date: '2025-03-01' }] }] };
    expect(failure(data)).toBeNull();
  });
});

describe('config: leagueSize', () => {
  it('takes a whole number of units, at least 1', () => {
    expect(validateConfig({ leagueSize: 5 }, 'cfg.json').leagueSize).toBe(5);
    expect(failure({ leagueSize: 0 })).toMatch(/"leagueSize" must be a whole number of units, at least 1/);
    expect(failure({ leagueSize: '10' })).toMatch(/"leagueSize" must be a whole number/);
  });
});

describe('config: tasksPerUnit', () => {
  it('takes a whole number of tasks, at least 1', () => {
    expect(validateConfig({ tasksPerUnit: 3 }, 'cfg.json').tasksPerUnit).toBe(3);
    expect(failure({ tasksPerUnit: 0 })).toMatch(/"tasksPerUnit" must be a whole number of tasks, at least 1/);
    expect(failure({ tasksPerUnit: 2.5 })).toMatch(/"tasksPerUnit" must be a whole number/);
  });
});
