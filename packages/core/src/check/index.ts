// The shared parts of every widget's content check (`@wegwijs/<widget>/check`).
export * from './messages.js';
export * from './message-table.js';
export * from './problem.js';
export * from './rules.js';
export * from './schema-check.js';
export * from './profile.js';
export * from './widget-check.js';
export * from './unknown-keys.js';
