import { languagePack, languagePacks, registryGeneration } from '../../languages/registry';
import { longestFirst } from '../overlaps';
import type { LanguageCode, Span } from '../types';
import { createTemporalParser } from './engine';
import { anchorOf, resolveMatch } from './normalize';
import { parseNumericDates } from './numeric';
import type { TemporalMatch } from './types';

type Parser = (text: string) => TemporalMatch[];

/** Each language's parser, built the first time it is needed, and again when the registry changes. */
const parsers = new Map<LanguageCode, Parser>();
let parsersGeneration = registryGeneration();

function parserFor(lang: LanguageCode): Parser {
  if (parsersGeneration !== registryGeneration()) {
    parsers.clear();
    parsersGeneration = registryGeneration();
  }
  let parser = parsers.get(lang);
  if (!parser) {
    // A word ends where no letter of any registered language follows.
    const wordLetters = languagePacks().map((pack) => pack.letters).join('');
    parser = createTemporalParser({ ...languagePack(lang).dates, locale: lang, wordLetters });
    parsers.set(lang, parser);
  }
  return parser;
}

/**
 * Every temporal expression of the text as DATE spans (their `timex` says DATE, TIME, DURATION or
 * SET) with TIMEX3 values, in text order. `referenceDate` is the anchor (the publication date);
 * without it, relative and partial expressions keep no value.
 */
export function tagDates(text: string, lang: LanguageCode | 'und', referenceDate: string | undefined): Span[] {
  const matches = [...parseNumericDates(text), ...(lang === 'und' ? [] : parserFor(lang)(text))];
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
