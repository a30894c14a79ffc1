import * as assert from 'node:assert/strict';
import { tag } from '../../../../src/core/tagging/tag';
import type { LanguageCode } from '../../../../src/core/tagging/types';

function names(text: string, lang: LanguageCode): string[] {
  return tag(text, { lang }).spans.filter((span) => span.kind !== 'DATE').map((span) => `${span.kind} ${span.text}`);
}

describe('core/tagging: a legal form is the descriptor of a name, never a name alone', () => {
  it('ru: ООО, ОАО, ПАО, ГУП and the like are not tagged; the quoted name is', () => {
    const found = names('Акции ПАО «Газпром» выросли, а ООО «Алтек» и ГУП «Водоканал» отказались от договорённостей с ОАО «ВымпелКом».', 'ru');
    for (const form of ['ПАО', 'ООО', 'ГУП', 'ОАО']) assert.ok(!found.some((name) => name.endsWith(` ${form}`)), `${form}: ${found.join(', ')}`);
    assert.ok(found.includes('ORG Алтек') && found.includes('ORG ВымпелКом'), found.join(', '));
  });

  it('kk: ЖАҚ, РМК, ҚҚ are not tagged', () => {
    const found = names('«Қазпошта» АҚ пен «Самұрық» ЖАҚ өкілдері, сондай-ақ «Ақ жол» ҚҚ мен РМК басшылары кездесті.', 'kk');
    for (const form of ['ЖАҚ', 'РМК', 'ҚҚ', 'АҚ']) assert.ok(!found.some((name) => name.endsWith(` ${form}`)), `${form}: ${found.join(', ')}`);
  });

  it('az: QHT and ATSC are not tagged', () => {
    const found = names('Bir neçə QHT və "Azərsu" ATSC nümayəndələri görüşdə iştirak etdilər.', 'az');
    for (const form of ['QHT', 'ATSC']) assert.ok(!found.some((name) => name.endsWith(` ${form}`)), `${form}: ${found.join(', ')}`);
  });
});
