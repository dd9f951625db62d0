// The test runner serves node_modules as-is and papaparse is a UMD script (bundlers handle it,
// the dev server without a CommonJS plugin does not). Load the real library as a classic script.
import { papaparse } from '../../src/csv.js';

let loaded: Promise<typeof import('papaparse')> | undefined;
papaparse.load = () =>
  (loaded ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/papaparse/papaparse.min.js';
    script.onload = () => resolve((window as unknown as { Papa: typeof import('papaparse') }).Papa);
    script.onerror = reject;
    document.head.append(script);
  }));
