/**
 * The version of this copy of Wegwijs: generated from package.json by the build
 * (scripts/write-version.mjs), so a release can never ship a stale one.
 */
export { VERSION } from './generated/version.js';
