import * as assert from 'node:assert/strict';
import { candidateKeys } from '../../../../src/core/tagging/morphology';

function reaches(word: string, lang: 'kk' | 'ru' | 'az', base: string): boolean {
  return candidateKeys(word, lang).includes(base);
}

describe('core/tagging/morphology', () => {
  it('kk: stacked suffixes with vowel harmony reach the base form', () => {
    for (const [word, base] of [['Қытайдың', 'қытай'], ['Қытайды', 'қытай'], ['Қазақстанның', 'қазақстан'], ['Алматыдағы', 'алматы'], ['Женевада', 'женева'], ['тамызында', 'тамыз'], ['Тоқаевтың', 'тоқаев'], ['кеңестің', 'кеңес']] as const) {
      assert.ok(reaches(word, 'kk', base), `${word} → ${base}`);
    }
  });

  it('ru: case endings reach the nominative', () => {
    for (const [word, base] of [['Казахстана', 'казахстан'], ['Эльвирой', 'эльвира'], ['Азимовой', 'азимова'], ['Конституционного', 'конституционный'], ['Бельгии', 'бельгия'], ['Брюсселе', 'брюссель'], ['Токаевым', 'токаев']] as const) {
      assert.ok(reaches(word, 'ru', base), `${word} → ${base}`);
    }
    assert.ok(!reaches('Казахстанская', 'ru', 'казахстан'), 'the adjective is not the country');
  });

  it('az: suffixes with buffer consonants reach the base form, with dotted and dotless i kept apart', () => {
    for (const [word, base] of [['Azərbaycanın', 'azərbaycan'], ['Çinin', 'çin'], ['Bakıda', 'bakı'], ['Respublikasının', 'respublikası'], ['İnsan', 'insan']] as const) {
      assert.ok(reaches(word, 'az', base), `${word} → ${base}`);
    }
  });

  it('keeps acronyms as written and cuts a hyphenated suffix', () => {
    assert.deepEqual(candidateKeys('ООН', 'ru'), ['ООН']);
    assert.deepEqual(candidateKeys('AZƏRTAC-a', 'az'), ['AZƏRTAC']);
    assert.deepEqual(candidateKeys('СПЧ-ның', 'kk'), ['СПЧ']);
  });
});
