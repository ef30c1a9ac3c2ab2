#!/usr/bin/env node
/**
 * `npm test`: the typecheck, the build (the end-to-end tests run the built CLI), then vitest with
 * any arguments given after `--`; then how long each step took, so that a slower suite is seen
 * when it happens (README, "Development", has the time it should take). CPU time (user + system
 * of every process the steps ran) is printed beside the wall-clock time because it is what a
 * busy machine does not inflate; it is read from /proc where there is one.
 */
import { spawnSync } from 'node:child_process';
import { childrenCpu } from './children-cpu.mjs';

const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['vitest', 'npx', ['vitest', 'run', ...process.argv.slice(2)]],
];


const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;
const start = performance.now();
const times = [];
let code = 0;
for (const [name, command, args] of steps) {
  const t = performance.now();
  const r = spawnSync(command, args, { stdio: 'inherit' });
  times.push(`${name} ${seconds(performance.now() - t)}`);
  code = r.status ?? 1;
  if (code !== 0) break;
}
const cpu = childrenCpu();
console.log(`\nnpm test: ${seconds(performance.now() - start)} (${times.join(', ')})${cpu === null ? '' : `; CPU ${cpu.toFixed(0)} s user+sys`}`);
process.exitCode = code;
