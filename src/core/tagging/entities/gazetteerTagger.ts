import { canonicalName, type Gazetteer } from '../gazetteer/gazetteer';
import { candidateKeys, isAcronym } from '../morphology';
import { CharacterSet } from '../../text/characters';
import { startsUpper, type Token } from '../../text/tokenize';
import type { LanguageCode, Span } from '../types';

/** What may stand between the words of one name: spaces, initials' dots, commas, quotes, dashes; never a line break. */
const NAME_GAP = new CharacterSet(' \t\u00a0.,«»"„“”\'’–—-');

/**
 * Finds the gazetteer's names in the text, inflected as the language inflects them, longest
 * name first at each word; a span covers whole words (a suffix after a hyphen excluded).
 */
export function tagWithGazetteer(text: string, tokens: readonly Token[], lang: LanguageCode, gazetteer: Gazetteer): Span[] {
  // A word's keys, worked out once per token (a repeated key changes nothing: the same names are tried again and fail alike).
  const keys: (readonly string[] | undefined)[] = new Array<readonly string[] | undefined>(tokens.length);
  const candidatesAt = (index: number): readonly string[] => (keys[index] ??= candidateKeys(tokens[index]?.text ?? '', lang));
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || !startsUpper(first.text)) continue;
    let best: { length: number; span: Span } | undefined;
    for (const key of candidatesAt(i)) {
      for (const alias of gazetteer.aliasesStartingWith(key)) {
        const length = alias.keys.length;
        if (best && best.length >= length) break;
        const last = tokens[i + length - 1];
        if (!last) continue;
        let matches = true;
        for (let k = 1; k < length && matches; k++) {
          const previous = tokens[i + k - 1];
          const current = tokens[i + k];
          matches = previous !== undefined && current !== undefined
            && NAME_GAP.covers(text, previous.end, current.start)
            && candidatesAt(i + k).includes(alias.keys[k] ?? '');
        }
        if (!matches) continue;
        const lastKey = alias.keys[length - 1] ?? '';
        const end = isAcronym(lastKey) && last.text !== lastKey && last.text.startsWith(lastKey) ? last.start + lastKey.length : last.end;
        best = {
          length,
          span: {
            start: first.start, end, kind: alias.entry.kind, text: text.slice(first.start, end),
            canonical: canonicalName(alias.entry, lang),
            ...(alias.entry.wikidata ? { wikidata: alias.entry.wikidata } : {}),
          },
        };
      }
    }
    if (best) {
      spans.push(best.span);
      i += best.length - 1;
    }
  }
  return spans;
}
