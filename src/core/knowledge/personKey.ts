import { AZ_PERSON_CASES } from '../languages/az/personName';
import { KK_PERSON_CASES } from '../languages/kk/personName';
import { personBaseWord } from '../languages/personCase';
import { sharedNameCues } from '../tagging/entities/cues';
import type { LanguageCode } from '../tagging/types';
import { WordMemo } from '../tagging/wordMemo';
import { skeleton } from './transliterate';

/**
 * A person's name word with its case and gender endings folded away, so that every form of one
 * name gives one key: Ерлан, Ерлана, Ерлану, Ерланом, Ерлане → ерлан; Калиев, Калиева, Калиеву,
 * Калиевым, Калиеве, Калиевой → калиев; Мария, Марии, Марией → мари; Игорь, Игоря → игор;
 * Қалиевтің → қалиев; Əliyevin, Əliyeva → əliyev. It is a key, not a name to show: a man and a
 * woman of one surname share it, as the surname alone does not tell them apart either.
 */
export function personWordKey(word: string, lang: LanguageCode, last: boolean): string {
  let lower = word.normalize('NFC').toLocaleLowerCase(lang).replace(/[’'ʼ]/gu, '');
  if (last && (lang === 'kk' || lang === 'az')) lower = personBaseWord(lower, lang, lang === 'kk' ? KK_PERSON_CASES : AZ_PERSON_CASES);
  return /\p{Script=Cyrillic}/u.test(lower) ? cyrillicStem(lower) : latinStem(lower);
}

/**
 * The key of a whole person's name: word keys as skeletons. A patronymic between given name and
 * surname is left out, and so are lower-case words and roles (the language packs' person roles:
 * `Активист`, `Prezidenti`) before the name.
 */
export function personNameKey(name: string, lang: LanguageCode): string {
  // Linking asks for the key of every mention of a person, and an article names one person many times.
  return nameKeys.get(name, lang);
}

const nameKeys = new WordMemo((name, lang) => computePersonNameKey(name, lang), 50_000);

function computePersonNameKey(name: string, lang: LanguageCode): string {
  const all = name.split(/[\s\u00a0]+/u).filter((word) => word !== '');
  const role = sharedNameCues().personRole;
  let first = 0;
  // A role goes only before two words or more: `Аким`, `Акимжан` are given names too.
  while (all.length - first > 1 && (/^\p{Ll}/u.test(all[first] ?? '') || (all.length - first > 2 && role.test(all[first] ?? '')))) first++;
  const words = all.slice(first);
  const kept = words.length >= 3 ? words.filter((word, index) => index === 0 || index === words.length - 1 || !PATRONYMIC.test(word.toLocaleLowerCase(lang))) : words;
  return kept.map((word, index) => skeleton(personWordKey(word, lang, index === kept.length - 1), lang)).join(' ');
}

/**
 * The key of a place the knowledge base lacks, so that its case forms meet as a person's do:
 * Хорог, Хороге, Хорогта → хорог; Алматинская область, Алматинской области → алматинск област.
 * Kazakh and Azerbaijani take the locative on places too (Хорогта, Xoroqda).
 */
export function placeNameKey(name: string, lang: LanguageCode): string {
  const words = name.split(/[\s\u00a0]+/u).filter((word) => word !== '');
  return words.map((word, index) => {
    let lower = word.normalize('NFC').toLocaleLowerCase(lang).replace(/[’'ʼ]/gu, '');
    if (index === words.length - 1 && (lang === 'kk' || lang === 'az')) lower = personBaseWord(lower, lang, lang === 'kk' ? KK_PLACE_CASES : AZ_PLACE_CASES);
    return skeleton(/\p{Script=Cyrillic}/u.test(lower) ? cyrillicStem(lower) : lower, lang);
  }).join(' ');
}

const KK_PLACE_CASES = { ...KK_PERSON_CASES, suffixes: ['ндағы', 'ндегі', 'дағы', 'дегі', 'тағы', 'тегі', ...KK_PERSON_CASES.suffixes, 'нда', 'нде', 'да', 'де', 'та', 'те'] };
const AZ_PLACE_CASES = { ...AZ_PERSON_CASES, suffixes: ['ndakı', 'ndəki', 'dakı', 'dəki', ...AZ_PERSON_CASES.suffixes, 'nda', 'ndə', 'da', 'də', 'ta', 'tə'] };

const PATRONYMIC = /(?:ович|евич|ьич|ична|овна|евна|ұлы|қызы|oviç|yeviç|ovna|yevna|oğlu|qızı)\p{L}{0,3}$/u;

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
