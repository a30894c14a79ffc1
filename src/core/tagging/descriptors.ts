import { dictionaryReading } from './model/lexicon';
import type { LanguageCode, Span } from './types';

/** Between a descriptor and the quoted name it describes: spaces, if any, and an opening quote. */
const BEFORE_QUOTED_NAME = /^\s*[«“„"]$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

/**
 * Leaves out an organisation the model or a rule proposes right before a «quoted» organisation
 * when every word of it is a common word of the language's dictionary (`Общественного фонда
 * «Хартия за права человека»`): it is the descriptor, and the annotators' convention, ours too,
 * tags the name only. A name the dictionary does not know as common (`Верховный суд РК`), one
 * that stands alone, and the gazetteers' names are kept.
 */
export function withoutDescriptors(text: string, spans: readonly Span[], lang: LanguageCode): Span[] {
  return spans.filter((span, index) => {
    const next = spans[index + 1];
    if ((span.source !== 'model' && span.source !== 'rule') || span.kind !== 'ORG' || next?.kind !== 'ORG') return true;
    if (!BEFORE_QUOTED_NAME.test(text.slice(span.end, next.start))) return true;
    return !(span.text.match(WORD) ?? []).every((word) => /^\p{Ll}/u.test(word) || dictionaryReading(word, lang) === 'common');
  });
}
