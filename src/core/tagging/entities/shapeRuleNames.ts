import { languagePack } from '../../languages/registry';
import type { Token } from '../../text/tokenize';
import type { LanguageCode, Span } from '../types';
import { findOrganisationPhrases, findUnknownNames } from './unknownNames';
import { overlapping } from '../spanSearch';

/**
 * What the shape rules find in a text, before slogans are left out: names by their shape, and
 * organisations by their head phrase; `listed` is the gazetteer's names they were found beside.
 */
export interface ShapeRuleNames { readonly names: Span[]; readonly phrases: Span[]; readonly listed: readonly Span[] }

/**
 * The shape rules on a text whose gazetteer names are `listed` (in text order, not overlapping):
 * a listed word is no unknown name, and a listed place qualifies an organisation's phrase only in
 * its base form or in the case the language's organisations take their qualifier in.
 */
export function shapeRuleNames(text: string, words: readonly Token[], lang: LanguageCode, listed: readonly Span[]): ShapeRuleNames {
  const headFinal = languagePack(lang).names.headFinalOrganisations;
  const names = findUnknownNames(text, words, lang, (token) => overlapping(listed, token).length > 0);
  const phrases = findOrganisationPhrases(text, words, lang, (token) => {
    const span = overlapping(listed, token)[0];
    if (span === undefined) return undefined;
    if (span.kind === 'PER') return 'other';
    if (span.kind !== 'LOC') return 'qualifier';
    return span.text === span.canonical || (headFinal !== false && headFinal.qualifierEnding.test(span.text)) ? 'qualifier' : 'other';
  });
  return { names, phrases, listed };
}

/**
 * The rules' organisations (all they name but persons) as the entity model reads them (a
 * feature, see features.ts), in text order, the leftmost and then the longest where they overlap (a person
 * among them takes its place, and is then left out). The rules' persons (initials and surnames,
 * names after a role) are left out: the model finds persons by their own features, and on five
 * folds of the training part reading the rules' persons too cost Russian persons F1 0.845 → 0.833
 * for no gain in Kazakh.
 */
export function ruleNamesForModel(found: ShapeRuleNames): Span[] {
  const chosen: Span[] = [];
  let end = 0;
  for (const span of [...found.phrases, ...found.names].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (span.start < end) continue;
    chosen.push(span);
    end = span.end;
  }
  return chosen.filter((span) => span.kind !== 'PER');
}
