import type { LanguageCode, ScriptCode } from '../types';

export interface LanguageGuess {
  lang: LanguageCode | 'und';
  script: ScriptCode | 'Zyyy';
}

/** Letters Kazakh Cyrillic has and Russian lacks. */
const KAZAKH_LETTERS = /[әғқңөұүһі]/u;
/**
 * Of those, the ones Kyrgyz, Tatar, Ukrainian and Mongolian lack (they share ң ө ү, ә or і with
 * Kazakh): a Kazakh text has words with them; a text without any is not called Kazakh.
 */
const KAZAKH_DISTINCT_LETTERS = /[ғқұ]/u;
/**
 * Letters of the region's other Cyrillic languages that kk, ru and az never use: Uzbek and
 * Karakalpak ў ҳ, Tajik ҷ ӣ ӯ ҳ, Ukrainian ї є ґ, Belarusian ў, Tatar җ, Bashkir ҡ ҙ ҫ. A few in
 * a long text are names; more mean the text is in another language.
 */
const OTHER_CYRILLIC_LETTERS = /[ўҳҷӣӯїєґҗҡҙҫ]/gu;
/** Letters only Azerbaijani Cyrillic (1939–1991) has. */
const AZERBAIJANI_CYRILLIC_LETTERS = /[ҹҝј]/gu;
/** The schwa sets Azerbaijani Latin apart from Turkish, Uzbek and the rest. */
const AZERBAIJANI_LATIN_LETTER = /ə/gu;
const RUSSIAN_FUNCTION_WORDS = new Set(['и', 'в', 'во', 'на', 'с', 'со', 'что', 'по', 'не', 'для', 'как', 'это', 'от', 'из', 'к', 'о', 'об', 'а', 'но', 'за', 'при', 'его', 'ее', 'её', 'также', 'был', 'была', 'были', 'будет']);
const WORD = /[\p{L}\p{M}]+/gu;

/** Language is clear long before this many characters; a longer text is sampled at its start. */
const SAMPLE_LENGTH = 20_000;

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}

/**
 * Identifies kk, ru or az (else `und`) and the script, from the letters each language owns:
 * the share of words with Kazakh-only letters against Russian function words for Cyrillic, the
 * schwa for Latin. Letters of the region's other languages (Uzbek, Tajik, Kyrgyz, Ukrainian…)
 * make it `und` rather than a wrong guess. Works for a document and for a single sentence.
 */
export function identifyLanguage(fullText: string): LanguageGuess {
  const text = fullText.length > SAMPLE_LENGTH ? fullText.slice(0, SAMPLE_LENGTH) : fullText;
  const cyrillic = countMatches(text, /\p{Script=Cyrillic}/gu);
  const latin = countMatches(text, /\p{Script=Latin}/gu);
  if (cyrillic + latin === 0) return { lang: 'und', script: 'Zyyy' };
  const words = (text.toLocaleLowerCase('ru').match(WORD) ?? []);
  if (cyrillic >= latin) {
    if (countMatches(text.toLocaleLowerCase('az'), AZERBAIJANI_CYRILLIC_LETTERS) >= 2) return { lang: 'az', script: 'Cyrl' };
    const cyrillicWords = words.filter((word) => /\p{Script=Cyrillic}/u.test(word));
    if (cyrillicWords.length === 0) return { lang: 'und', script: 'Cyrl' };
    if (countMatches(text.toLocaleLowerCase('ru'), OTHER_CYRILLIC_LETTERS) >= Math.max(1, cyrillic * 0.005)) return { lang: 'und', script: 'Cyrl' };
    const kazakhShare = cyrillicWords.filter((word) => KAZAKH_LETTERS.test(word)).length / cyrillicWords.length;
    const russianShare = cyrillicWords.filter((word) => RUSSIAN_FUNCTION_WORDS.has(word)).length / cyrillicWords.length;
    const kazakhDistinct = cyrillicWords.some((word) => KAZAKH_DISTINCT_LETTERS.test(word));
    if (kazakhShare >= 0.12 && kazakhShare > russianShare) return { lang: kazakhDistinct ? 'kk' : 'und', script: 'Cyrl' };
    // Without a single Kazakh letter, even a short Cyrillic text (ООН заявила) is Russian.
    if (russianShare >= 0.04 || kazakhShare === 0 || (kazakhShare < 0.04 && cyrillicWords.length >= 3)) return { lang: 'ru', script: 'Cyrl' };
    return { lang: 'und', script: 'Cyrl' };
  }
  const schwas = countMatches(text.toLocaleLowerCase('az'), AZERBAIJANI_LATIN_LETTER);
  return { lang: schwas > 0 && schwas / latin >= 0.005 ? 'az' : 'und', script: 'Latn' };
}
