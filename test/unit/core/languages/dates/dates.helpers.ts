import { tagDates } from '../../../../../src/core/tagging/dates/tagDates';
import type { LanguageCode } from '../../../../../src/core/tagging/types';

/** [text, value, precision, flags] of every date found, for compact assertions. */
export function dates(text: string, lang: LanguageCode, referenceDate?: string): (string | undefined)[][] {
  return tagDates(text, lang, referenceDate).map((span) => [span.text, span.value, span.precision, span.relative ? 'relative' : span.inferred ? 'inferred' : undefined].filter((part) => part !== undefined));
}

/** [text, TIMEX3 kind, value, mod] of every temporal expression found. */
export function timexes(text: string, lang: LanguageCode, referenceDate?: string): (string | undefined)[][] {
  return tagDates(text, lang, referenceDate).map((span) => [span.text, span.timex, span.value, span.mod].filter((part) => part !== undefined));
}
