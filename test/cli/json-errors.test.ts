/** Issue 13, point 12: a JSON syntax error names its place and echoes none of the file's bytes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonErrorPlace } from '../../src/cli/json-errors.js';
import { loadConfig } from '../../src/cli/config.js';
import { textPlace } from '../../src/i18n/reasons.js';

describe('JSON syntax errors', () => {
  it.each([
    ['{"a": x}', 'line 1, column 7: unexpected character'],
    ['{\n  "title": "x"\n  "asOf": "2024-10-25"\n}', "line 3, column 3: Expected ',' or '}' after property value"],
    ['{"a": "\u001b[31mred"}', 'line 1, column 8: Bad control character in string literal'],
    ['{"a":1} secret', 'line 1, column 9: unexpected character'],
    ['{"a": 1,', 'it ends before the JSON is complete'],
  ])('%j → %s', (text, want) => {
    expect(textPlace(jsonErrorPlace(text), 'en')).toBe(want);
  });

  it('never quote the config file (a secret, escape codes) in the message', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cfg-'));
    writeFileSync(path.join(dir, 'reform-report.config.json'), 'password=hunter2\u001b]0;pwned\u0007');
    const err = await loadConfig(undefined, dir).catch((e: Error) => e);
    expect((err as Error).message).toMatch(/not valid JSON: line 1, column 1/);
    expect((err as Error).message).not.toMatch(/hunter2|\u001b|password/);
  });
});
