import { identifyLanguage } from './lang/identify';
import type { TagOptions, TagResult } from './types';

/**
 * The tagging engine's entry point. Today it identifies language and script; the date and
 * named-entity taggers plug in here and fill `spans`.
 */
export function tag(text: string, options: TagOptions = {}): TagResult {
  const guess = identifyLanguage(text);
  const lang = options.lang ?? guess.lang;
  return { lang, script: guess.script, spans: [] };
}
