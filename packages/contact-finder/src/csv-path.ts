/**
 * Which spreadsheet column a problem's path points at: `phones[0].number` → `phone`,
 * `location.postal_code` → `postal_code`. The check names CSV rows with it (`rij 3.phone`);
 * Studio puts a problem next to the field that edits that column.
 */
const FIELD_COLUMN: [RegExp, string][] = [
  [/^phones\[0\]\.number/, 'phone'],
  [/^phones\[0\]\.languages/, 'phone_languages'],
  [/^url/, 'website'],
  [/^location\.address_1/, 'address'],
  [/^location\.(\w+)/, '$1'],
  [/^organization\.name/, 'organization'],
  [/^organization\.url/, 'organization_url'],
  [/^photo\.url/, 'photo'],
  // A text in another language has its own column: `role.ar` → `role:ar`.
  [/^(role|description)\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)$/, '$1:$2'],
  [/^photo\.alt\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)$/, 'photo_alt:$1'],
  [/^photo\.alt/, 'photo_alt'],
  [/^schedules/, 'hours'],
  [/^service_areas/, 'areas'],
  [/^(\w+).*/, '$1'],
];

/** The column of a path inside one contact (`phones[0].number` → `phone`). */
export function columnOf(path: string): string {
  for (const [pattern, column] of FIELD_COLUMN)
    // Dutch is the column without a language: `role`, not `role:nl`.
    if (pattern.test(path)) return path.replace(pattern, column).replace(/:nl$/, '');
  return path;
}
