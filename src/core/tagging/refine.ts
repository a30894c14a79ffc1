import { competingOrder, keepNonOverlapping } from './overlaps';
import type { Span } from './types';
import { countWords, isInlineSpace } from '../text/characters';
import { caseEndingAfterJoiner } from '../text/tokenize';
import { endsAsMedium } from './entities/mediaNames';

/**
 * Resolves overlaps: spans from earlier groups win (gazetteer, then dates, then names found by
 * shape), and within a group the longer span wins. Returns spans in text order.
 */
export function resolveOverlaps(groups: readonly (readonly Span[])[]): Span[] {
  return keepNonOverlapping(groups.flatMap((group) => competingOrder(group)));
}

/**
 * Within one document, a short mention takes the canonical name of a fuller one of the same
 * person: Э.Азимова and Азимова → Эльвира Азимова; Е.Ашықбаев → Ержан Ашықбаев.
 */
export function linkShortMentions(spans: Span[]): Span[] {
  const fullBySurname = new Map<string, Span[]>();
  for (const span of spans) {
    const canonical = span.canonical ?? '';
    if (span.kind !== 'PER' || !canonical.includes(' ') || /^\p{Lu}\.\s/u.test(canonical)) continue;
    const surname = canonical.slice(canonical.lastIndexOf(' ') + 1);
    const named = fullBySurname.get(surname);
    if (named) named.push(span);
    else fullBySurname.set(surname, [span]);
  }
  return spans.map((span) => {
    if (span.kind !== 'PER') return span;
    const canonical = span.canonical ?? span.text;
    const surname = canonical.replace(/^\p{Lu}\.\s?/u, '');
    if (surname.includes(' ') && !/^\p{Lu}\.\s?/u.test(canonical)) return span;
    const initial = /^(\p{Lu})\./u.exec(canonical)?.[1];
    const full = fullBySurname.get(surname)?.find((person) => initial === undefined || (person.canonical ?? '').startsWith(initial));
    return full ? { ...span, canonical: full.canonical ?? canonical, ...(full.wikidata ? { wikidata: full.wikidata } : {}) } : span;
  });
}

/**
 * A name's last word as the oblique-case pattern reads it (a stem of three letters or more and an
 * ending): an ending after a hyphen is an ending whatever its stem (`TV-dən`), so it is read after
 * a stand-in stem of three letters.
 */
function asOneWord(name: string): string {
  const ending = caseEndingAfterJoiner(name);
  return ending === undefined ? name : `xxx${ending}`;
}

/** The most words two or more adjacent organisations are joined into (the corpora's longest name has 10). */
const MAX_JOINED_WORDS = 20;

/**
 * Two organisations with nothing but a space between them are one: a unit named after the body
 * it belongs to (Қытай Саясат және құқық университеті Адам құқықтарын зерттеу институты). The
 * whole takes the canonical forms of both parts; a Wikidata id of one part is not the whole's.
 * A whole stays within MAX_JOINED_WORDS: a run of organisations without end (a hostile or broken
 * text) is not one name, and the linking of a name grows with the square of its words. After a
 * word in a case that only a name's last word takes (`obliqueCase` of a head-final language: the
 * locative, the ablative) the next organisation is another name (`Ombudsman Aparatından |
 * AZƏRTAC`: "from the Ombudsman's Office, AZƏRTAC …"). A medium is no unit of the body before it
 * (`Bakı Apellyasiya Məhkəməsi | Abzas Media`).
 */
export function joinAdjacentOrganisations(text: string, spans: readonly Span[], obliqueCase?: RegExp): Span[] {
  const joined: Span[] = [];
  let joinedWords = 0;
  for (const span of spans) {
    const previous = joined.at(-1);
    const words = countWords(span.text);
    const endsInObliqueCase = obliqueCase !== undefined && previous !== undefined && obliqueCase.test(asOneWord(previous.text));
    if (previous?.kind === 'ORG' && span.kind === 'ORG' && !endsInObliqueCase && !endsAsMedium(span.text) && joinedWords + words <= MAX_JOINED_WORDS && isInlineSpace(text, previous.end, span.start)) {
      joined[joined.length - 1] = { start: previous.start, end: span.end, kind: 'ORG', text: text.slice(previous.start, span.end), canonical: `${previous.text} ${span.canonical ?? span.text}`, ...(previous.source ? { source: previous.source } : {}) };
      joinedWords += words;
    } else {
      joined.push(span);
      joinedWords = words;
    }
  }
  return joined;
}
