/** Issue 13, point 11: a template's syntax error and `init FILE` are one line each, exit 2. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../../src/cli/templates.js';
import { UsageError } from '../../src/cli/errors.js';
import { example, run, tempDir } from '../helpers/cli.js';

describe('the right kind of error', () => {
  it('names the template line of a syntax error, before anything is written', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'brief.md.hbs');
    writeFileSync(file, '# {{title}}\n\n{{#if tasks}}\n- {{tasks.total}}\n{{/each}}\n');
    const err = await loadTemplate('vi', file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(/brief\.md\.hbs: the template has a syntax error on line 3/);
    expect((err as Error).message).not.toContain('\n');
    const r = run(['build', example, '--template', file, '--out', path.join(dir, 'out'), '--quiet', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/syntax error on line 3/)]);
  });

  it('refuses init on an existing file in one line', () => {
    const dir = tempDir();
    const file = path.join(dir, 'notes.txt');
    writeFileSync(file, 'x');
    const r = run(['init', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/notes\.txt: đây là một tệp, không phải thư mục/)]);
  });
});
