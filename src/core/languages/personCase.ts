/**
 * The base form of a person's name in Kazakh and Azerbaijani, where only the last word takes a
 * case suffix (Ерлан Қалиевтің → Ерлан Қалиев; Leyla Əliyevanın → Leyla Əliyeva). Only the case
 * suffixes a person's name takes are cut, only when their vowel agrees with the stem's (vowel
 * harmony) and their first consonant with the stem's end, and never a lone vowel, a possessive or
 * a locative, which are far more often the end of the stem itself (Елшісі, Әртүрлі, Leyla,
 * Бекзада). Surnames of the Russian pattern (-ов, -ев, -ин; -ov, -yev) take either harmony.
 */
export interface CaseSuffixes {
  /** The suffixes, longest first. */
  suffixes: readonly string[];
  /** Suffixes cut only after a surname stem (az -ə, -ı: Əliyevə, Əliyevi). */
  afterSurnameOnly: readonly string[];
  /** True when the suffix's vowel agrees with the stem's last vowel. */
  harmonises: (stem: string, suffix: string) => boolean;
  /** True when the suffix's first consonant may follow the stem's last letter. */
  joins: (stem: string, suffix: string) => boolean;
}

const RUSSIAN_PATTERN_SURNAME = /(?:ов|ев|ёв|ин|ова|ева|ина|ov|ev|yev|in|ova|eva|yeva|ina)$/u;

export function personBaseWord(word: string, lang: 'kk' | 'az', table: CaseSuffixes): string {
  const lower = word.toLocaleLowerCase(lang);
  for (const suffix of table.suffixes) {
    if (!lower.endsWith(suffix)) continue;
    const stem = lower.slice(0, -suffix.length);
    if (stem.length < 3 || !/[aeiouəıöüаәеёиоөуұүыіэюя]/u.test(stem)) continue;
    const surname = RUSSIAN_PATTERN_SURNAME.test(stem);
    if (table.afterSurnameOnly.includes(suffix) && !surname) continue;
    if (!surname && !table.harmonises(stem, suffix)) continue;
    if (!table.joins(stem, suffix)) continue;
    return word.slice(0, stem.length);
  }
  return word;
}

/** The name with its last word in its base form. */
export function personBaseNameBy(lang: 'kk' | 'az', table: CaseSuffixes): (words: readonly string[]) => string[] {
  return (words) => {
    const last = words.at(-1);
    return last === undefined ? [...words] : [...words.slice(0, -1), personBaseWord(last, lang, table)];
  };
}

/** The last vowel of a stem, or undefined. */
export function lastVowel(stem: string, vowels: string): string | undefined {
  for (let i = stem.length - 1; i >= 0; i--) if (vowels.includes(stem[i] ?? '')) return stem[i];
  return undefined;
}
