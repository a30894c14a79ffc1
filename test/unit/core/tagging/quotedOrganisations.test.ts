import * as assert from 'node:assert/strict';
import { findUnknownNames } from '../../../../src/core/tagging/entities/unknownNames';
import { tokenizeWords } from '../../../../src/core/text/tokenize';
import type { LanguageCode } from '../../../../src/core/tagging/types';

/** The organisations the shape rules find in `text` (the names in «» among them). */
function organisations(text: string, lang: LanguageCode): string[] {
  return findUnknownNames(text, tokenizeWords(text), lang).filter((span) => span.kind === 'ORG').map((span) => span.text);
}

describe('core/tagging: a «quoted» name with the word that makes it an organisation', () => {
  it('kk: the head noun after the quotation may be in any case form', () => {
    assert.deepEqual(organisations('Қазір төрт арнаны тоғыстырған «Хабар» агенттігінде орта буын өкілдері жұмыс істейді.', 'kk'), ['Хабар']);
    assert.deepEqual(organisations('Үздік оқушылар «Жас ұлан» ұйымына қабылданды.', 'kk'), ['Жас ұлан']);
  });

  it('spaces inside the marks (as KazNERD writes them) are not part of the name', () => {
    assert.deepEqual(organisations('Белгілі болғандай , « Ақ жол » партиясынан үміткер ұсынылды .', 'kk'), ['Ақ жол']);
  });

  it('a quotation before a word that is no head stays no name', () => {
    assert.deepEqual(organisations('Ол «Абай жолы» романын қайта оқыды.', 'kk'), []);
  });

  it('ru: the descriptor comes before the quotation, as before', () => {
    assert.deepEqual(organisations('Акции компании «Норильский никель» выросли.', 'ru'), ['Норильский никель']);
    assert.deepEqual(organisations('«Норильский никель» компания сообщила.', 'ru'), []);
  });
});
