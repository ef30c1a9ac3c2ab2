import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Guards against a hang, not speed checks: on a shared 2-core machine at load 20 a build of
    // the example takes 30 s and a beforeAll over it more than 10 s.
    testTimeout: 120_000,
    // Vitest runs files on CPUs − 1 workers: one, on the 2-core machines this suite runs on, so
    // the files ran one after another while most of them wait on a spawned CLI, LibreOffice or
    // chromium. Two workers keep both cores busy (README, "Development": vitest 345 → 192 s).
    maxWorkers: 2,
    // A worker runs its files one after another in one module graph instead of a fresh one per
    // file: src/ and the built CLI (test/helpers/in-process.ts) are loaded and warmed once per
    // worker, not 108 times (vitest 195 → 162 s, 360 → 298 s of CPU on a quiet machine). A test
    // that changes process-wide state (process.env, the folder, stdout) puts it back itself.
    isolate: false,
    hookTimeout: 120_000,
    // The built CLI (test/helpers/in-process.ts) runs as Node loads it, not through vite.
    server: { deps: { external: [/\/dist\//] } },
  },
});
