import type { NameLanguage } from '../languages/registry';
import { nameSkeleton } from './transliterate';

/**
 * The key of an organisation's or event's name the knowledge base lacks, so that its case forms
 * meet in one corpus-local entity, as a person's and a place's do: Ішкі істер министрлігі,
 * министрлігінің, министрлігіне; Министерство, Министерства, Министерством внутренних дел; Daxili
 * İşlər Nazirliyi, Nazirliyinin, Nazirliyinə each give one key.
 *
 * It works on the name's skeleton (`nameSkeleton`: Latin letters by class, a double letter written
 * once), by the language's grammar, and takes off one ending, never a second (an abbreviation's
 * lower-case ending goes first: `МИДом`): Kazakh and
 * Azerbaijani inflect a name's last word alone, with one case ending after the possessive
 * (`министрлігі|нің`, `Nazirliyi|nin`), so the last word loses its case ending and then its
 * possessive; Russian declines the head noun and its adjectives, one ending each
 * (`Верховн|ого суд|а`), so every word loses one ending. A case ending after a hyphen goes with
 * the hyphen (`NATO-nun`, `TV-dən`). A stem keeps at least three letters.
 *
 * It is a key, not a name to show. Known limits: a Kazakh ending that begins with the stem's last
 * consonant is read with the consonant given back only for т (`Үкіметтің` → `ukimat`), so a
 * name ending in н keeps its genitive apart (`Нұр Отанның`, `Нұр Отан`); a Russian name's
 * instrumental in -ом, when the name is one word (`Газпромом`), keeps apart; and a Russian noun in -ия and
 * one without it meet (`Нигерии`, `Нигера`).
 */
export function foldedNameKey(name: string, lang: NameLanguage): string {
  // A Russian abbreviation takes its ending in lower case (МИДа, МИДом): the capitals are the name.
  const plain = name.split(/[\s\u00a0]+/u).map((word) => ACRONYM_WITH_ENDING.exec(word)?.[1] ?? word).join(' ');
  const words = nameSkeleton(plain, lang).split(' ').filter((word) => word !== '');
  if (lang === 'kk' || lang === 'az') {
    const last = words.length - 1;
    return words.map((word, index) => (index === last ? foldTurkic(word, lang) : word)).join(' ');
  }
  if (lang === 'ru') return words.map((word) => foldRussian(word, words.length === 1)).join(' ');
  return words.join(' ');
}

const ACRONYM_WITH_ENDING = /^(\p{Lu}{2,})\p{Ll}{1,3}$/u;

const SHORTEST_STEM = 3;

/** Endings as the skeleton writes them: vowels a i o u, k for к қ г ғ (and q ğ), a glide beside a vowel left out. */
const CASES: Readonly<Record<'kk' | 'az', readonly string[]>> = {
  // ablative, locative, genitive, instrumental, dative, accusative (after the possessive: -нан, -нда, -нің, -не, -н)
  kk: ['ndan', 'nan', 'dan', 'tan', 'nda', 'da', 'ta', 'nin', 'din', 'tin', 'man', 'ban', 'pan', 'na', 'ka', 'ni', 'di', 'ti', 'n'],
  // ablative, locative, genitive, instrumental, dative, accusative after a vowel (after a consonant
  // the accusative is the possessive's vowel, which the possessive step takes off)
  az: ['ndan', 'dan', 'nda', 'da', 'nin', 'nun', 'in', 'un', 'la', 'na', 'a', 'ni', 'nu'],
};
const RUSSIAN_ENDINGS: readonly string[] = ['oko', 'ako', 'omu', 'amu', 'ami', 'ah', 'ih', 'om', 'am', 'im', 'oa', 'a', 'u', 'i', 'o'];
/** A name of one word is a noun: its adjectives' endings and -ом are its own letters as often (Газпром, Газпрому). */
const RUSSIAN_NOUN_ENDINGS: readonly string[] = ['ami', 'ah', 'am', 'a', 'u', 'i', 'o'];
const AFTER_HYPHEN: Readonly<Record<'kk' | 'az' | 'ru', ReadonlySet<string>>> = {
  kk: new Set([...CASES.kk, 'a', 'i']),
  az: new Set([...CASES.az, 'i', 'u']),
  ru: new Set(['a', 'u', 'om', 'i', 'ah', 'am', 'ami']),
};

/** Kazakh -тың, -те, -тен, -ті after a stem in т: the skeleton writes the double т once (Үкіметтің → ukimatin). */
const DOUBLED_T = new Set(['tin', 'ta', 'tan', 'ti']);

function foldTurkic(word: string, lang: 'kk' | 'az'): string {
  const hyphenless = dropHyphenEnding(word, AFTER_HYPHEN[lang]);
  if (hyphenless !== undefined) return hyphenless;
  // Kazakh -н (accusative) follows only the possessive's vowel (министрлігін); a stem's n stays (Отан).
  const ending = endingOf(word, CASES[lang].filter((candidate) => candidate !== 'n' || /in$/u.test(word)));
  let stem = ending === undefined ? word : word.slice(0, -ending.length);
  // After a vowel Kazakh writes -ның, -да, -ға, never -тың, -та: a vowel before such an ending was a т's.
  if (lang === 'kk' && ending !== undefined && DOUBLED_T.has(ending) && /[aiou]$/u.test(stem)) stem += 't';
  return withoutPossessive(stem);
}

/** The third person's possessive: -сы, -сі, -sı, -su after a stem in a vowel (прокуратура|сы, Partiya|sı), else its vowel alone (министрлiг|і, Məclis|i). */
function withoutPossessive(stem: string): string {
  const afterVowel = /^(.{3,}a)s[iu]$/u.exec(stem);
  if (afterVowel?.[1]) return afterVowel[1];
  return /^.{3,}[^aiou][iu]$/u.test(stem) ? stem.slice(0, -1) : stem;
}

/** Russian: one ending; a name of one word, only a noun's vowel endings. */
function foldRussian(word: string, oneWord: boolean): string {
  const hyphenless = dropHyphenEnding(word, AFTER_HYPHEN.ru);
  if (hyphenless !== undefined) return hyphenless;
  const ending = endingOf(word, oneWord ? RUSSIAN_NOUN_ENDINGS : RUSSIAN_ENDINGS);
  return ending === undefined ? word : word.slice(0, -ending.length);
}

function dropHyphenEnding(word: string, endings: ReadonlySet<string>): string | undefined {
  const hyphen = word.lastIndexOf('-');
  return hyphen > 0 && endings.has(word.slice(hyphen + 1)) ? word.slice(0, hyphen) : undefined;
}

function endingOf(word: string, endings: readonly string[]): string | undefined {
  const stemLength = word.length - word.lastIndexOf('-') - 1;
  return endings.find((ending) => word.endsWith(ending) && stemLength - ending.length >= SHORTEST_STEM);
}
