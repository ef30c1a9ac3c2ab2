/** Placeholder cells (SPEC §2.3): which texts say "no figure yet", and which are results. */
import { describe, expect, it } from 'vitest';
import { placeholderText } from '../../src/interpret/placeholders.js';
import type { RawCell } from '../../src/read/raw-table.js';

const text = (t: string): RawCell => ({ value: { kind: 'text', text: t } });

describe('placeholderText', () => {
  it('reads the words and marks of SPEC §2.3 as clerks type them', () => {
    for (const t of ['Đang cập nhật', 'ĐANG CẬP NHẬT...', 'Chưa có số liệu', 'Chưa báo cáo', 'N/A', 'n/a', '-', '…', '...', ' – '])
      expect(placeholderText(text(t), true), t).not.toBeNull();
  });

  it('takes `x` as a placeholder only where a number is expected (elsewhere it is a tick)', () => {
    expect(placeholderText(text('x'), true)).toBe('x');
    expect(placeholderText(text('x'), false)).toBeNull();
  });

  it('leaves results and figures alone: `Chưa có`, `Không`, `Chưa hoàn thành`, `0`, `-5`', () => {
    for (const t of ['Chưa có', 'Không', 'Chưa hoàn thành', '0', '-5', 'Đang thực hiện', ''])
      expect(placeholderText(text(t), true), t).toBeNull();
    expect(placeholderText({ value: { kind: 'number', value: 0 } }, true)).toBeNull();
  });
});
