#!/usr/bin/env node
/**
 * Start-up cost of a shell pipe: `reform-report summary small.csv --format csv` against a bare
 * `node -e ''`, both spawned the same way, interleaved so that a busy machine slows both alike.
 * Reports the median wall time and the mean CPU time (user + system, from the kernel's
 * accounting of children) of each, and their ratio; then which packages the pipe loads. Beside
 * them runs the floor (bench/startup-floor.mjs: commander and csv-parse, nothing of ours), as
 * it is and bundled, to show what part of the ratio the decided libraries already take.
 *
 *   npm run build && node bench/startup.mjs [runs=40]
 *
 * Results are recorded by hand in bench/RESULTS-startup.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { childrenCpu } from '../scripts/children-cpu.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/reform-report.js');
const runs = Number(process.argv[2] ?? 40);
const dir = mkdtempSync(path.join(tmpdir(), 'rr-startup-'));
const csv = path.join(dir, 'tasks.csv');
writeFileSync(
  csv,
  'Nhiệm vụ,Đơn vị chủ trì,Thời hạn,Tình trạng\r\n' +
    '"Rà soát, đơn giản hóa thủ tục hành chính",Sở Tư pháp,30/09/2024,Hoàn thành\r\n' +
    'Số hóa hồ sơ kết quả giải quyết TTHC,Văn phòng UBND tỉnh,30/09/2024,Đang thực hiện\r\n' +
    'Kiểm tra công vụ năm 2024,Sở Nội vụ,Quý IV/2024,Đang thực hiện\r\n',
);
const env = { ...process.env, NO_COLOR: '1' };
// The floor (bench/startup-floor.mjs) as it is, and bundled the way scripts/bundle.mjs bundles the CLI.
const floor = path.join(root, 'bench/startup-floor.mjs');
const floorBundled = path.join(dir, 'floor-bundled.mjs');
await build({
  entryPoints: [floor], outfile: floorBundled, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning',
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
});
const pipeArgs = [csv, '--format', 'csv', '--as-of', '2024-10-25'];
const variants = {
  'node -e ""': [process.execPath, ['-e', '']],
  'summary small.csv --format csv': [process.execPath, [bin, 'summary', ...pipeArgs]],
  'floor: commander + csv-parse': [process.execPath, [floor, ...pipeArgs]],
  'floor, bundled': [process.execPath, [floorBundled, ...pipeArgs]],
};


const results = Object.fromEntries(Object.keys(variants).map((name) => [name, { wall: [], cpu: 0 }]));
for (let i = 0; i < runs + 3; i++) {
  for (const [name, [cmd, args]] of Object.entries(variants)) {
    const cpuBefore = childrenCpu();
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpuAfter = childrenCpu();
    if (r.status !== 0) throw new Error(`${name} exited ${r.status}: ${r.stderr}`);
    // The first runs warm the file cache; they are not counted.
    if (i < 3) continue;
    results[name].wall.push(ms);
    if (cpuBefore !== null && cpuAfter !== null) results[name].cpu += cpuAfter - cpuBefore;
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bare = results['node -e ""'];
console.log(`node ${process.version}, ${cpus().length} CPUs, ${runs} runs each, interleaved; ratios to bare Node (target for summary ≤ 1.5×)`);
for (const [name, r] of Object.entries(results)) {
  const ratios = r === bare ? '' : `   ratio: wall ${(median(r.wall) / median(bare.wall)).toFixed(2)}×, CPU ${(r.cpu / bare.cpu).toFixed(2)}×`;
  console.log(`${name.padEnd(32)} wall median ${median(r.wall).toFixed(1).padStart(6)} ms   CPU mean ${((r.cpu / runs) * 1000).toFixed(1).padStart(6)} ms${ratios}`);
}

// Which packages the pipe loads: a resolve hook lists every module as it is loaded.
const hook = path.join(dir, 'hook.mjs');
writeFileSync(hook, "export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write(`LOADED ${r.url}\\n`); return r; }\n");
const register = path.join(dir, 'register.mjs');
writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`);
const traced = spawnSync(process.execPath, ['--import', register, ...variants['summary small.csv --format csv'][1]], { env, encoding: 'utf8' });
const urls = [...new Set(traced.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7)))];
const packages = new Map();
for (const url of urls) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  const key = m ? m[1] : url.startsWith('node:') ? 'node: built-ins' : 'reform-report (dist)';
  packages.set(key, (packages.get(key) ?? 0) + 1);
}
console.log('modules loaded:', [...packages].map(([k, n]) => `${k} ${n}`).join(', '));
console.log(`exceljs loaded: ${packages.has('exceljs') ? 'YES' : 'no'}`);
