import type { Directory } from '../src/types.js';

export function rng(seed: number): () => number;
/** The 30 fictional contacts of Voorbeeldstad. */
export function voorbeeldstad(): Directory;
/** `n` generated contacts (deterministic for a seed). */
export function generateContacts(n: number, seed?: number): Directory;
/** The spreadsheet export (semicolons, BOM), with these column keys (src/csv-columns.json). */
export function toCsv(directory: Directory, columns: readonly string[]): string;
/** One cell per column key. */
export const CELLS: Record<string, (contact: unknown, directory: Directory) => unknown>;
/** The template: the column table's keys and one example row. */
export function templateCsv(table: readonly { key: string; example: string }[]): string;
