// The checker is plain JavaScript with JSDoc; Studio uses only its readability score (a module
// without Node APIs or dependencies).
declare module '@wegwijs/cli/readability' {
  export interface ReadabilityScore {
    words: number;
    sentences: number;
    fleschDouma: number;
    brouwer: number;
    scored: boolean;
    aboveB1: boolean;
    longSentences: { text: string; words: number }[];
    terms: string[];
    longWords: string[];
    jargon: boolean;
  }
  export function readability(
    source: string,
    options?: { findTerms?: (text: string) => string[] },
  ): ReadabilityScore;
}

// The checker's library (`wegwijs check` without the command line), used by Studio's tests to
// prove that what Studio exports passes the checker.
declare module '@wegwijs/cli' {
  export interface CheckProblem {
    severity: 'error' | 'warning' | 'info';
    code: string;
    message: string;
    path?: string;
    file?: string;
    line?: number;
  }
  export interface FileReport {
    file: string;
    widget: string | null;
    ok: boolean;
    errors: number;
    warnings: number;
    checks: {
      id: string;
      status: string;
      problems: CheckProblem[];
      info?: Record<string, unknown>;
    }[];
  }
  export function checkContent(
    options: {
      url: URL;
      text: string | null;
      rootUrl?: URL;
      lang?: 'nl' | 'en';
      widget?: string;
    },
    io?: {
      exists?: (url: URL) => Promise<boolean>;
      readText?: (url: URL) => Promise<string | null>;
    },
  ): Promise<FileReport>;
}
