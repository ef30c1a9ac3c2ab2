/**
 * Atomic writes under SIGKILL: a run killed while writing leaves the old file or the new one,
 * never a truncated one. The first test kills a writer mid-write for certain (it waits for the
 * temporary file to appear); the second kills real `build` runs as they write.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync, watch } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bin, cliEnv, example, repoRoot, run, tempDir } from '../helpers/cli.js';

function exited(child: ReturnType<typeof spawn>): Promise<NodeJS.Signals | null> {
  return new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
}

describe('writeFileAtomic', { timeout: 180_000 }, () => {
  it('killed with SIGKILL mid-write, leaves the old file whole and only a hidden .tmp beside it', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'reform-report-2024-10-25.json');
    writeFileSync(target, 'the old report\n');
    const io = pathToFileURL(path.join(repoRoot, 'dist/cli/io.js')).href;
    // 256 MB takes long enough to write that the kill lands inside writeFile.
    const script = `const { writeFileAtomic } = await import(${JSON.stringify(io)}); await writeFileAtomic(${JSON.stringify(target)}, Buffer.alloc(256 * 1024 * 1024, 120));`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
    const done = exited(child);
    await new Promise<void>((resolve) => {
      const watcher = watch(dir, () => {
        if (readdirSync(dir).some((f) => f.endsWith('.tmp'))) {
          watcher.close();
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    expect(await done).toBe('SIGKILL');
    expect(readFileSync(target, 'utf8')).toBe('the old report\n');
    const left = readdirSync(dir).filter((f) => f !== path.basename(target));
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.reform-report-2024-10-25\.json\.[0-9a-z]+\.tmp$/);
  });

  it('build runs killed at any moment leave each report old or new, never partial', async () => {
    const reference = tempDir();
    expect(run(['build', example, '--as-of', '2024-10-25', '--out', reference, '--quiet']).code).toBe(0);
    const names = readdirSync(reference);
    for (let attempt = 0; attempt < 6; attempt++) {
      const out = tempDir();
      for (const name of names) writeFileSync(path.join(out, name), 'old\n');
      const child = spawn(process.execPath, [bin, 'build', example, '--as-of', '2024-10-25', '--out', out, '--quiet'], { stdio: 'ignore', env: cliEnv() });
      const done = exited(child);
      // Kill at the first sign of writing, or after a delay that grows with each attempt.
      const watcher = watch(out, () => child.kill('SIGKILL'));
      const timer = setTimeout(() => child.kill('SIGKILL'), 200 * attempt);
      await done;
      watcher.close();
      clearTimeout(timer);
      for (const name of names) {
        const now = readFileSync(path.join(out, name));
        const isOld = now.toString() === 'old\n';
        expect(isOld || now.equals(readFileSync(path.join(reference, name))), `${name} after kill ${attempt}`).toBe(true);
      }
      expect(existsSync(out)).toBe(true);
    }
  });
});
