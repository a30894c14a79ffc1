import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { LanguageCode } from '../types';
import { azBaseForms } from '../../languages/az/morphology';
import { kkBaseForms } from '../../languages/kk/morphology';
import { ruBaseForms } from '../../languages/ru/morphology';
import { latinKey } from '../../text/transliterate';
import { hashIndex, type Lexicon, LexiconFileError, lexiconHash, parseLexicon } from './lexiconFile';

/**
 * What a spelling dictionary says of a capitalised word (data/lexicons/, generated from the Debian
 * hunspell dictionaries by scripts/lexicons/generate.ts): a code of bits that the entity model
 * reads as a feature and weighs like any other. The word's lower-case form and its base forms
 * under the language's morphology (Указе → указ, Ақтөбеде → ақтөбе) are looked up in each set;
 * Kazakh and Azerbaijani ones by their common Turkic Latin key, so that Azerbaijani, which has no
 * dictionary, reads the Kazakh one (Qazaxıstanda → qazaxıstan → kazaxistan).
 */
export const LEXICON_BITS = {
  /** The lower-case form itself is a common (lower-case) word of the dictionary. */
  commonWord: 1,
  /** Only a base form of it is (Плана → план, Главой → глава). */
  commonBase: 2,
  /** It or a base form is a given name or patronymic (Ивановича, Айгүлге). */
  given: 4,
  /** A surname of the Russian dictionary (Путина). */
  surname: 8,
  /** Another capitalised word of the Russian dictionary, mostly a place (Берлине, Тюмени). */
  place: 16,
} as const;

/**
 * Where a language's words are looked up: the lexicon file and the prefix of its sets' names, the
 * key a form is looked up by, the morphology's base forms, and the lexicon whose names are also
 * looked up (Kazakh and Azerbaijani news write foreign names and places as Russian does: Сергей,
 * Берлинде, Sergey).
 */
interface LanguageLexicon { file: LanguageCode; sets: string; key: (form: string) => string; baseForms: (lowerWord: string) => string[]; namesFrom?: LanguageCode }
const SAME = (form: string): string => form;
const LEXICONS: Partial<Record<LanguageCode, LanguageLexicon>> = {
  ru: { file: 'ru', sets: '', key: SAME, baseForms: ruBaseForms },
  kk: { file: 'kk', sets: 'latin:', key: latinKey, baseForms: kkBaseForms, namesFrom: 'ru' },
  az: { file: 'kk', sets: 'latin:', key: latinKey, baseForms: azBaseForms, namesFrom: 'ru' },
};
export const LEXICON_FILE_SUFFIX = '.lexicon';
const SOURCE_FOLDER = path.join('data', 'lexicons');

let folderInUse: string | undefined;

/** Reads the lexicons from `folder` from now on (undefined: where they ship); tests use it for corrupt files. */
export function useLexiconFolder(folder: string | undefined): void {
  folderInUse = folder;
  loaded.clear();
  files.clear();
}

/** Where a language's lexicon is: beside the bundle (dist/ru.lexicon), else in the source tree above it. */
export function lexiconPath(lang: LanguageCode, from = __dirname): string {
  const name = `${lang}${LEXICON_FILE_SUFFIX}`;
  if (folderInUse !== undefined) return path.join(folderInUse, name);
  let folder = from;
  for (let depth = 0; depth < 10; depth++) {
    const beside = path.join(folder, name);
    if (existsSync(beside)) return beside;
    const inSource = path.join(folder, SOURCE_FOLDER, name);
    if (existsSync(inSource)) return inSource;
    folder = path.dirname(folder);
  }
  return path.join(from, name);
}

/**
 * A language's words in one table: the sorted hashes, and beside each the bits of the sets it is
 * in (commonWord for the common words), so that a word costs one binary search.
 */
interface LoadedLexicon { hashes: Uint32Array; bits: Uint8Array; problem?: LexiconFileError }
const SET_BITS: readonly [string, number][] = [['common', LEXICON_BITS.commonWord], ['given', LEXICON_BITS.given], ['surname', LEXICON_BITS.surname], ['place', LEXICON_BITS.place]];
const NAME_BITS = LEXICON_BITS.given | LEXICON_BITS.surname | LEXICON_BITS.place;
/** The tables made so far, by what they are made of: Kazakh and Azerbaijani share one. */
const loaded = new Map<string, LoadedLexicon>();
/** Each lexicon file read so far (the Russian one serves Russian and the Turkic languages' names). */
const files = new Map<LanguageCode, Lexicon | LexiconFileError>();

function read(lang: LanguageCode): Lexicon | LexiconFileError {
  const known = files.get(lang);
  if (known) return known;
  const file = lexiconPath(lang);
  let lexicon: Lexicon | LexiconFileError;
  try {
    lexicon = parseLexicon(readFileSync(file), file);
  } catch (error) {
    lexicon = error instanceof LexiconFileError ? error : new LexiconFileError(file, 'the file is missing or unreadable');
  }
  files.set(lang, lexicon);
  return lexicon;
}

/** Merges sets into one table (hash × 32 + bit fits a double exactly: hashes have 28 bits). */
function table(parts: readonly { set: Uint32Array; bit: number }[]): LoadedLexicon {
  const keyed = new Float64Array(parts.reduce((sum, { set }) => sum + set.length, 0));
  let at = 0;
  for (const { set, bit } of parts) for (const hash of set) keyed[at++] = hash * 32 + bit;
  keyed.sort();
  const hashes = new Uint32Array(keyed.length);
  const bits = new Uint8Array(keyed.length);
  let count = 0;
  for (const key of keyed) {
    const hash = Math.floor(key / 32);
    if (count > 0 && hashes[count - 1] === hash) bits[count - 1] = (bits[count - 1] as number) | (key % 32);
    else {
      hashes[count] = hash;
      bits[count++] = key % 32;
    }
  }
  return { hashes: hashes.slice(0, count), bits: bits.slice(0, count) };
}

const failed = (problem: LexiconFileError): LoadedLexicon => ({ hashes: new Uint32Array(0), bits: new Uint8Array(0), problem });

function load(spec: LanguageLexicon): LoadedLexicon {
  const parts: { set: Uint32Array; bit: number }[] = [];
  for (const [file, bitsWanted] of [[spec.file, ~0], ...(spec.namesFrom === undefined ? [] : [[spec.namesFrom, NAME_BITS] as const])] as const) {
    const lexicon = read(file);
    if (lexicon instanceof LexiconFileError) return failed(lexicon);
    for (const [name, bit] of SET_BITS) {
      const set = lexicon.sets.get(spec.sets + name);
      if (set && (bit & bitsWanted) !== 0) parts.push({ set, bit });
    }
  }
  return table(parts);
}

/** The bits of a hash in the table; 0 if absent. */
function bitsOf(lexicon: LoadedLexicon, hash: number): number {
  const at = hashIndex(lexicon.hashes, hash);
  return at < 0 ? 0 : lexicon.bits[at] as number;
}

function lexiconOf(lang: LanguageCode): LoadedLexicon | null {
  const spec = LEXICONS[lang];
  if (spec === undefined) return null;
  const made = `${spec.file} ${spec.sets} ${spec.namesFrom ?? ''}`;
  let lexicon = loaded.get(made);
  if (lexicon === undefined) loaded.set(made, lexicon = load(spec));
  return lexicon;
}

/**
 * Why the lexicons of the languages the model tags cannot be read, if they cannot (the model is
 * then refused: its weights were learnt with the lexicon's features).
 */
export function lexiconProblem(langs: Iterable<LanguageCode>): LexiconFileError | undefined {
  for (const lang of langs) {
    const problem = lexiconOf(lang)?.problem;
    if (problem) return problem;
  }
  return undefined;
}

/** The lexicon code of a word (see LEXICON_BITS) given its lower-case form; -1 for a language without a lexicon, or one that cannot be read. */
export function lexiconCode(lowerWord: string, lang: LanguageCode): number {
  const lexicon = lexiconOf(lang);
  const spec = LEXICONS[lang];
  if (!lexicon || lexicon.problem || !spec) return -1;
  const { key, baseForms } = spec;
  const exact = lexiconHash(key(lowerWord));
  const exactBits = bitsOf(lexicon, exact);
  let code = exactBits;
  for (const form of baseForms(lowerWord)) {
    if (form === lowerWord) continue;
    const bits = bitsOf(lexicon, lexiconHash(key(form)));
    code |= bits & NAME_BITS;
    if ((bits & LEXICON_BITS.commonWord) !== 0 && (exactBits & LEXICON_BITS.commonWord) === 0) code |= LEXICON_BITS.commonBase;
  }
  return code;
}

const COMMON_BITS = LEXICON_BITS.commonWord | LEXICON_BITS.commonBase;
const PROPER_BITS = LEXICON_BITS.given | LEXICON_BITS.surname | LEXICON_BITS.place;

/**
 * What the language's dictionary says of a capitalised word: 'common' when it or a base form is
 * only a common word, 'proper' when only a name or place, else undefined (both, neither, or no
 * dictionary for the language).
 */
export function dictionaryReading(word: string, lang: LanguageCode): 'common' | 'proper' | undefined {
  return readingOfCode(lexiconCode(word.toLocaleLowerCase(lang), lang));
}

/** Whether a lexicon code (-1: none) says the word, or a base form of it, is a name or a place (Россией, whatever else it may be). */
export function namesSomething(code: number): boolean {
  return code >= 0 && (code & PROPER_BITS) !== 0;
}

/** Whether a lexicon code (-1: none) is a given name's (or patronymic's) and not a common word's. */
export function isGivenNameCode(code: number): boolean {
  return code >= 0 && (code & LEXICON_BITS.given) !== 0 && readingOfCode(code) === 'proper';
}

/** The same from a word's lexicon code (-1: none), as the model's features keep it. */
export function readingOfCode(code: number): 'common' | 'proper' | undefined {
  if (code < 0) return undefined;
  const common = (code & COMMON_BITS) !== 0;
  const proper = (code & PROPER_BITS) !== 0;
  return common === proper ? undefined : common ? 'common' : 'proper';
}
