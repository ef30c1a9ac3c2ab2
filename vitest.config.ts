import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Guards against a hang, not speed checks: on a shared 2-core machine at load 20 a build of
    // the example takes 30 s and a beforeAll over it more than 10 s.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The built CLI (test/helpers/in-process.ts) runs as Node loads it, not through vite.
    server: { deps: { external: [/\/dist\//] } },
  },
});
