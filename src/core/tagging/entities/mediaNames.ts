import { isAt, isInlineSpace, LATIN, UPPER } from '../../text/characters';
import { hasLowerCaseAfterJoiner, type Token, wordStem } from '../../text/tokenize';
import { languagePack } from '../../languages/registry';
import type { LanguageCode, Span } from '../types';

/** Words that end a news medium's name written in Latin letters, in any language's text (Meydan TV, Abzas Media, Washington Post). */
const MEDIA_WORDS: ReadonlySet<string> = new Set(['TV', 'Media', 'FM', 'News', 'Times', 'Post', 'Press']);

/** The first letters of MEDIA_WORDS: most words are ruled out by their first code unit alone. */
const MEDIA_INITIALS: ReadonlySet<number> = new Set([...MEDIA_WORDS].map((word) => word.charCodeAt(0)));

/** The most capitalised words before the medium's word (New York Times). */
const MAX_WORDS_BEFORE = 3;

/** Whether a name ends in a medium's last word (`Toplum TV`, `Abzas Media`): a medium is no unit of the body before it. */
export function endsAsMedium(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return MEDIA_WORDS.has(wordStem(last));
}

/** A word in Latin letters with a capital first (Meydan, BBC). */
function isLatinCapitalised(token: Token | undefined): token is Token {
  return token !== undefined && isAt(token.text, 0, UPPER) && isAt(token.text, 0, LATIN);
}

/**
 * News media named by their last word (`Meydan TV`, `Abzas Media`, `Fox News`, `Washington
 * Post`): up to three capitalised Latin words right before one of MEDIA_WORDS, with the word, are
 * an organisation, without a case suffix after a hyphen or an apostrophe (`Meydan TV-nin`), as
 * acronyms are tagged. A name of `known` (the gazetteer's) in a case that only a name's last
 * word takes (the pack's `obliqueCase`) is not part of it: `Bakıda | Abzas Media`, while
 * `Meydan`, which only ends like one, is; nor is a known organisation's name of several words that
 * ends right before (`Bakı Ağır Cinayətlər Məhkəməsi | Toplum TV`). A medium a list names (the
 * knowledge base's `Meydan TV`) is left to the list, with no capitalised word before it taken in (`Dünən | Meydan TV`). The word alone is none. Linear in the words.
 */
export function findMediaNames(text: string, words: readonly Token[], lang: LanguageCode, known: readonly Span[] = []): Span[] {
  const headFinal = languagePack(lang).names.headFinalOrganisations;
  const oblique = headFinal === false ? undefined : headFinal.obliqueCase;
  let knownEnds: Map<number, number> | undefined;
  const inflectedKnownName = (token: Token): boolean => {
    if (oblique === undefined) return false;
    knownEnds ??= new Map(known.map((span) => [span.start, span.end]));
    return knownEnds.get(token.start) === token.end && oblique.test(token.text);
  };
  // A known organisation's name of several words ends before the medium's words: the words before are that name's (Bakı Ağır Cinayətlər Məhkəməsi | Toplum TV).
  const organisationEnding = new Map(known.filter((span) => span.kind === 'ORG').map((span) => [span.end, span]));
  const endsLongOrganisation = (end: number): boolean => /\s/u.test(organisationEnding.get(end)?.text ?? '');
  const spans: Span[] = [];
  for (let k = 1; k < words.length; k++) {
    const last = words[k] as Token;
    if (!MEDIA_INITIALS.has(last.text.charCodeAt(0))) continue;
    const bare = wordStem(last.text);
    if (!MEDIA_WORDS.has(bare)) continue;
    // A medium the lists know ends here: it is theirs to name, with the entity they give it (not `Dünən Meydan TV`).
    const end = last.start + bare.length;
    if (organisationEnding.has(end)) continue;
    let first = k;
    while (first > 0 && k - first < MAX_WORDS_BEFORE) {
      const before = words[first - 1];
      if (!isLatinCapitalised(before) || MEDIA_WORDS.has(before.text) || hasLowerCaseAfterJoiner(before.text) || inflectedKnownName(before) || endsLongOrganisation(before.end) || !isInlineSpace(text, before.end, (words[first] as Token).start)) break;
      first--;
    }
    if (first === k) continue;
    const start = (words[first] as Token).start;
    const name = text.slice(start, end);
    spans.push({ start, end, kind: 'ORG', text: name, canonical: name });
  }
  return spans;
}
