import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/cli/color.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('colorLevel', () => {
  it('colours a terminal, not a pipe, not a dumb terminal', () => {
    expect(colorLevel({}, tty, {})).toBe(1);
    expect(colorLevel({}, pipe, {})).toBe(0);
    expect(colorLevel({}, tty, { TERM: 'dumb' })).toBe(0);
  });

  it('NO_COLOR (not empty) and --no-color turn it off', () => {
    expect(colorLevel({}, tty, { NO_COLOR: '1' })).toBe(0);
    expect(colorLevel({}, tty, { NO_COLOR: '' })).toBe(1);
    expect(colorLevel({ color: false }, tty, {})).toBe(0);
  });

  it('FORCE_COLOR turns it on anywhere and outranks NO_COLOR, as in Node; --no-color outranks both', () => {
    expect(colorLevel({}, pipe, { FORCE_COLOR: '1' })).toBe(1);
    expect(colorLevel({}, pipe, { FORCE_COLOR: '' })).toBe(1);
    expect(colorLevel({}, pipe, { FORCE_COLOR: '3' })).toBe(3);
    expect(colorLevel({}, pipe, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(1);
    expect(colorLevel({}, tty, { FORCE_COLOR: '0' })).toBe(0);
    expect(colorLevel({}, tty, { FORCE_COLOR: 'false' })).toBe(0);
    expect(colorLevel({ color: false }, tty, { FORCE_COLOR: '1' })).toBe(0);
  });
});
