import { azTemporal } from '../locales/az/dates';
import { kkTemporal } from '../locales/kk/dates';
import { ruTemporal } from '../locales/ru/dates';
import { longestFirst } from '../overlaps';
import type { LanguageCode, Span } from '../types';
import { createTemporalParser } from './engine';
import { anchorOf, resolveMatch } from './normalize';
import { parseNumericDates } from './numeric';
import type { TemporalMatch } from './types';

const PARSERS: Record<LanguageCode, (text: string) => TemporalMatch[]> = {
  kk: createTemporalParser(kkTemporal),
  ru: createTemporalParser(ruTemporal),
  az: createTemporalParser(azTemporal),
};

/**
 * Every temporal expression of the text as DATE spans (their `timex` says DATE, TIME, DURATION or
 * SET) with TIMEX3 values, in text order. `referenceDate` is the anchor (the publication date);
 * without it, relative and partial expressions keep no value.
 */
export function tagDates(text: string, lang: LanguageCode | 'und', referenceDate: string | undefined): Span[] {
  const matches = [...parseNumericDates(text), ...(lang === 'und' ? [] : PARSERS[lang](text))];
  const anchor = anchorOf(referenceDate);
  return longestFirst(matches).map((match) => {
    const resolution = resolveMatch(match, anchor);
    const span: Span = { start: match.start, end: match.end, kind: 'DATE', text: text.slice(match.start, match.end), precision: match.precision, timex: match.kind };
    Object.assign(span, resolution);
    if (match.rangeEnd) {
      const last = resolveMatch(match.rangeEnd, anchor);
      const first = resolution.begin ?? resolution.value;
      const end = last.finish ?? last.value;
      delete span.value;
      if (first !== undefined && end !== undefined && !first.includes('/') && !end.includes('/')) Object.assign(span, { begin: first, finish: end, value: `${first}/${end}` });
      if (last.invalid !== undefined) span.invalid = last.invalid;
    }
    if (match.mod && match.endDay === undefined && match.endYear === undefined) span.mod = match.mod;
    if (match.shift !== undefined) span.relative = true;
    return span;
  });
}
