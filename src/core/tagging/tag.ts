import { applyEntityDecisions, type EntityDecisions } from '../knowledge/entityDecisions';
import { linkEntities } from '../knowledge/link';
import { tagDates } from './dates/tagDates';
import { tagWithGazetteer } from './entities/gazetteerTagger';
import { findOrganisationPhrases, findUnknownNames } from './entities/unknownNames';
import { defaultGazetteer, type Gazetteer } from './gazetteer/gazetteer';
import { identifyLanguage } from './lang/identify';
import { sloganFilter, withClosingQuotes } from './quotes';
import { joinAdjacentOrganisations, linkShortMentions, resolveOverlaps } from './refine';
import { tagRepeatedNames } from './model/consistency';
import type { Scorer } from './model/entityModel';
import { tagWithModel } from './model/modelSource';
import { shippedModel } from './model/shippedModel';
import { tokenizeWords } from '../text/tokenize';
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

/**
 * Languages the entity model tags: those with an annotated training corpus. Azerbaijani has none;
 * there the model's transferred guesses were less precise than rules and gazetteers, so it is off.
 */
const MODEL_LANGUAGES: ReadonlySet<string> = new Set(['kk', 'ru']);

export interface TagContext {
  gazetteer?: Gazetteer;
  /** Link entity spans to the knowledge base and the corpus's own entities (default true). */
  link?: boolean;
  /** The curator's merges and splits of entities (.corpus/entities.yaml), applied to the links. */
  entityDecisions?: EntityDecisions;
  /** The entity model; `null` tags with rules and gazetteers only. Default: the shipped model once loaded. */
  model?: Scorer | null;
}

/**
 * Tags a text: language and script, then dates and named entities as spans with canonical forms
 * (UTF-16 offsets into `text`). Names from the gazetteer win over dates, dates over the entity
 * model's names (kk, ru), and those over names found only by their shape.
 */
export function tag(text: string, options: TagOptions = {}, context: TagContext = {}): TagResult {
  const guess = identifyLanguage(text);
  const lang = options.lang ?? guess.lang;
  if (lang === 'und') return { lang, script: guess.script, spans: tagDates(text, 'und', options.referenceDate) };
  const tokens = tokenizeWords(text);
  const gazetteer = context.gazetteer ?? defaultGazetteer();
  const known = tagWithGazetteer(text, tokens, lang, gazetteer);
  const dates = tagDates(text, lang, options.referenceDate);
  const claimedBy = (token: { start: number; end: number }): Span | undefined => overlapping(known, token)[0];
  const outsideSlogans = sloganFilter(text);
  const unknown = outsideSlogans(findUnknownNames(text, tokens, lang, (token) => claimedBy(token) !== undefined));
  const phrases = outsideSlogans(findOrganisationPhrases(text, tokens, lang, (token) => {
    const span = claimedBy(token);
    if (span === undefined) return undefined;
    if (span.kind === 'PER') return 'other';
    if (span.kind !== 'LOC') return 'qualifier';
    return span.text === span.canonical || /(?:ның|нің|дың|дің|тың|тің|nın|nin|nun|nün|ın|in|un|ün|сы|сі)$/u.test(span.text) ? 'qualifier' : 'other';
  }));
  // A phrase that takes in whole known names wins over them (ЕҚЫҰ … бюросы), never over a date.
  const enclosingKnown = (phrase: Span): boolean => {
    const inside = overlapping(known, phrase);
    return inside.length > 0 && inside.every((span) => span.start >= phrase.start && span.end <= phrase.end && span.end - span.start < phrase.end - phrase.start)
      && overlapping(dates, phrase).length === 0;
  };
  const model = !MODEL_LANGUAGES.has(lang) ? undefined : context.model === undefined ? shippedModel() : context.model;
  const learnt = model ? outsideSlogans(tagWithModel(text, lang, model, known)) : [];
  const enclosing = phrases.filter(enclosingKnown);
  // A person's full name found by rules that ends with the model's surname alone (Айдос Сарым, Сарым) extends it.
  const extending = unknown.filter((rule) => {
    const inside = overlapping(learnt, rule);
    const only = inside[0];
    return rule.kind === 'PER' && inside.length === 1 && only !== undefined && only.kind === 'PER' && only.start > rule.start && only.end === rule.end
      && overlapping(known, rule).length === 0 && /^\p{Lu}\p{Ll}+\s$/u.test(text.slice(rule.start, only.start));
  });
  const resolved = joinAdjacentOrganisations(text, withClosingQuotes(text, resolveOverlaps([enclosing, known, dates, extending, learnt, phrases, unknown])));
  const spans = linkShortMentions(model ? tagRepeatedNames(tokens, resolved, lang) : resolved);
  if (context.link === false) return { lang, script: guess.script, spans };
  const linked = linkEntities(spans, lang);
  return { lang, script: guess.script, spans: context.entityDecisions ? applyEntityDecisions(linked, context.entityDecisions, options.article) : linked };
}

/** The tagger that uses `gazetteer` (a workspace gazetteer merged over the shipped one) and the curator's entity decisions. */
export function taggerWith(gazetteer: Gazetteer, entityDecisions?: EntityDecisions): Tagger {
  return (text, options) => tag(text, options, { gazetteer, ...(entityDecisions ? { entityDecisions } : {}) });
}
