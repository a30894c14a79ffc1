import type { NameLanguage } from '../tagging/gazetteer/gazetteer';
import { CYRILLIC_LETTERS, cyrillicKey } from '../text/transliterate';

/**
 * A script-independent skeleton of a name word, so that its Kazakh and Russian Cyrillic,
 * Azerbaijani Latin and English spellings meet: Тоқаев, Токаев, Tokayev, Toqayev → `tokav`;
 * Жомартович, Jomartoviç, Zhomartovich → `jomartovich`. Letters that the three languages and
 * English romanisation write differently fall into one class (қ/к/q/k, ж/j/zh, ш/ş/sh, ч/ç/ch,
 * х/һ/x/kh/h, ә/ə/а/a/е/э/e (Азербайджан/Azərbaycan), ө/ö/о/o, ү/ұ/ü/у/u, і/ы/ı/и/y/й/i); glides beside a vowel (Токаев/Tokayev,
 * Мария/Mariya) and doubled letters (Kassym/Касым) are dropped.
 */
export function skeleton(word: string, lang: NameLanguage = 'en'): string {
  const cacheKey = `${lang}\u0000${word}`;
  const cached = CACHE.get(cacheKey);
  if (cached !== undefined) return cached;
  const computed = computeSkeleton(word, lang);
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(cacheKey, computed);
  return computed;
}

/** Names repeat through a corpus: skeletons are computed once per word (the cache is emptied when full). */
const CACHE = new Map<string, string>();
const CACHE_LIMIT = 100_000;

function computeSkeleton(word: string, lang: NameLanguage): string {
  let lower = word.normalize('NFC').toLocaleLowerCase(lang).replace(/[’'ʼ`ʻ"«»]/gu, '');
  if (/[a-z]/u.test(lower)) lower = replaceLatinDigraphs(lower, lang);
  if (lang === 'az') lower = lower.replace(/c/gu, 'j');
  let mapped = '';
  for (const char of lower) mapped += LETTER_CLASSES.get(char) ?? char;
  const plain = mapped.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9\- \uE001\uE002]/gu, '');
  return dropGlides(plain).replace(/([a-z])\1+/gu, '$1');
}

/** The skeleton of a name of several words, word by word (hyphens kept: Касым-Жомарт). */
export function nameSkeleton(name: string, lang: NameLanguage = 'en'): string {
  return name.split(/[\s\u00a0]+/u).filter((word) => word !== '').map((word) => skeleton(word, lang)).join(' ');
}

/** English and Kazakh Latin digraphs; Azerbaijani writes these sounds with one letter. */
function replaceLatinDigraphs(lower: string, lang: NameLanguage): string {
  if (lang === 'az') return lower;
  return lower.replace(/shch/gu, 'sh').replace(/dzh|zh/gu, 'j').replace(/kh/gu, 'h').replace(/sh/gu, '\uE001').replace(/ch/gu, '\uE002').replace(/ts/gu, 'c');
}

/** Latin letters (and ў, џ, ї, є of other Cyrillic alphabets) by class; Kazakh and Russian Cyrillic go through their Latin key. */
const CLASSES: readonly (readonly [string, string])[] = [
  ['aəäeéè', 'a'], ['b', 'b'], ['ўwv', 'v'], ['d', 'd'], ['öo', 'o'],
  ['jџ', 'j'], ['z', 'z'], ['iıyíї', 'i'], ['kqgğ', 'k'], ['l', 'l'], ['m', 'm'], ['nñ', 'n'], ['p', 'p'],
  ['r', 'r'], ['s', 's'], ['t', 't'], ['uüú', 'u'], ['f', 'f'], ['xh', 'h'], ['c', 'c'],
  ['ş\uE001', '\uE001'], ['ç\uE002', '\uE002'],
];

const LATIN_CLASSES = new Map<string, string>([
  ...CLASSES.flatMap(([letters, value]) => Array.from(letters).map((letter): [string, string] => [letter, value])),
  ['є', 'ia'],
]);

const classesOf = (latin: string): string => Array.from(replaceLatinDigraphs(latin, 'kk')).map((char) => LATIN_CLASSES.get(char) ?? char).join('');

const LETTER_CLASSES = new Map<string, string>([
  ...LATIN_CLASSES,
  ...CYRILLIC_LETTERS.map((letter): [string, string] => [letter, classesOf(cyrillicKey(letter) ?? letter)]),
]);

/**
 * The i-class letter next to a vowel is a glide that one spelling writes and another leaves out
 * (Токаев/Tokayev, Абай/Abay, Мария/Mariya): runs of it collapse, and beside a vowel it goes.
 * Cyrillic дж meets English j and Azerbaijani c.
 */
function dropGlides(word: string): string {
  const collapsed = word.replace(/i+/gu, 'i').replace(/dj/gu, 'j');
  let out = '';
  for (let i = 0; i < collapsed.length; i++) {
    const char = collapsed[i] ?? '';
    if (char === 'i' && (VOWELS.has(collapsed[i - 1] ?? '') || VOWELS.has(collapsed[i + 1] ?? ''))) continue;
    out += char;
  }
  return out.replace(/\uE001/gu, 'sh').replace(/\uE002/gu, 'ch');
}

const VOWELS = new Set(['a', 'o', 'u']);
