#!/usr/bin/env node
// dist/cli/main.js as scripts/bundle.mjs bundled it: the same code in fewer files, for start-up.
// With REFORM_REPORT_DEBUG set, a bug's stack trace names the compiled files, not the chunks.
if (process.env.REFORM_REPORT_DEBUG) process.setSourceMapsEnabled(true);
await import('../dist/bundle/main.js');
