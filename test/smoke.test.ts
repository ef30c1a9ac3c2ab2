import { describe, expect, it } from 'vitest';
import { fold } from '../src/model/text.js';

describe('fold', () => {
  it('matches headers whatever their case, diacritics and punctuation', () => {
    for (const h of ['Tình trạng', 'TINH TRANG', 'tinh_trang', 'Tình  trạng:']) expect(fold(h)).toBe('tinh trang');
  });
});
