import * as assert from 'node:assert/strict';
import { currentEntityId } from '../../../../src/core/knowledge/entityIdForms';
import { localEntityId } from '../../../../src/core/knowledge/link';
import { tag } from '../../../../src/core/tagging/tag';
import type { LanguageCode } from '../../../../src/core/tagging/types';

const orgIds = (forms: readonly string[], lang: LanguageCode): string[] => [...new Set(forms.map((form) => localEntityId('ORG', form, lang)))];

/** Each body's forms give one id. */
function assertOneIdEach(bodies: Readonly<Record<string, readonly string[]>>, lang: LanguageCode): void {
  for (const [body, names] of Object.entries(bodies)) assert.equal(orgIds(names, lang).length, 1, `${body}: ${orgIds(names, lang).join(' ')}`);
}

describe('core/knowledge: the case forms of an organisation the knowledge base lacks are one local entity', () => {
  it('Kazakh: the last word\'s case ending, then its possessive', () => {
    const forms = {
      ministry: ['Ішкі істер министрлігі', 'Ішкі істер министрлігінің', 'Ішкі істер министрлігіне', 'Ішкі істер министрлігін', 'Ішкі істер министрлігінде', 'Ішкі істер министрлігінен', 'Ішкі істер министрлігімен'],
      office: ['Бас прокуратура', 'Бас прокуратурасы', 'Бас прокуратураға', 'Бас прокуратураның', 'Бас прокуратурасына', 'Бас прокуратурасының'],
      senate: ['Сенат', 'Сенатқа', 'Сенатта', 'Сенаттың', 'Сенаттан'],
      government: ['Үкімет', 'Үкіметтің', 'Үкіметте', 'Үкіметке', 'Үкіметі'],
      party: ['Нұр Отан', 'Нұр Отанға', 'Нұр Отанды'],
      parliament: ['Мәжіліс', 'Мәжілістің', 'Мәжіліске', 'Мәжілісі', 'Мәжілісінің'],
    };
    assertOneIdEach(forms, 'kk');
  });

  it('Russian: one ending off the head noun and off each adjective', () => {
    const forms = {
      ministry: ['Министерство внутренних дел', 'Министерства внутренних дел', 'Министерстве внутренних дел', 'Министерству внутренних дел', 'Министерством внутренних дел'],
      court: ['Верховный суд', 'Верховного суда', 'Верховному суду', 'Верховным судом', 'Верховном суде'],
      bank: ['Народный банк', 'Народного банка', 'Народному банку', 'Народным банком', 'Народном банке'],
      committee: ['Государственный комитет', 'Государственного комитета', 'Государственным комитетом'],
      commission: ['Государственная комиссия', 'Государственной комиссии', 'Государственную комиссию', 'Государственной комиссией'],
      acronym: ['МИД', 'МИДа', 'МИДом', 'МИДе'],
      oneWord: ['Газпром', 'Газпрома', 'Газпрому', 'Газпроме'],
    };
    assertOneIdEach(forms, 'ru');
  });

  it('Azerbaijani: the last word\'s case ending, also after a hyphen, then its possessive', () => {
    const forms = {
      ministry: ['Daxili İşlər Nazirliyi', 'Daxili İşlər Nazirliyinin', 'Daxili İşlər Nazirliyinə', 'Daxili İşlər Nazirliyində', 'Daxili İşlər Nazirliyindən', 'Daxili İşlər Nazirliyini'],
      name: ['Müsavat', 'Müsavatın', 'Müsavata', 'Müsavatda', 'Müsavatı'],
      parliament: ['Milli Məclis', 'Milli Məclisin', 'Milli Məclisə', 'Milli Məclisi', 'Milli Məclisinin', 'Milli Məclisinə'],
      party: ['Xalq Cəbhəsi Partiyası', 'Xalq Cəbhəsi Partiyasının', 'Xalq Cəbhəsi Partiyasına', 'Xalq Cəbhəsi Partiyasını'],
      acronym: ['NATO', 'NATO-nun', 'NATO-nu', 'NATO-ya', 'NATO-da'],
      medium: ['Kanal TV', 'Kanal TV-nin', 'Kanal TV-yə', 'Kanal TV-dən'],
    };
    assertOneIdEach(forms, 'az');
  });

  it('different bodies stay apart: one ending comes off, never a stem', () => {
    const apart: [string, string, LanguageCode][] = [
      ['Ішкі істер министрлігі', 'Сыртқы істер министрлігі', 'kk'],
      ['Алтын', 'Алтай', 'kk'],
      ['Верховный суд', 'Верховный совет', 'ru'],
      ['Комитета по правам человека', 'Комиссии по правам человека', 'ru'],
      ['Государственного комитета по делам религий', 'Государственной комиссии по делам религий', 'ru'],
      ['Комитета', 'Команды', 'ru'],
      ['партии Кыргызстан', 'Парламента Кыргызстана', 'ru'],
      ['МИД Ирана', 'МИД Ирака', 'ru'],
      ['Посольство Ливана', 'Посольство Ливии', 'ru'],
      ['Посольство Кении', 'Посольство Канады', 'ru'],
      ['Телеканала', 'Талибана', 'ru'],
      ['ФК Астана', 'ФК Эстония', 'ru'],
      ['Azadlıq Radiosu', 'Azadlıq Partiyası', 'az'],
    ];
    for (const [one, other, lang] of apart) assert.notEqual(localEntityId('ORG', one, lang), localEntityId('ORG', other, lang), `${one} / ${other}`);
  });

  it('ids of the form before the fold are not read anew: the id does not say its name\'s language', () => {
    assert.equal(currentEntityId('local:ORG:ishki_istar_ministrlikinin'), 'local:ORG:ishki_istar_ministrlikinin');
    assert.equal(currentEntityId('local:EVENT:konstitucalik_raforma'), 'local:EVENT:konstitucalik_raforma');
  });

  it('in a real article the body named in three cases is one entity', () => {
    const text = 'Ішкі істер министрлігінің мәліметінше, 20 адам ұсталды. Ішкі істер министрлігі бұл туралы хабарлады. Белсенділер Ішкі істер министрлігіне шағым түсірді.';
    const ids = tag(text, { lang: 'kk' }).spans.filter((span) => span.kind === 'ORG').map((span) => span.entityId);
    assert.equal(ids.length, 3, ids.join(' '));
    assert.equal(new Set(ids).size, 1, ids.join(' '));
  });
});
