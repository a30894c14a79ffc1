import * as assert from 'node:assert/strict';
import { tag } from '../../../../src/core/tagging/tag';
import type { LanguageCode } from '../../../../src/core/tagging/types';

function names(text: string, lang: LanguageCode): string[] {
  return tag(text, { lang }).spans.filter((span) => span.kind !== 'DATE').map((span) => `${span.kind} ${span.text}`);
}

describe('core/tagging: acronyms of common things are not names', () => {
  it('kk: ЖИТС, АИТВ, СМС, ЖКО, БТР', () => {
    const found = names('Колонияда жазасын өтеп жатқан 11 адамнан ЖИТС дерті анықталды , АИТВ жұқтырғандарға СМС жіберілді ; ЖКО кезінде БТР аударылды .', 'kk');
    for (const form of ['ЖИТС', 'АИТВ', 'СМС', 'ЖКО', 'БТР']) assert.ok(!found.some((name) => name.includes(form)), `${form}: ${found.join(', ')}`);
  });

  it('ru and az: СМС, ДНК, QİÇS, İİV; shared: HIV, AIDS, DNA, GPS', () => {
    const ru = names('Пострадавшим отправили СМС, а анализ ДНК подтвердил родство; фонд помогает людям с HIV и AIDS.', 'ru');
    for (const form of ['СМС', 'ДНК', 'HIV', 'AIDS']) assert.ok(!ru.some((name) => name.includes(form)), `${form}: ${ru.join(', ')}`);
    const az = names('Həbsxanada QİÇS və İİV ilə yaşayan məhbuslara GPS ilə izləmə tətbiq edilib.', 'az');
    for (const form of ['QİÇS', 'İİV', 'GPS']) assert.ok(!az.some((name) => name.includes(form)), `${form}: ${az.join(', ')}`);
  });

  it('a name acronym beside them still is one', () => {
    assert.ok(names('БҰҰ өкілі ЖИТС туралы баяндама жасады .', 'kk').includes('ORG БҰҰ'));
  });
});
