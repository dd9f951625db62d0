#!/usr/bin/env node
// `npm run bench`: measure (measure.mjs → docs/benchmarks.json), then report (report.mjs →
// docs/benchmarks.md). Method: see benchmarks.template.md.
// Usage: node packages/bench/run.mjs [--runs N] [--skip-runtime] [--skip-scale] [--skip-lighthouse]
await import('./measure.mjs');
await import('./report.mjs');
