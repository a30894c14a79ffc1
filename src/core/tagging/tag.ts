import { tagDates } from './dates/tagDates';
import { tagWithGazetteer } from './entities/gazetteerTagger';
import { findUnknownNames } from './entities/unknownNames';
import { defaultGazetteer, type Gazetteer } from './gazetteer/gazetteer';
import { identifyLanguage } from './lang/identify';
import { linkShortMentions, resolveOverlaps } from './refine';
import { tokenize } from './tokens';
import type { TagOptions, TagResult } from './types';

export interface TagContext {
  gazetteer?: Gazetteer;
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
  const unknown = findUnknownNames(text, tokens, lang);
  return { lang, script: guess.script, spans: linkShortMentions(resolveOverlaps([known, dates, unknown])) };
}
