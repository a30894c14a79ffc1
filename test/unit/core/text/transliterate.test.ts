import * as assert from 'node:assert/strict';
import { CYRILLIC_LETTERS, cyrillicKey, latinKey } from '../../../../src/core/text/transliterate';

describe('core/text: the one Cyrillic → Latin table', () => {
  it('gives every Kazakh and Russian letter a key of plain Latin letters', () => {
    const alphabet = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
    assert.deepEqual([...CYRILLIC_LETTERS].sort(), Array.from(alphabet).sort());
    for (const letter of Array.from(alphabet)) assert.match(cyrillicKey(letter) ?? '?', /^[a-z]*$/u, letter);
  });

  it('Kazakh Cyrillic and Azerbaijani Latin spellings of one word meet', () => {
    const pairs: [string, string][] = [['жәлел', 'cəlel'], ['шоқан', 'şoqan'], ['ілһам', 'ilham'], ['чөкин', 'çökin'], ['ұлы', 'ulı'], ['ғани', 'ğani']];
    for (const [kazakh, azerbaijani] of pairs) assert.equal(latinKey(kazakh), latinKey(azerbaijani), `${kazakh} / ${azerbaijani}`);
  });

  it('keeps letters outside both alphabets as they are', () => {
    assert.equal(latinKey('2024-ші'), '2024-shi');
    assert.equal(latinKey('😀x'), '😀x');
  });
});
