import { AZ_PERSON_CASES } from '../languages/az/personName';
import { KK_PERSON_CASES } from '../languages/kk/personName';
import { type CaseSuffixes, personBaseWord } from '../languages/personCase';
import { sharedNameCues } from '../tagging/entities/cues';
import { isPatronymic } from '../tagging/entities/personName';
import type { NameLanguage } from '../languages/registry';
import { WordMemo } from '../tagging/wordMemo';
import { skeleton } from './transliterate';

/**
 * A person's name word with its case and gender endings folded away, so that every form of one
 * name gives one key: Ерлан, Ерлана, Ерлану, Ерланом, Ерлане → ерлан; Калиев, Калиева, Калиеву,
 * Калиевым, Калиеве, Калиевой → калиев; Мария, Марии, Марией → мари; Игорь, Игоря → игор;
 * Қалиевтің → қалиев; Əliyevin, Əliyeva → əliyev. It is a key, not a name to show: a man and a
 * woman of one surname share it, as the surname alone does not tell them apart either.
 */
export function personWordKey(word: string, lang: NameLanguage, last: boolean): string {
  let lower = word.normalize('NFC').toLocaleLowerCase(lang).replace(/[’'ʼ]/gu, '');
  if (last && (lang === 'kk' || lang === 'az')) lower = personBaseWord(lower, lang, lang === 'kk' ? KK_PERSON_CASES : AZ_PERSON_CASES);
  return /\p{Script=Cyrillic}/u.test(lower) ? cyrillicStem(lower) : latinStem(lower);
}

/**
 * The key of a whole person's name, the same in the three languages and their scripts. The
 * patronymic is left out: a word of the -ович, -ұлы, -oviç pattern between given name and surname,
 * and a separate `ұлы`, `қызы`, `oğlu`, `qızı`, `уулу`, `кызы` with the father's name before it
 * (İlham Heydər oğlu Əliyev → İlham Əliyev; Махабат Тажибек қызы → Махабат Тажибек). So are
 * lower-case words and roles before the name (the language packs' person roles), and any word
 * before the last two once the patronymic is gone: a person is named by given name and surname in
 * these languages, and the word before them is a role or title caught at the start of a sentence
 * (`Белсенді Макс Боқаев`, `Fəal Maks Bokayev`). Each word of a name of two words or more is
 * keyed by its consonants (see `consonantKey`), because the vowels are what the spellings
 * disagree on most; a name of one word keeps its skeleton.
 */
export function personNameKey(name: string, lang: NameLanguage): string {
  // Linking asks for the key of every mention of a person, and an article names one person many times.
  return nameKeys.get(name, lang);
}

const nameKeys = new WordMemo<string, NameLanguage>((name, lang) => computePersonNameKey(name, lang), 50_000);

function computePersonNameKey(name: string, lang: NameLanguage): string {
  const words = personNameWords(name, lang);
  const keys = words.map((word, index) => skeleton(personWordKey(word, lang, index === words.length - 1), lang));
  // A word alone keeps its vowels: by consonants, Кан and Коно, Керри and Гора would be one.
  return (keys.length > 1 ? keys.map(consonantKey) : keys).join(' ');
}

/** The words of a person's name that its key is made of (see personNameKey). */
export function personNameWords(name: string, lang: NameLanguage): string[] {
  const all = name.split(/[\s\u00a0]+/u).filter((word) => word !== '');
  const role = sharedNameCues().personRole;
  let first = 0;
  // A role goes only before two words or more: `Аким`, `Акимжан` are given names too.
  while (all.length - first > 1 && (/^\p{Ll}/u.test(all[first] ?? '') || (all.length - first > 2 && role.test(all[first] ?? '')))) first++;
  const words = withoutPatronymicWord(all.slice(first), lang);
  const kept = words.length >= 3 ? words.filter((word, index) => index === 0 || index === words.length - 1 || !isPatronymic(word, lang)) : words;
  return kept.length >= 3 ? kept.slice(-2) : kept;
}

/** A name without a separate patronymic word and the father's name it follows (trailing: the marker alone). */
function withoutPatronymicWord(words: readonly string[], lang: NameLanguage): string[] {
  const at = words.findIndex((word, index) => index > 0 && PATRONYMIC_WORD.test(word.toLocaleLowerCase(lang)));
  if (at < 0) return [...words];
  if (at === words.length - 1) return words.slice(0, -1);
  return [...words.slice(0, Math.max(1, at - 1)), ...words.slice(at + 1)];
}

const PATRONYMIC_WORD = /^(?:ұлы|қызы|улы|кызы|уулу|оглы|oğlu|qızı|uly|qyzy|kyzy|uulu|ogly)$/u;

/**
 * The consonants of a name word's skeleton, with its first letter whatever it is: the three
 * languages and their romanisations write the vowels of one name differently (Тілеужан/Тлеужан,
 * Тұрғынов/Тургунов, Quterreş/Гутерриш) far more often than its consonants. A final d is keyed as
 * t, as it is said (Saparmurad/Сапармурат), and h as k, since Russian writes the Turkic h as г
 * (Гасанлы/Həsənli/Хасанлы, Гусейнов/Hüseynov). Hyphenated parts are keyed one by one.
 */
export function consonantKey(wordSkeleton: string): string {
  return wordSkeleton.split('-').map((part) => (part.slice(0, 1) + part.slice(1).replace(/[aoui]/gu, '')).replace(/d$/u, 't').replace(/h/gu, 'k')).join('-');
}

/**
 * The key of a place the knowledge base lacks, so that its case forms meet as a person's do:
 * Хорог, Хороге, Хорогта → хорог; Алматинская область, Алматинской области → алматинск област.
 * Kazakh and Azerbaijani take the locative on places too (Хорогта, Xoroqda); a final vowel goes in
 * every script, as the Russian case endings make it go (Zaqatala, Закатала → zakatal).
 */
export function placeNameKey(name: string, lang: NameLanguage, inflected = true): string {
  const words = name.split(/[\s\u00a0]+/u).filter((word) => word !== '');
  return words.map((word, index) => {
    let lower = word.normalize('NFC').toLocaleLowerCase(lang).replace(/[’'ʼ]/gu, '');
    if (inflected && index === words.length - 1 && (lang === 'kk' || lang === 'az')) lower = personBaseWord(lower, lang, lang === 'kk' ? KK_PLACE_CASES : AZ_PLACE_CASES);
    return skeleton(/\p{Script=Cyrillic}/u.test(lower) ? cyrillicStem(lower) : latinStem(lower), lang);
  }).join(' ');
}

/**
 * A place's key across the three languages' spellings: the consonants of each word of its
 * `placeNameKey`, as a person's name is keyed (`consonantKey`), since the languages write a
 * place's vowels differently far more often than its consonants (Худжанд, Хұджанд, Xocənd;
 * Нахичевань, Нахчыван, Naxçıvan). A key of fewer than four letters keeps the vowels (Ош, Хорог,
 * Нарын), which alone tell such short names apart (Нарын and Нурин would be one).
 */
export function placeCrossKey(name: string, lang: NameLanguage, inflected = true): string {
  return placeKeyAcrossSpellings(placeNameKey(name, lang, inflected));
}

/**
 * `placeCrossKey` from a `placeNameKey` already made. A key it gives is its own: the key of a
 * place id written before the cross-lingual keys (`otradno`) leads to today's (`otrdn`).
 */
export function placeKeyAcrossSpellings(key: string): string {
  const consonants = key.split(' ').map(consonantKey).join(' ');
  return consonants.replace(/[ -]/gu, '').length >= 4 ? consonants : key;
}

/**
 * A locative with n (Kazakh -нда, -ндағы; Azerbaijani -nda, -ndakı) follows only a possessive
 * ending (облысында, rayonunda); after any other vowel the n is the stem's (Қарақалпақстанда,
 * Жанаозенде → Қарақалпақстан, Жанаозен).
 */
const afterPossessiveOnly = (table: CaseSuffixes, possessive: RegExp, n: RegExp): CaseSuffixes => ({
  ...table,
  joins: (stem, suffix) => (n.test(suffix) ? possessive.test(stem) : table.joins(stem, suffix)),
});

const KK_PLACE_CASES = afterPossessiveOnly({ ...KK_PERSON_CASES, suffixes: ['ндағы', 'ндегі', 'дағы', 'дегі', 'тағы', 'тегі', ...KK_PERSON_CASES.suffixes, 'нда', 'нде', 'да', 'де', 'та', 'те'] }, /[ыі]$/u, /^нд[аеә]/u);
const AZ_PLACE_CASES = afterPossessiveOnly({ ...AZ_PERSON_CASES, suffixes: ['ndakı', 'ndəki', 'dakı', 'dəki', ...AZ_PERSON_CASES.suffixes, 'nda', 'ndə', 'da', 'də', 'ta', 'tə'] }, /[ıiuü]$/u, /^nd[aə]/u);


function cyrillicStem(word: string): string {
  const surname = /^(.{2,}?(?:ов|ев|ёв|ин|ын))(?:а|у|ым|ом|е|ой|ою|ы|ых|ыми)?$/u.exec(word);
  if (surname?.[1]) return surname[1];
  const adjectival = /^(.{2,}?(?:ск|цк))(?:ий|ая|ого|ому|им|ом|ой|ую|ою|ое|ие|их)$/u.exec(word);
  if (adjectival?.[1]) return adjectival[1];
  let stem = word;
  if (/и(?:я|и|ю|ей|ем|е)$/u.test(stem)) stem = stem.replace(/и(?:я|и|ю|ей|ем|е)$/u, 'и');
  else if (/ье[йю]$/u.test(stem)) stem = stem.slice(0, -2);
  else if (/[аеёиуыэюя]й$/u.test(stem)) stem = stem.slice(0, -1);
  else {
    const ending = CYRILLIC_ENDINGS.find((candidate) => stem.endsWith(candidate) && stem.length - candidate.length >= 2);
    if (ending) stem = stem.slice(0, -ending.length);
  }
  return stem.length > 2 ? stem.replace(/[ьй]$/u, '') : stem;
}

const CYRILLIC_ENDINGS = ['ом', 'ем', 'ём', 'ой', 'ою', 'а', 'я', 'у', 'ю', 'ы', 'е', 'и'];

/**
 * Latin script: a woman's surname in -ova/-yeva folds onto the man's, and a final vowel goes, as
 * the Cyrillic endings do (Leyla and Лейла, Səbinə and Сабина meet).
 */
function latinStem(word: string): string {
  const surname = word.replace(/(ov|ev|in)a$/u, '$1');
  return surname !== word ? surname : word.replace(/(?<=\p{L}{2}[^aeəıioöuü])[aeəıioöuü]$/u, '');
}
