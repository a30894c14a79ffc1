import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CharacterSet, classAt, codePointStartBefore, countWords, CYRILLIC, isAt, isInlineSpace, isSpace, LATIN, LETTER, LOWER, MARK, NUMBER, SPACE, unitsAt, UPPER } from '../../../../src/core/text/characters';

const DEFINITIONS: readonly [number, RegExp][] = [
  [LETTER, /^\p{L}/u], [UPPER, /^\p{Lu}/u], [LOWER, /^\p{Ll}/u], [MARK, /^\p{M}/u], [NUMBER, /^\p{N}/u], [SPACE, /^\s/u],
  [CYRILLIC, /^\p{Script=Cyrillic}/u], [LATIN, /^\p{Script=Latin}/u],
];

describe('core/text: character classes read from a table', () => {
  it('property: at any offset of any string, the classes are those the u-flag regexes give the code point there', () => {
    const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('𝐀', '😀', 'Қ', 'ə', 'İ', '\u0301', '٣', '\u00a0', '\u2028', '\ud800', '\udc00'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 10 }).map((parts) => parts.join('')), (text) => {
      for (let i = 0; i < text.length; i++) {
        const rest = String.fromCodePoint(text.codePointAt(i) as number);
        for (const [flag, definition] of DEFINITIONS) assert.equal(isAt(text, i, flag), definition.test(rest), `${JSON.stringify(rest)} at ${i}, flag ${flag}`);
        assert.equal(unitsAt(text, i), rest.length);
      }
      assert.equal(classAt(text, text.length), 0);
      assert.equal(classAt(text, -1), 0);
    }), { numRuns: 1000 });
  });

  it('property: the code point before an offset starts where iterating the string by code points puts it', () => {
    const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('𝐀', '😀', 'Қ', '\ud800', '\udc00'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')), (text) => {
      const starts: number[] = [];
      let offset = 0;
      for (const character of text) { starts.push(offset); offset += character.length; }
      for (let i = 0; i < starts.length; i++) {
        const end = starts[i + 1] ?? text.length;
        assert.equal(codePointStartBefore(text, end), starts[i], `before ${end} in ${JSON.stringify(text)}`);
      }
    }));
    assert.equal(codePointStartBefore('Э.', 1), 0);
    assert.equal(codePointStartBefore('a𝐀.', 3), 1);
  });

  it('property: isInlineSpace(text, from, to) is /^[^\\S\\n]+$/u on text.slice(from, to)', () => {
    const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff', 'Қ', '\ud800'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')), fc.nat(), fc.nat(), (text, a, b) => {
      const from = a % (text.length + 1);
      const to = b % (text.length + 1);
      assert.equal(isInlineSpace(text, from, to), /^[^\S\n]+$/u.test(text.slice(from, to)), `${JSON.stringify(text)} [${from}, ${to})`);
    }));
  });

  it('property: isSpace(text, from, to) is /^\\s+$/u on text.slice(from, to)', () => {
    const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff', 'Қ', '\ud800'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')), fc.nat(), fc.nat(), (text, a, b) => {
      const from = a % (text.length + 1);
      const to = b % (text.length + 1);
      assert.equal(isSpace(text, from, to), /^\s+$/u.test(text.slice(from, to)), `${JSON.stringify(text)} [${from}, ${to})`);
    }));
  });

  it('property: countWords is the number of runs of characters other than \\s', () => {
    const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2009', '\u3000', 'Қ', '😀'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')), (text) => {
      assert.equal(countWords(text), text.split(/\s+/u).filter((word) => word !== '').length, JSON.stringify(text));
    }));
    assert.equal(countWords('Біріккен Ұлттар\u00a0Ұйымы'), 3);
    assert.equal(countWords(' \n'), 0);
  });

  it('a character set covers a range only of its members, and refuses astral members', () => {
    const gap = new CharacterSet(' .,«»');
    assert.ok(gap.covers('А. «Б»', 1, 4));
    assert.ok(gap.covers('АБ', 1, 1));
    assert.ok(!gap.covers('А Б', 0, 2));
    assert.throws(() => new CharacterSet('a😀'), /Basic Multilingual Plane/u);
  });
});
