/** Runs the whole pipeline over messy fixtures, from the repository root, with a fixed "today". */
import { runPipeline, type PipelineOptions } from '../../src/cli/pipeline.js';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export function run(inputs: string[], opts: Partial<PipelineOptions> = {}) {
  return runPipeline({ inputs, cwd: repoRoot, now: new Date(2024, 10, 30), ...opts });
}
