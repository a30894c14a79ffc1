import type { IdentificationCue, ScriptCode } from '../../languages/pack';
import { languagePacks, registryGeneration } from '../../languages/registry';
import type { LanguageCode } from '../types';
import { classAt, CYRILLIC, LATIN, LETTER, MARK, unitsAt } from '../../text/characters';

export interface LanguageGuess {
  lang: LanguageCode | 'und';
  script: ScriptCode | 'Zyyy';
}

/**
 * Letters of the region's other languages, by script: Uzbek and Karakalpak ў ҳ, Tajik ҷ ӣ ӯ ҳ,
 * Ukrainian ї є ґ, Belarusian ў, Tatar җ, Bashkir ҡ ҙ ҫ. Those no registered language writes are
 * foreign: a few in a long text are names; more mean the text is in another language.
 */
const REGION_LETTERS: Readonly<Record<ScriptCode, string>> = { Cyrl: 'ўҳҷӣӯїєґҗҡҙҫ', Latn: '' };
/** Below this share of words with its own letters, a text of the script's function-word language stays that language. */
const WEAK_MARKS = 0.04;

/** Language is clear long before this many characters; a longer text is sampled at its start. */
const SAMPLE_LENGTH = 20_000;

type Cue<Kind extends IdentificationCue['kind']> = Extract<IdentificationCue, { kind: Kind }> & { lang: LanguageCode };

/** The registered languages' cues of one script, sorted by kind. */
interface ScriptCues {
  decisive: Cue<'decisive-letters'>[];
  letterShares: Cue<'letter-share'>[];
  wordLetters: Cue<'word-letters'>[];
  functionWords: Cue<'function-words'>[];
  foreign: RegExp | undefined;
}

let cuesByScript: { generation: number; cues: Record<ScriptCode, ScriptCues> } | undefined;

function scriptCues(script: ScriptCode): ScriptCues {
  if (cuesByScript?.generation !== registryGeneration()) {
    const packs = languagePacks();
    const registered = new RegExp(`[${packs.map((pack) => pack.letters).join('')}]`, 'u');
    const build = (of: ScriptCode): ScriptCues => {
      const cues = packs.flatMap((pack) => pack.identification.filter((cue) => cue.script === of).map((cue) => ({ ...cue, lang: pack.code as LanguageCode })));
      const foreign = Array.from(REGION_LETTERS[of]).filter((letter) => !registered.test(letter)).join('');
      return {
        decisive: cues.filter((cue): cue is Cue<'decisive-letters'> => cue.kind === 'decisive-letters'),
        letterShares: cues.filter((cue): cue is Cue<'letter-share'> => cue.kind === 'letter-share'),
        wordLetters: cues.filter((cue): cue is Cue<'word-letters'> => cue.kind === 'word-letters'),
        functionWords: cues.filter((cue): cue is Cue<'function-words'> => cue.kind === 'function-words'),
        foreign: foreign === '' ? undefined : new RegExp(`[${foreign}]`, 'gu'),
      };
    };
    cuesByScript = { generation: registryGeneration(), cues: { Cyrl: build('Cyrl'), Latn: build('Latn') } };
  }
  return cuesByScript.cues[script];
}

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}

/** The cue with the highest share, if it reaches its minimum. */
function best<C extends { minShare: number }>(cues: readonly C[], shareOf: (cue: C) => number): { cue: C; share: number } | undefined {
  let found: { cue: C; share: number } | undefined;
  for (const cue of cues) {
    const share = shareOf(cue);
    if (!found || share > found.share) found = { cue, share };
  }
  return found;
}

/** The letters of each script in the text (its sample), counted code point by code point. */
function scriptLetters(text: string): { cyrillic: number; latin: number } {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i += unitsAt(text, i)) {
    const found = classAt(text, i);
    if ((found & CYRILLIC) !== 0) cyrillic++;
    else if ((found & LATIN) !== 0) latin++;
  }
  return { cyrillic, latin };
}

/**
 * The words of `text` (runs of letters and marks, what /[\p{L}\p{M}]+/gu matches) that have a
 * character of the script `flag` (CYRILLIC or LATIN, what a `\p{Script=…}` regex finds), read
 * from the character table in one pass: the regexes cost most of the identification.
 */
function wordsWithLetterOf(text: string, flag: number): string[] {
  const words: string[] = [];
  let start = -1;
  let ofScript = false;
  for (let i = 0; i < text.length; i += unitsAt(text, i)) {
    const found = classAt(text, i);
    if ((found & (LETTER | MARK)) !== 0) {
      if (start < 0) {
        start = i;
        ofScript = false;
      }
      ofScript ||= (found & flag) !== 0;
    } else if (start >= 0) {
      if (ofScript) words.push(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0 && ofScript) words.push(text.slice(start));
  return words;
}

/**
 * Locales whose lower case is not Unicode's default one (ICU's special casing): Turkish and
 * Azerbaijani (I, İ, and a dot above after I) and Lithuanian (I, J, Į before accents, and Ì Í Ĩ).
 */
const SPECIAL_LOWER_CASE: Readonly<Record<string, RegExp>> = { tr: /[I\u0130]|\u0307/u, az: /[I\u0130]|\u0307/u, lt: /[IJ\u012e\u00cc\u00cd\u0128]/u };

/** Whether `text` lower-cased in `lang` is its default lower case, so that one lower-casing serves every such language. */
function lowersAsRoot(lang: string, text: string): boolean {
  const special = SPECIAL_LOWER_CASE[lang.toLowerCase().split(/[-_]/u)[0] ?? ''];
  return special === undefined || !special.test(text);
}

function sample(fullText: string): string {
  return fullText.length > SAMPLE_LENGTH ? fullText.slice(0, SAMPLE_LENGTH) : fullText;
}

/** The script with more letters in the text (Cyrillic on a tie). */
function dominantScript(cyrillic: number, latin: number): ScriptCode {
  return cyrillic >= latin ? 'Cyrl' : 'Latn';
}

/** The script of a text (that of identifyLanguage), for a text whose language is known. */
export function identifyScript(fullText: string): ScriptCode | 'Zyyy' {
  const { cyrillic, latin } = scriptLetters(sample(fullText));
  return cyrillic + latin === 0 ? 'Zyyy' : dominantScript(cyrillic, latin);
}

/**
 * Identifies a registered language (else `und`) and the script, from the cues each language's
 * pack gives: letters only it has; the share of its letters; the share of words with its own
 * letters against the function words of the script's other language (Kazakh against Russian).
 * Letters of the region's other languages (Uzbek, Tajik, Kyrgyz, Ukrainian…) make it `und`
 * rather than a wrong guess. Works for a document and for a single sentence.
 */
export function identifyLanguage(fullText: string): LanguageGuess {
  const text = sample(fullText);
  const { cyrillic, latin } = scriptLetters(text);
  if (cyrillic + latin === 0) return { lang: 'und', script: 'Zyyy' };
  const script = dominantScript(cyrillic, latin);
  const letters = script === 'Cyrl' ? cyrillic : latin;
  const cues = scriptCues(script);
  let rootLower: string | undefined;
  const lowered = (): string => (rootLower ??= text.toLowerCase());
  const lowerIn = new Map<string, string>();
  const lower = (lang: string): string => {
    if (lowersAsRoot(lang, text)) return lowered();
    let inLanguage = lowerIn.get(lang);
    if (inLanguage === undefined) lowerIn.set(lang, inLanguage = text.toLocaleLowerCase(lang));
    return inLanguage;
  };

  for (const cue of cues.decisive) if (countMatches(lower(cue.lang), cue.letters) >= cue.atLeast) return { lang: cue.lang, script };
  const byLetters = best(cues.letterShares, (cue) => countMatches(lower(cue.lang), cue.letters) / letters);
  if (byLetters && byLetters.share > 0 && byLetters.share >= byLetters.cue.minShare) return { lang: byLetters.cue.lang, script };

  const words = wordsWithLetterOf(lowered(), script === 'Cyrl' ? CYRILLIC : LATIN);
  if (words.length === 0) return { lang: 'und', script };
  if (cues.foreign && countMatches(lowered(), cues.foreign) >= Math.max(1, letters * 0.005)) return { lang: 'und', script };

  const byFunctionWords = best(cues.functionWords, (cue) => words.filter((word) => cue.words.has(word)).length / words.length);
  const functionShare = byFunctionWords?.share ?? 0;
  const byWordLetters = best(cues.wordLetters, (cue) => words.filter((word) => cue.letters.test(word)).length / words.length);
  const markedShare = byWordLetters?.share ?? 0;
  if (byWordLetters && markedShare >= byWordLetters.cue.minShare && markedShare > functionShare) {
    return { lang: words.some((word) => byWordLetters.cue.distinct.test(word)) ? byWordLetters.cue.lang : 'und', script };
  }
  // Without a single letter of its own languages, even a short text (ООН заявила) is the function-word language's.
  if (byFunctionWords && (functionShare >= byFunctionWords.cue.minShare || markedShare === 0 || (markedShare < WEAK_MARKS && words.length >= 3))) {
    return { lang: byFunctionWords.cue.lang, script };
  }
  return { lang: 'und', script };
}
