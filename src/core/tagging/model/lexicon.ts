import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { LanguageCode } from '../types';
import { kkBaseForms } from '../../languages/kk/morphology';
import { ruBaseForms } from '../../languages/ru/morphology';
import { type Lexicon, LexiconFileError, lexiconHas, lexiconHash, parseLexicon } from './lexiconFile';

/**
 * What a spelling dictionary says of a capitalised word (data/lexicons/, generated from the Debian
 * hunspell dictionaries by scripts/lexicons/generate.ts): a code of bits that the entity model
 * reads as a feature and weighs like any other. The word's lower-case form and its base forms
 * under the language's morphology (Указе → указ, Ақтөбеде → ақтөбе) are looked up in each set.
 */
export const LEXICON_BITS = {
  /** The lower-case form itself is a common (lower-case) word of the dictionary. */
  commonWord: 1,
  /** Only a base form of it is (Плана → план, Главой → глава). */
  commonBase: 2,
  /** It or a base form is a given name or patronymic (Ивановича, Айгүлге). */
  given: 4,
  /** A surname (Путина), ru only. */
  surname: 8,
  /** Another capitalised word of the dictionary, mostly a place (Берлине, Тюмени), ru only. */
  place: 16,
} as const;

const BASE_FORMS: Partial<Record<LanguageCode, (lowerWord: string) => string[]>> = { ru: ruBaseForms, kk: kkBaseForms };
export const LEXICON_FILE_SUFFIX = '.lexicon';
const SOURCE_FOLDER = path.join('data', 'lexicons');

/** Where a language's lexicon is: beside the bundle (dist/ru.lexicon), else in the source tree above it. */
export function lexiconPath(lang: LanguageCode, from = __dirname): string {
  const name = `${lang}${LEXICON_FILE_SUFFIX}`;
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

interface LoadedLexicon { sets: (Uint32Array | undefined)[]; problem?: LexiconFileError }
const SET_BITS: readonly [string, number][] = [['common', 0], ['given', LEXICON_BITS.given], ['surname', LEXICON_BITS.surname], ['place', LEXICON_BITS.place]];
const loaded = new Map<LanguageCode, LoadedLexicon | null>();

function load(lang: LanguageCode): LoadedLexicon | null {
  if (BASE_FORMS[lang] === undefined) return null;
  const file = lexiconPath(lang);
  let lexicon: Lexicon;
  try {
    lexicon = parseLexicon(readFileSync(file), file);
  } catch (error) {
    return { sets: [], problem: error instanceof LexiconFileError ? error : new LexiconFileError(file, 'the file is missing or unreadable') };
  }
  return { sets: SET_BITS.map(([name]) => lexicon.sets.get(name)) };
}

function lexiconOf(lang: LanguageCode): LoadedLexicon | null {
  let lexicon = loaded.get(lang);
  if (lexicon === undefined) loaded.set(lang, lexicon = load(lang));
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
  const baseForms = BASE_FORMS[lang];
  if (!lexicon || lexicon.problem || !baseForms) return -1;
  const [common, ...names] = lexicon.sets;
  let code = 0;
  const exact = lexiconHash(lowerWord);
  if (common && lexiconHas(common, exact)) code |= LEXICON_BITS.commonWord;
  for (const form of baseForms(lowerWord)) {
    const hash = form === lowerWord ? exact : lexiconHash(form);
    if (common && (code & LEXICON_BITS.commonWord) === 0 && lexiconHas(common, hash)) code |= LEXICON_BITS.commonBase;
    for (let s = 0; s < names.length; s++) {
      const set = names[s];
      if (set && lexiconHas(set, hash)) code |= (SET_BITS[s + 1] as [string, number])[1];
    }
  }
  return code;
}
