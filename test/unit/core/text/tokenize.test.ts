import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CodePointOffsets } from '../../../../src/core/text/codePoints';
import { splitSentences, tokenizeAll } from '../../../../src/core/text/tokenize';
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
});
