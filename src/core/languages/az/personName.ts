import { type CaseSuffixes, personBaseNameBy } from '../personCase';

/** The vowel a suffix's high or low vowel takes after each stem vowel (four-way and two-way harmony). */
const HIGH: Readonly<Record<string, string>> = { a: 'ı', ı: 'ı', o: 'u', u: 'u', e: 'i', ə: 'i', i: 'i', ö: 'ü', ü: 'ü' };
const LOW: Readonly<Record<string, string>> = { a: 'a', ı: 'a', o: 'a', u: 'a', e: 'ə', ə: 'ə', i: 'ə', ö: 'ə', ü: 'ə' };

/** The Azerbaijani case suffixes a person's name takes: genitive, accusative, dative, ablative, instrumental. */
export const AZ_PERSON_CASES: CaseSuffixes = {
  suffixes: ['ndan', 'ndən', 'nın', 'nin', 'nun', 'nün', 'dan', 'dən', 'tan', 'tən', 'yla', 'ylə',
    'nı', 'ni', 'nu', 'nü', 'ya', 'yə', 'la', 'lə', 'ın', 'in', 'un', 'ün', 'a', 'ə', 'ı', 'i', 'u', 'ü'],
  afterSurnameOnly: ['ın', 'in', 'un', 'ün', 'a', 'ə', 'ı', 'i', 'u', 'ü'],
  harmonises: (stem, suffix) => {
    const vowel = /[aeəıioöuü](?=[^aeəıioöuü]*$)/u.exec(stem)?.[0];
    const suffixVowel = /[aeəıioöuü]/u.exec(suffix)?.[0];
    if (vowel === undefined || suffixVowel === undefined) return true;
    return suffixVowel === HIGH[vowel] || suffixVowel === LOW[vowel];
  },
  joins: (stem, suffix) => {
    const vowelEnd = /[aeəıioöuü]$/u.test(stem);
    // Buffer consonants n and y come only after a vowel; a bare vowel suffix only after a consonant.
    if (/^[ny]/u.test(suffix) && suffix !== 'ndan' && suffix !== 'ndən') return vowelEnd;
    if (/^[aeəıioöuü]/u.test(suffix)) return !vowelEnd;
    if (/^t/u.test(suffix)) return /[çfhkpsştx]$/u.test(stem);
    return true;
  },
};

export const azPersonBaseName = personBaseNameBy('az', AZ_PERSON_CASES);
