// @wegwijs/core/check: the shared parts of every widget's content check (problems with codes,
// Dutch and English messages, JSON-Schema-friendly rules, the municipality profile).
export * from './check/index.js';
