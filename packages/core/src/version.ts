/** The version of this copy of Wegwijs; a test keeps it equal to package.json. */
export const VERSION = '0.1.0';
