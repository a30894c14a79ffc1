import { toAzerbaijaniLatin } from '../../../text/transliterate';
import type { AnnotatedText } from './corpora';

/**
 * A Kazakh annotated text spelled in the Azerbaijani Latin alphabet (Қазақстанның → Qazaqstannın),
 * with the offsets of every name carried through: a proxy for Azerbaijani, for which no annotated
 * corpus exists (the learning curve measures on it; TrainingOptions.azLatinShare trains on it too,
 * which the shipped model does not: see the README).
 */
export function kazakhInAzerbaijaniLatin(text: AnnotatedText): AnnotatedText {
  const latin = toAzerbaijaniLatin(text.text);
  return {
    name: `${text.name}:az-latin`, lang: 'az', text: latin.text,
    spans: text.spans.map((span) => ({ start: latin.offsets[span.start] ?? 0, end: latin.offsets[span.end] ?? 0, kind: span.kind })),
  };
}
