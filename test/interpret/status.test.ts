import { describe, expect, it } from 'vitest';
import { readStatus, suggestStatus } from '../../src/interpret/status.js';

describe('unknown statuses', () => {
  it('are null, and a near miss suggests the status meant', () => {
    expect(readStatus('Hoàn thàn')).toBeNull();
    expect(suggestStatus('Hoàn thàn')).toBe('Hoàn thành');
    expect(readStatus('Dang thuc hien (qua han)')).toEqual({ status: 'in_progress', claim: 'overdue' });
    expect(suggestStatus('Đang thục hiệnn')).toBe('Đang thực hiện');
    expect(suggestStatus('Xong rồi')).toBe('Xong');
    expect(suggestStatus('Trễ')).toBeNull();
  });
});

describe('a status followed by a figure', () => {
  it.each([
    ['Hoàn thành 100%', 'done'],
    ['Hoàn thành', 'done'],
    ['Hoàn thành 80%', 'in_progress'],
    ['Đã hoàn thành 50 %', 'in_progress'],
    ['Đang thực hiện 30%', 'in_progress'],
  ])('%s is %s: a share below 100% is how far the work has got', (text, status) => {
    expect(readStatus(text)?.status).toBe(status);
  });
});
