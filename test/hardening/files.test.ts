/**
 * Files (issue 7, SPEC §5): inputs are opened read-only and never modified; an output folder
 * that cannot be written is exit 2 with one clear line; a config (which may arrive inside a
 * folder of department files) cannot send the reports outside its own folder; last week's
 * report inside the folder being read is not counted again. The CLI runs in process (its main,
 * test/helpers/in-process.ts) except where a real process is the point: a damaged workbook must
 * end the process, not leave it waiting on a promise (exit 13).
 */
import { describe, expect, it } from 'vitest';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { example, repoRoot, run } from '../helpers/cli.js';
import { runMain } from '../helpers/in-process.js';
import { validateConfig } from '../../src/cli/config.js';
import { centralEntries } from '../../scripts/zip-tools.mjs';

function copyExample(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rr-files-'));
  cpSync(example, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
  return dir;
}

function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    const st = statSync(p);
    if (st.isFile()) out[name] = `${st.mtimeMs} ${st.size} ${st.mode.toString(8)} ${createHash('sha256').update(readFileSync(p)).digest('hex')}`;
  }
  return out;
}

describe('inputs', () => {
  it('are read even when read-only, and left exactly as they were (content, mtime, mode)', async () => {
    const dir = copyExample();
    for (const name of readdirSync(dir)) chmodSync(path.join(dir, name), 0o444);
    const before = fingerprint(dir);
    const out = mkdtempSync(path.join(tmpdir(), 'rr-files-out-'));
    for (const args of [['build', dir, '--out', out, '--quiet'], ['summary', dir, '--format', 'json'], ['validate', dir], ['summary', '-', '--format', 'json']]) {
      const r = await runMain(args, args.includes('-') ? { input: readFileSync(path.join(dir, 'so-noi-vu.xlsx')) } : {});
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    }
    expect(fingerprint(dir)).toEqual(before);
    expect(readdirSync(out).filter((f) => f.endsWith('.xlsx'))).toHaveLength(1);
  });
});

describe('an output folder that cannot be written', () => {
  it('gives exit 2 and one clear line, and writes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rr-files-'));
    // A file where the folder should be: refused for root too, unlike permission bits.
    const blocker = path.join(dir, 'out');
    writeFileSync(blocker, 'not a folder');
    const r = await runMain(['build', example, '--out', path.join(blocker, 'reports'), '--quiet']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/out\/reports|out/);
    expect(lines[0]).not.toMatch(/^\s+at |internal error/);
    expect(readFileSync(blocker, 'utf8')).toBe('not a folder');
    expect(readdirSync(dir)).toEqual(['out']);
  });
});

describe('"out" in a config', () => {
  const at = (dir: string) => path.join(dir, 'reform-report.config.json');

  it('may name a folder inside the config\'s folder', () => {
    expect(validateConfig({ out: 'out' }, '/data/cds/reform-report.config.json').out).toBe('out');
    expect(validateConfig({ out: 'bao-cao/tuan' }, '/data/cds/reform-report.config.json').out).toBe('bao-cao/tuan');
    expect(validateConfig({ out: '/data/cds/reports' }, '/data/cds/reform-report.config.json').out).toBe('/data/cds/reports');
    expect(validateConfig({ out: 'a/../b' }, '/data/cds/reform-report.config.json').out).toBe('a/../b');
  });

  it.each([['../../out'], ['..'], ['/tmp/elsewhere'], ['a/../../b'], ['']])('refuses %j: a config cannot send reports elsewhere', (out) => {
    expect(() => validateConfig({ out }, '/data/cds/reform-report.config.json')).toThrow(/"out" must be a folder inside the config's folder/);
  });

  it('is refused with exit 2 and one line before anything is written; --out still writes where the user says', async () => {
    const dir = copyExample();
    const config = JSON.parse(readFileSync(at(dir), 'utf8'));
    writeFileSync(at(dir), JSON.stringify({ ...config, out: '../escaped' }));
    const r = await runMain(['build', '--quiet', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/"out" must be a folder inside/);
    expect(existsSync(path.join(dir, '..', 'escaped'))).toBe(false);

    const elsewhere = mkdtempSync(path.join(tmpdir(), 'rr-files-flag-'));
    writeFileSync(at(dir), JSON.stringify({ ...config, out: 'bao-cao' }));
    expect((await runMain(['build', '--quiet', '--out', elsewhere], { cwd: dir })).code).toBe(0);
    expect(readdirSync(elsewhere).some((f) => f.endsWith('.xlsx'))).toBe(true);
    expect((await runMain(['build', '--quiet'], { cwd: dir })).code).toBe(0);
    expect(readdirSync(path.join(dir, 'bao-cao')).some((f) => f.endsWith('.xlsx'))).toBe(true);
  });

  it('of the embedded example stays inside its folder', () => {
    const config = validateConfig(JSON.parse(readFileSync(at(example), 'utf8')), at(example));
    expect(path.resolve(example, config.out ?? 'out').startsWith(example)).toBe(true);
  });
});

describe('a workbook damaged in transit', () => {
  it('is refused with exit 2 and one line by every command, never left waiting (exit 13) or crashing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rr-files-'));
    const bytes = readFileSync(path.join(example, 'ho-so-tthc-9-thang-2024.xlsx'));
    // Bytes flipped inside one compressed part, as a broken download does (found by the fuzzer, seed 77).
    for (const e of centralEntries(bytes).filter((x) => x.name === 'xl/_rels/workbook.xml.rels')) for (let i = 0; i < e.compressedSize; i += 5) bytes[e.dataStart + i]! ^= 0xa5;
    const file = path.join(dir, 'ho-so.xlsx');
    writeFileSync(file, bytes);
    for (const args of [['summary', file, '--format', 'json'], ['validate', file], ['build', file, '--out', path.join(dir, 'out')]]) {
      const r = run(args);
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr.split('\n').filter((l) => l.includes('file-corrupt'))).toHaveLength(args[0] === 'validate' ? 0 : 1);
      expect(r.stderr).not.toMatch(/^\s+at |internal error/m);
    }
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });
});

describe('a workbook whose local headers disagree with its directory', () => {
  it('is read as its directory says, never left waiting (exit 13)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rr-files-'));
    const original = path.join(example, 'ho-so-tthc-9-thang-2024.xlsx');
    const bytes = readFileSync(original);
    // One bit of a local header's compressed size flipped (found by the fuzzer, seed 6006 input 1820).
    const styles = centralEntries(bytes).find((e) => e.name === 'xl/styles.xml')!;
    bytes[styles.local + 18]! ^= 0xc8;
    const file = path.join(dir, 'ho-so.xlsx');
    writeFileSync(file, bytes);
    const r = run(['summary', file, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).dossiers).toEqual(JSON.parse(run(['summary', original, '--format', 'json']).stdout).dossiers);
  });
});

describe('last week\'s report inside the folder being read', () => {
  it('is not read as input: the second build gives the same figures as the first', async () => {
    const dir = copyExample();
    mkdirSync(path.join(dir, 'out'), { recursive: true });
    const first = JSON.parse((await runMain(['summary', dir, '--format', 'json'])).stdout);
    expect((await runMain(['build', dir, '--out', path.join(dir, 'out'), '--quiet'])).code).toBe(0);
    expect(readdirSync(path.join(dir, 'out')).some((f) => /^reform-report-.*\.xlsx$/.test(f))).toBe(true);
    const r = await runMain(['summary', dir, '--format', 'json']);
    const second = JSON.parse(r.stdout);
    expect(second.tasks.total).toBe(first.tasks.total);
    expect(second.indicators.total).toBe(first.indicators.total);
    expect(r.stderr).not.toMatch(/reform-report-\d{4}-\d{2}-\d{2}\.xlsx/);
  });
});
