import { canonicalName, type Gazetteer, type GazetteerEntry } from '../gazetteer/gazetteer';
import { candidateKeys, isAcronym } from '../morphology';
import { CharacterSet } from '../../text/characters';
import { startsUpper, type Token } from '../../text/tokenize';
import type { LanguageCode, Span } from '../types';

/** What may stand between the words of one name: spaces, initials' dots, commas, quotes, dashes; never a line break. */
const NAME_GAP = new CharacterSet(' \t\u00a0.,«»"„“”\'’–—-');

interface Alias { keys: readonly string[]; entry: GazetteerEntry }

/**
 * The longest of the gazetteer's names that starts at word `i` (the first found of that length),
 * if any. A word's names come from the gazetteer's memo of its candidate keys; a key repeated among them changes
 * nothing, as the same names are tried again and fail alike. Indexed loops: this runs for every
 * capitalised word, and array iterators would be garbage.
 */
function longestNameAt(text: string, tokens: readonly Token[], i: number, lang: LanguageCode, gazetteer: Gazetteer): Alias | undefined {
  let best: Alias | undefined;
  const lists = gazetteer.aliasListsOf((tokens[i] as Token).text, lang);
  for (let f = 0; f < lists.length; f++) {
    const aliases = lists[f] as readonly Alias[];
    for (let a = 0; a < aliases.length; a++) {
      const alias = aliases[a] as Alias;
      const length = alias.keys.length;
      if (best && best.keys.length >= length) break;
      if (i + length - 1 >= tokens.length) continue;
      let matches = true;
      for (let k = 1; k < length && matches; k++) {
        const previous = tokens[i + k - 1] as Token;
        const current = tokens[i + k] as Token;
        matches = NAME_GAP.covers(text, previous.end, current.start) && candidateKeys(current.text, lang).includes(alias.keys[k] ?? '');
      }
      if (matches) best = alias;
    }
  }
  return best;
}

/**
 * Finds the gazetteer's names in the text, inflected as the language inflects them, longest
 * name first at each word; a span covers whole words (a suffix after a hyphen excluded).
 */
export function tagWithGazetteer(text: string, tokens: readonly Token[], lang: LanguageCode, gazetteer: Gazetteer): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (!startsUpper(first.text)) continue;
    const alias = longestNameAt(text, tokens, i, lang, gazetteer);
    if (alias === undefined) continue;
    const length = alias.keys.length;
    const last = tokens[i + length - 1] as Token;
    const lastKey = alias.keys[length - 1] ?? '';
    const end = isAcronym(lastKey) && last.text !== lastKey && last.text.startsWith(lastKey) ? last.start + lastKey.length : last.end;
    spans.push({
      start: first.start, end, kind: alias.entry.kind, text: text.slice(first.start, end),
      canonical: canonicalName(alias.entry, lang),
      ...(alias.entry.wikidata ? { wikidata: alias.entry.wikidata } : {}),
    });
    i += length - 1;
  }
  return spans;
}
