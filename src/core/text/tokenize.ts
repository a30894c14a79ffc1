import { classAt, isAt, NUMBER, SPACE, unitsAt, UPPER, WORD } from './characters';

/**
 * The one tokenizer of the project: every token of a text, punctuation included, with UTF-16
 * offsets, so that the tokens joined with the white space between them give the text back.
 * Export (CoNLL), the entity model's features and training use every token; the rules and the
 * gazetteer filter it to words.
 */
export interface Token {
  start: number;
  end: number;
  text: string;
}

/** A sentence: its tokens, and its UTF-16 range from the first token's start to the last token's end. */
export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

// Words keep inner hyphens and apostrophes (Касым-Жомарт, Qur'an, 2024-cü); anything else that is
// not white space is a token of its own, one code point at a time (a surrogate pair stays whole):
// the tokens of /[\p{L}\p{M}\p{N}]+(?:[-‑'’][\p{L}\p{M}\p{N}]+)*|\S/gu, found by one linear scan
// over a table of character classes.
const JOINERS = new Set(Array.from("-‑'’", (joiner) => joiner.charCodeAt(0)));
const SENTENCE_END = new Set(['.', '!', '?', '…']);

/** Whether a UTF-16 code unit is a hyphen or apostrophe that may join the parts of one word. */
export function isJoiner(code: number): boolean {
  return JOINERS.has(code);
}

/** The lower-case letters that end a word after a hyphen or apostrophe (`Journal-да` → `да`, `TV-dən` → `dən`): a case ending written apart; none otherwise. */
export function caseEndingAfterJoiner(word: string): string | undefined {
  const ending = /\p{Ll}+$/u.exec(word);
  return ending !== null && ending.index > 0 && isJoiner(word.charCodeAt(ending.index - 1)) ? ending[0] : undefined;
}

/** Whether a hyphen or apostrophe in the word is followed by a lower-case letter (`Times-тан`, `TV-nin`): the word carries an ending. */
export function hasLowerCaseAfterJoiner(word: string): boolean {
  for (let i = 0; i + 1 < word.length; i++) if (isJoiner(word.charCodeAt(i)) && /^\p{Ll}/u.test(word.slice(i + 1, i + 3))) return true;
  return false;
}

/** A word's stem: what comes before its first inner hyphen or apostrophe (`TV-nin` → `TV`, `Air-дің` → `Air`). */
export function wordStem(word: string): string {
  for (let i = 0; i < word.length; i++) if (isJoiner(word.charCodeAt(i))) return word.slice(0, i);
  return word;
}
const CLOSING = new Set(['»', '"', '”', '’', ')', ']', '“']);
const SENTENCE_START = /^[\p{Lu}\p{N}«"“„(\-—–•]/u;
const INITIAL = /^\p{Lu}$/u;

/** Where the word that starts at `start` ends: over word characters, and over each joiner followed by one. */
function wordEnd(text: string, start: number): number {
  let end = start;
  for (;;) {
    while (end < text.length && isAt(text, end, WORD)) end += unitsAt(text, end);
    if (end + 1 < text.length && isJoiner(text.charCodeAt(end)) && isAt(text, end + 1, WORD)) end++;
    else return end;
  }
}

/** Every token of the text, in order; the text between tokens is white space only. */
export function tokenizeAll(text: string): Token[] {
  return scan(text, undefined);
}

/** Every token of the text and, apart, its words (tokenizeWords), from one scan. */
export function tokenizeWithWords(text: string): { all: Token[]; words: Token[] } {
  const words: Token[] = [];
  return { all: scan(text, words), words };
}

/** The tokens of the text; the words among them also go to `words`, if given. */
function scan(text: string, words: Token[] | undefined): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const found = classAt(text, i);
    const isWordStart = (found & WORD) !== 0;
    const end = isWordStart ? wordEnd(text, i) : i + unitsAt(text, i);
    if ((found & SPACE) === 0) {
      const token = { start: i, end, text: text.slice(i, end) };
      tokens.push(token);
      if (isWordStart) words?.push(token);
    }
    i = end;
  }
  return tokens;
}

/** A word or a number (letters, marks, digits, inner hyphens and apostrophes), not a punctuation mark or a symbol. */
export function isWord(token: Token): boolean {
  return isAt(token.text, 0, WORD);
}

/** The words and numbers of the text: its tokens without punctuation and symbols. */
export function tokenizeWords(text: string): Token[] {
  return tokenizeAll(text).filter(isWord);
}

/** Whether a word begins with a capital letter or a digit (the only words that may begin a name). */
export function startsUpper(word: string): boolean {
  return isAt(word, 0, UPPER | NUMBER);
}

/** What `sentenceStarts` says of a token: it continues a sentence, starts one, or starts a line (which always starts a sentence). */
export const CONTINUES = 0;
export const STARTS_SENTENCE = 1;
export const STARTS_LINE = 2;

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return true;
  }
  return false;
}

/**
 * Where sentences start among `tokens` (all the tokens of `text`, in order): a line break always
 * ends one, and so does a final stop (with any closing quotes after it) followed by a word that
 * starts a sentence, unless the stop ends an initial (Э. Азимова). Linear in the tokens.
 */
export function sentenceStarts(text: string, tokens: readonly Token[]): Uint8Array {
  const starts = new Uint8Array(tokens.length);
  let lastStop = -1; // the last stop since the sentence's first token, if only closing marks follow it
  let sentenceFirst = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1];
    if (previous === undefined || hasLineBreak(text, previous.end, token.start)) {
      starts[i] = STARTS_LINE;
    } else if (lastStop > sentenceFirst && previous.end < token.start && SENTENCE_START.test(token.text)
      && !(tokens[lastStop]?.text === '.' && INITIAL.test(tokens[lastStop - 1]?.text ?? ''))) {
      starts[i] = STARTS_SENTENCE;
    }
    if (starts[i] !== CONTINUES) sentenceFirst = i;
    if (SENTENCE_END.has(token.text)) lastStop = i;
    else if (!CLOSING.has(token.text)) lastStop = -1;
  }
  return starts;
}

/** The sentences of the text; no token is dropped. */
export function splitSentences(text: string): Sentence[] {
  const tokens = tokenizeAll(text);
  const starts = sentenceStarts(text, tokens);
  const sentences: Sentence[] = [];
  let current: Token[] = [];
  const close = (): void => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) sentences.push({ start: first.start, end: last.end, tokens: current });
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    if (starts[i] !== CONTINUES) close();
    current.push(tokens[i] as Token);
  }
  close();
  return sentences;
}
