import { applyEntityDecisions, type EntityDecisions } from '../knowledge/entityDecisions';
import { linkEntities } from '../knowledge/link';
import { tagDates } from './dates/tagDates';
import { tagWithGazetteer } from './entities/gazetteerTagger';
import { findOrganisationPhrases, findUnknownNames } from './entities/unknownNames';
import { defaultGazetteer, type Gazetteer } from './gazetteer/gazetteer';
import { identifyLanguage } from './lang/identify';
import { outsideSlogans, withClosingQuotes } from './quotes';
import { joinAdjacentOrganisations, linkShortMentions, resolveOverlaps } from './refine';
import { tokenize } from './tokens';
import type { Span, Tagger, TagOptions, TagResult } from './types';

/** The spans (in text order, not overlapping) that overlap a range, found by binary search. */
function overlapping(spans: readonly Span[], range: { start: number; end: number }): Span[] {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.end ?? 0) <= range.start) low = middle + 1;
    else high = middle;
  }
  const found: Span[] = [];
  for (let i = low; i < spans.length && (spans[i]?.start ?? Infinity) < range.end; i++) found.push(spans[i] as Span);
  return found;
}

export interface TagContext {
  gazetteer?: Gazetteer;
  /** Link entity spans to the knowledge base and the corpus's own entities (default true). */
  link?: boolean;
  /** The curator's merges and splits of entities (.corpus/entities.yaml), applied to the links. */
  entityDecisions?: EntityDecisions;
}

/**
 * Tags a text: language and script, then dates and named entities as spans with canonical forms
 * (UTF-16 offsets into `text`). Names from the gazetteer win over dates, and dates over names
 * found only by their shape.
 */
export function tag(text: string, options: TagOptions = {}, context: TagContext = {}): TagResult {
  const guess = identifyLanguage(text);
  const lang = options.lang ?? guess.lang;
  if (lang === 'und') return { lang, script: guess.script, spans: tagDates(text, 'und', options.referenceDate) };
  const tokens = tokenize(text);
  const gazetteer = context.gazetteer ?? defaultGazetteer();
  const known = tagWithGazetteer(text, tokens, lang, gazetteer);
  const dates = tagDates(text, lang, options.referenceDate);
  const claimedBy = (token: { start: number; end: number }): Span | undefined => overlapping(known, token)[0];
  const unknown = outsideSlogans(text, findUnknownNames(text, tokens, lang, (token) => claimedBy(token) !== undefined));
  const phrases = outsideSlogans(text, findOrganisationPhrases(text, tokens, lang, (token) => {
    const span = claimedBy(token);
    if (span === undefined) return undefined;
    if (span.kind === 'PER') return 'other';
    if (span.kind !== 'LOC') return 'qualifier';
    return span.text === span.canonical || /(?:ның|нің|дың|дің|тың|тің|nın|nin|nun|nün|ın|in|un|ün|сы|сі)$/u.test(span.text) ? 'qualifier' : 'other';
  }));
  // An organisation phrase that takes in whole known names wins over them (ЕҚЫҰ … бюросы), never over a date.
  const enclosing = phrases.filter((phrase) => {
    const inside = overlapping(known, phrase);
    return inside.length > 0 && inside.every((span) => span.start >= phrase.start && span.end <= phrase.end && span.end - span.start < phrase.end - phrase.start)
      && overlapping(dates, phrase).length === 0;
  });
  const spans = linkShortMentions(joinAdjacentOrganisations(text, withClosingQuotes(text, resolveOverlaps([enclosing, known, dates, phrases, unknown]))));
  if (context.link === false) return { lang, script: guess.script, spans };
  const linked = linkEntities(spans, lang);
  return { lang, script: guess.script, spans: context.entityDecisions ? applyEntityDecisions(linked, context.entityDecisions, options.article) : linked };
}

/** The tagger that uses `gazetteer` (a workspace gazetteer merged over the shipped one) and the curator's entity decisions. */
export function taggerWith(gazetteer: Gazetteer, entityDecisions?: EntityDecisions): Tagger {
  return (text, options) => tag(text, options, { gazetteer, ...(entityDecisions ? { entityDecisions } : {}) });
}
