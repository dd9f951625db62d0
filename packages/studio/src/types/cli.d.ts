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
