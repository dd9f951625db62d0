/**
 * Where a check problem belongs in the contact table: which contact (row) and which field
 * (spreadsheet column). Paths come as `contacts[2].phones[0].number` (the JSON check),
 * `contacts.2.name` (the contract's dotted form) or `rij 4.phone` (the CSV check).
 */
import { columnOf } from '@wegwijs/contact-finder/csv';
import type { StudioProblem } from '../contract.js';

export interface PlacedProblem extends StudioProblem {
  /** The contact's index in `contacts`; undefined for the list as a whole. */
  row?: number;
  /** The spreadsheet column key of the field (`phone`, `role:ar`); undefined for the row. */
  column?: string;
}

/** `contacts.2.name` → `contacts[2].name`. */
const bracketed = (path: string) => path.replace(/\.(\d+)(?=\.|\[|$)/g, '[$1]');

/** The field's column without what follows inside it (`hours[1].opens_at` → `hours`). */
const fieldOf = (rest: string | undefined) =>
  rest ? columnOf(rest).replace(/[.[].*$/, '') : undefined;

export function placeProblem(problem: StudioProblem): PlacedProblem {
  const path = bracketed(problem.path);
  const json = /^contacts\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (json) return { ...problem, row: Number(json[1]), column: fieldOf(json[2]) };
  // The spreadsheet's row numbers: the heading is row 1, so row 2 is contacts[0].
  const csv = /^rij (\d+)(?:\.(.+))?$/.exec(path);
  if (csv) return { ...problem, row: Number(csv[1]) - 2, column: fieldOf(csv[2]) };
  return { ...problem };
}
