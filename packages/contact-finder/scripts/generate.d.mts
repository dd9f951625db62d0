import type { Directory } from '../src/types.js';

export function rng(seed: number): () => number;
/** The 30 fictional contacts of Voorbeeldstad. */
export function voorbeeldstad(): Directory;
/** `n` generated contacts (deterministic for a seed). */
export function generateContacts(n: number, seed?: number): Directory;
/** The spreadsheet export (semicolons, BOM). */
export function toCsv(directory: Directory): string;
