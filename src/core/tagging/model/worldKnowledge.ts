import { Gazetteer, type GazetteerEntry } from '../gazetteer/gazetteer';
import { candidateKeys } from '../morphology';
import type { Token } from '../tokens';
import type { LanguageCode, Span } from '../types';
import cldr from './worldKnowledge.json';

interface Region { code: string; kk: string; ru: string; az: string; en: string }

let regions: Gazetteer | undefined;

/**
 * Country, region and territory names in kk, ru, az and en from CLDR (worldKnowledge.json),
 * matched in any inflected form through the languages' morphology. The model sees membership as
 * a feature; it does not tag a name only because it is listed.
 */
export function worldKnowledge(): Gazetteer {
  regions ??= new Gazetteer((cldr as { regions: Region[] }).regions.map((region): GazetteerEntry => ({
    kind: 'LOC', names: { kk: region.kk, ru: region.ru, az: region.az, en: region.en },
  })));
  return regions;
}

/**
 * The CLDR region names among `words` (the tagger's tokens), in any inflected form, the longest
 * name first. No allocation per word beyond the shared base-form cache.
 */
export function worldKnowledgeSpans(words: readonly Token[], lang: LanguageCode): Span[] {
  const gazetteer = worldKnowledge();
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i] as Token;
    const code = first.text.charCodeAt(0);
    if (!(code >= 0x41 && code <= 0x5a) && !(code >= 0x400 && code <= 0x42f) && !/^\p{Lu}/u.test(first.text)) continue;
    let longest = 0;
    for (const key of candidateKeys(first.text, lang)) {
      for (const alias of gazetteer.aliasesStartingWith(key)) {
        const length = alias.keys.length;
        if (length <= longest) continue;
        let matches = true;
        for (let k = 1; k < length && matches; k++) matches = i + k < words.length && candidateKeys((words[i + k] as Token).text, lang).includes(alias.keys[k] ?? '');
        if (matches) longest = length;
      }
    }
    if (longest === 0) continue;
    const last = words[i + longest - 1] as Token;
    spans.push({ start: first.start, end: last.end, kind: 'LOC', text: '' });
    i += longest - 1;
  }
  return spans;
}
