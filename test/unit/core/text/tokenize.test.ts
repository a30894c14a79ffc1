import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CodePointOffsets } from '../../../../src/core/text/codePoints';
import { caseEndingAfterJoiner, hasLowerCaseAfterJoiner, isWord, sentenceStarts, splitSentences, STARTS_LINE, STARTS_SENTENCE, tokenizeAll, tokenizeWithWords, tokenizeWords } from '../../../../src/core/text/tokenize';
import { leastCpuMsOf3 } from '../../cpuTime';
import { SEED_NAMES } from '../../paths';
import { seedText } from '../formats/helpers';

/** The text with its white space taken out: what the tokens must give when joined. */
const squeezed = (text: string): string => text.replace(/\s+/gu, '');

describe('core/text: a tokenizer that keeps every token', () => {
  it('splits words, numbers and each punctuation mark, keeping inner hyphens', () => {
    const text = '«Қытай-Орталық Азия 2024» форумы өтті. Ж. Азимова: 8,5%!';
    assert.deepEqual(tokenizeAll(text).map((token) => token.text), ['«', 'Қытай-Орталық', 'Азия', '2024', '»', 'форумы', 'өтті', '.', 'Ж', '.', 'Азимова', ':', '8', ',', '5', '%', '!']);
  });

  it('keeps an emoji and an astral letter whole, with UTF-16 offsets', () => {
    const text = 'Салем 😀 𐌰𐌱 мир';
    const tokens = tokenizeAll(text);
    assert.deepEqual(tokens.map((token) => token.text), ['Салем', '😀', '𐌰𐌱', 'мир']);
    assert.deepEqual(tokens.map((token) => [token.start, token.end]), [[0, 5], [6, 8], [9, 13], [14, 17]]);
  });

  it('ends sentences at line breaks and at stops before a capital, and drops no token', () => {
    const text = 'Бірінші сөйлем. Екінші «сөйлем». үшінші жоқ\nЖаңа жол';
    const sentences = splitSentences(text).map((sentence) => sentence.tokens.map((token) => token.text).join(' '));
    assert.deepEqual(sentences, ['Бірінші сөйлем .', 'Екінші « сөйлем » . үшінші жоқ', 'Жаңа жол']);
  });

  it('tokens of every seed join back to the text', () => {
    for (const name of SEED_NAMES) {
      const text = seedText(name);
      const sentences = splitSentences(text);
      assert.equal(sentences.flatMap((sentence) => sentence.tokens).map((token) => token.text).join(''), squeezed(text), name);
      for (const token of sentences.flatMap((sentence) => sentence.tokens)) assert.equal(text.slice(token.start, token.end), token.text);
    }
  });

  it('property: on random texts with astral characters, tokens join back and offsets convert both ways', () => {
    const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom('😀', '𐌰', '𝐀𝐁', ' ', '\n', '.', 'Қ', 'ı', '«»', '\r\n'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
      const tokens = splitSentences(text).flatMap((sentence) => sentence.tokens);
      assert.equal(tokens.map((token) => token.text).join(''), squeezed(text));
      const offsets = new CodePointOffsets(text);
      for (const token of tokens) {
        assert.ok(!offsets.splitsAstral(token.start) && !offsets.splitsAstral(token.end));
        assert.equal(offsets.toUtf16(offsets.toCodePoints(token.start)), token.start);
        assert.equal(offsets.toCodePoints(token.end), Array.from(text.slice(0, token.end)).length);
      }
    }), { numRuns: 500 });
  });

  it('property: for any string, the tokens and the white space between them give the text back exactly', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      let rebuilt = '';
      let end = 0;
      for (const token of tokenizeAll(text)) {
        const gap = text.slice(end, token.start);
        assert.ok(/^\s*$/u.test(gap), `only white space between tokens: ${JSON.stringify(gap)}`);
        assert.ok(token.end > token.start);
        assert.equal(text.slice(token.start, token.end), token.text);
        rebuilt += gap + token.text;
        end = token.end;
      }
      rebuilt += text.slice(end);
      assert.equal(rebuilt, text);
      assert.ok(/^\s*$/u.test(text.slice(end)));
    }), { numRuns: 1000 });
  });

  it('property: the scan gives the tokens of the defining regex, on any string', () => {
    const definition = /[\p{L}\p{M}\p{N}]+(?:[-‑'’][\p{L}\p{M}\p{N}]+)*|\S/gu;
    const byRegex = (text: string): { start: number; end: number; text: string }[] =>
      Array.from(text.matchAll(definition), (match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
    const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('-', '‑', "'", '’', '𝐀', '😀', '\u0301', '٣', ' ', '\u00a0', '\u2028', 'Қ', 'ə', '\ud800', '\udc00'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
      assert.deepEqual(tokenizeAll(text), byRegex(text));
      assert.deepEqual(tokenizeWords(text).map((token) => token.text), byRegex(text).map((token) => token.text).filter((word) => /^[\p{L}\p{M}\p{N}]/u.test(word)));
      assert.deepEqual(tokenizeWithWords(text), { all: tokenizeAll(text), words: tokenizeWords(text) });
    }), { numRuns: 2000 });
  });

  it('words are the tokens without punctuation and symbols, in the same order', () => {
    const text = 'ОФ «Хартия за права человека» (Алматы), 2024-ші жыл: Qur\'an, AZƏRTAC-a!';
    assert.deepEqual(tokenizeWords(text).map((token) => token.text), ['ОФ', 'Хартия', 'за', 'права', 'человека', 'Алматы', '2024-ші', 'жыл', 'Qur\'an', 'AZƏRTAC-a']);
    assert.deepEqual(tokenizeWords(text), tokenizeAll(text).filter(isWord));
  });

  it('an initial\'s stop does not end a sentence; a line break always does', () => {
    const text = 'Встречу провела Э. Азимова. Она сказала «да».\nНовая строка';
    const tokens = tokenizeAll(text);
    const starts = sentenceStarts(text, tokens);
    const startWords = tokens.filter((_, i) => starts[i] !== 0).map((token) => token.text);
    assert.deepEqual(startWords, ['Встречу', 'Она', 'Новая']);
    assert.equal(starts[tokens.findIndex((token) => token.text === 'Новая')], STARTS_LINE);
    assert.equal(starts[tokens.findIndex((token) => token.text === 'Она')], STARTS_SENTENCE);
  });

  // Sizes of 1 MB and 4 MB: below about 1 MB the tokens fit in the young generation and need no
  // collection, so a smaller first size would measure the collector's threshold, not the scan.
  // Linearity is the ratio of CPU times (a scan quadratic in the input takes 16 times as long on
  // 4 MB, a linear one 4 times), which other processes do not change. The work is about 9 s of
  // CPU alone; on two cores shared at a load of 7 this process gets about a quarter of a core,
  // so the test's time limit only ends a hang (a quadratic scan of 4 MB would take hours).
  it('tokenizes in linear time: a 4 MB word, 4 MB of punctuation, hyphens and apostrophes without an end', function () {
    this.timeout(90_000);
    const inputs: [string, (size: number) => string][] = [
      ['one word', (size) => 'Қ'.repeat(size)],
      ['punctuation', (size) => '«.»,'.repeat(size / 4)],
      ['hyphens', (size) => 'а-'.repeat(size / 2)],
      ['apostrophes and hyphens', (size) => 'a\'b-'.repeat(size / 4)],
    ];
    for (const [name, make] of inputs) {
      const small = make(1_000_000);
      const large = make(4_000_000);
      assert.equal(tokenizeAll(large).map((token) => token.text).join(''), large.replace(/\s+/gu, ''));
      const smallMs = leastCpuMsOf3(() => tokenizeAll(small));
      const largeMs = leastCpuMsOf3(() => tokenizeAll(large));
      assert.ok(largeMs < 10 * Math.max(smallMs, 1), `${name}: 1 MB ${smallMs.toFixed(0)} ms, 4 MB ${largeMs.toFixed(0)} ms of CPU`);
    }
  });
  it('finds a lower-case ending written after a hyphen or apostrophe', () => {
    assert.equal(caseEndingAfterJoiner('Journal-да'), 'да');
    assert.equal(caseEndingAfterJoiner('TV’dən'), 'dən');
    assert.equal(caseEndingAfterJoiner('Журнал'), undefined);
    assert.equal(caseEndingAfterJoiner('Jean-Claude'), undefined);
    assert.equal(hasLowerCaseAfterJoiner('Times-тан'), true);
    assert.equal(hasLowerCaseAfterJoiner('Jean-Claude'), false);
    assert.equal(hasLowerCaseAfterJoiner('Bakı'), false);
  });
});
