/**
 * Issue 11, point 8: one run id in every file of a build; a later build that finds a mixed set
 * (an interrupted run) says so and rewrites it. `scripts/kill-builds.mjs` kills 200 real builds
 * at random moments; this test makes the mixed set itself, so the suite stays fast.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers/cli.js';
import { mixedSetIssue } from '../../src/cli/output-set.js';

const csv = (status: string) => `STT;Nhiệm vụ;Đơn vị chủ trì;Thời hạn;Tình trạng\n1;Rà soát thủ tục;Sở Nội vụ;30/09/2024;${status}\n`;

describe('a build\'s output set', { timeout: 120_000 }, () => {
  it('carries one run id in the JSON, the brief and the workbook; a mixed set is reported and rewritten', async () => {
    const dir = tempDir();
    const outs = ['a', 'b'].map((n) => path.join(dir, n));
    ['Hoàn thành', 'Đang thực hiện'].forEach((status, i) => {
      const input = path.join(dir, `in-${i}.csv`);
      writeFileSync(input, csv(status));
      expect(run(['build', input, '--out', outs[i]!, '--as-of', '2024-10-25', '--quiet']).code).toBe(0);
    });
    const file = (out: string, ext: string) => path.join(out, `reform-report-2024-10-25.${ext}`);
    const id = JSON.parse(readFileSync(file(outs[0]!, 'json'), 'utf8')).runId as string;
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(readFileSync(file(outs[0]!, 'md'), 'utf8').split('\n')[0]).toBe(`<!-- reform-report run ${id} -->`);
    // The workbook's custom property (File > Properties > Custom), read from the unzipped package.
    const zip = await JSZip.loadAsync(readFileSync(file(outs[0]!, 'xlsx')));
    expect(await zip.file('docProps/custom.xml')!.async('string')).toContain(`name="reform-report-run"><vt:lpwstr>${id}</vt:lpwstr>`);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>');
    expect(await zip.file('_rels/.rels')!.async('string')).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/custom-properties" Target="docProps\/custom.xml"/);
    expect(await mixedSetIssue(['json', 'md', 'xlsx'].map((e) => file(outs[0]!, e)))).toBeNull();
    // The brief of the other build beside this one's workbook and snapshot: what a kill between renames leaves.
    copyFileSync(file(outs[1]!, 'md'), file(outs[0]!, 'md'));
    expect((await mixedSetIssue(['json', 'md', 'xlsx'].map((e) => file(outs[0]!, e))))?.code).toBe('mixed-output-set');
    const again = run(['build', path.join(dir, 'in-0.csv'), '--out', outs[0]!, '--as-of', '2024-10-25', '--quiet']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('mixed-output-set');
    expect(await mixedSetIssue(['json', 'md', 'xlsx'].map((e) => file(outs[0]!, e)))).toBeNull();
  });
});
