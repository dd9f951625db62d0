import { endonym } from '@wegwijs/core/locale/endonyms';
import { directionOf } from '@wegwijs/core';

/** A language as editors see it: its own name, with the code ("العربية (ar)"). */
export const languageName = (code: string) => `${endonym(code)} (${code})`;
export const dirOf = (code: string) => directionOf(code);
