/**
 * Intl formatters, made once per locale and options. Making one loads locale data from ICU
 * (a millisecond or more on a phone), and one contact card formats up to 30 times (its opening
 * hours, its languages): made per call, the formatters filled most of every render of the
 * result list, a long task on a slow phone (issue 23). A locale the browser rejects throws, as
 * the constructor does, and is not remembered.
 */
const made = new Map<string, Intl.DateTimeFormat | Intl.ListFormat>();

function once<T extends Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let formatter = made.get(key) as T | undefined;
  if (!formatter) made.set(key, (formatter = make()));
  return formatter;
}

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  once(`d ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

export const listFormat = (locale: string, options: Intl.ListFormatOptions) =>
  once(`l ${locale} ${JSON.stringify(options)}`, () => new Intl.ListFormat(locale, options));
