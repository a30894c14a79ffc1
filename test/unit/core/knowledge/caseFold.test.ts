import * as assert from 'node:assert/strict';
import { foldedNameKey } from '../../../../src/core/knowledge/caseFold';
import { currentEntityId } from '../../../../src/core/knowledge/entityIdForms';
import { localEntityId } from '../../../../src/core/knowledge/link';
import { nameSkeleton } from '../../../../src/core/knowledge/transliterate';
import { tag } from '../../../../src/core/tagging/tag';
import type { LanguageCode } from '../../../../src/core/tagging/types';

const orgIds = (forms: readonly string[], lang: LanguageCode): Set<string> => new Set(forms.map((form) => localEntityId('ORG', form, lang)));

describe('core/knowledge: the case forms of an organisation the knowledge base lacks are one local entity', () => {
  it('Kazakh: every case of the last word, with or without the possessive', () => {
    const ministry = ['Ішкі істер министрлігі', 'Ішкі істер министрлігінің', 'Ішкі істер министрлігіне', 'Ішкі істер министрлігін', 'Ішкі істер министрлігінде', 'Ішкі істер министрлігінен', 'Ішкі істер министрлігімен'];
    assert.equal(orgIds(ministry, 'kk').size, 1, [...orgIds(ministry, 'kk')].join(' '));
    const office = ['Бас прокуратура', 'Бас прокуратурасы', 'Бас прокуратураға', 'Бас прокуратураның', 'Бас прокуратурасына', 'Бас прокуратурасының'];
    assert.equal(orgIds(office, 'kk').size, 1, [...orgIds(office, 'kk')].join(' '));
  });

  it('Russian: the head noun and its adjectives in every case', () => {
    const ministry = ['Министерство внутренних дел', 'Министерства внутренних дел', 'Министерстве внутренних дел', 'Министерству внутренних дел', 'Министерством внутренних дел'];
    assert.equal(orgIds(ministry, 'ru').size, 1, [...orgIds(ministry, 'ru')].join(' '));
    const court = ['Верховный суд', 'Верховного суда', 'Верховному суду', 'Верховным судом', 'Верховном суде'];
    assert.equal(orgIds(court, 'ru').size, 1, [...orgIds(court, 'ru')].join(' '));
    assert.equal(orgIds(['Газпром', 'Газпрома', 'Газпромом'], 'ru').size, 1);
  });

  it('Azerbaijani: the last word\'s case, also after a hyphen', () => {
    const ministry = ['Daxili İşlər Nazirliyi', 'Daxili İşlər Nazirliyinin', 'Daxili İşlər Nazirliyinə', 'Daxili İşlər Nazirliyində', 'Daxili İşlər Nazirliyindən', 'Daxili İşlər Nazirliyini'];
    assert.equal(orgIds(ministry, 'az').size, 1, [...orgIds(ministry, 'az')].join(' '));
    assert.equal(orgIds(['Kanal TV', 'Kanal TV-nin', 'Kanal TV-yə', 'Kanal TV-dən'], 'az').size, 1);
  });

  it('different bodies stay apart, and so do short one-word names', () => {
    assert.notEqual(localEntityId('ORG', 'Ішкі істер министрлігі', 'kk'), localEntityId('ORG', 'Сыртқы істер министрлігі', 'kk'));
    assert.notEqual(localEntityId('ORG', 'Верховный суд', 'ru'), localEntityId('ORG', 'Верховный совет', 'ru'));
    assert.notEqual(localEntityId('ORG', 'Алтын', 'kk'), localEntityId('ORG', 'Алтай', 'kk'));
    assert.notEqual(localEntityId('ORG', 'Адам', 'kk'), localEntityId('ORG', 'Адамдар', 'kk'));
  });

  it('a folded key folds to itself, so an id of the earlier form is read as today\'s and today\'s as itself', () => {
    for (const [name, lang] of [['Ішкі істер министрлігінің', 'kk'], ['Министерством внутренних дел', 'ru'], ['Daxili İşlər Nazirliyindən', 'az'], ['ғылыми-зерттеу институтының', 'kk'], ['Kanal TV-nin', 'az']] as const) {
      const folded = foldedNameKey(nameSkeleton(name, lang));
      assert.equal(foldedNameKey(folded), folded, name);
      const before = `local:ORG:${nameSkeleton(name, lang).replace(/ /gu, '_')}`;
      const now = localEntityId('ORG', name, lang);
      assert.notEqual(before, now, name);
      assert.equal(currentEntityId(before), now, name);
      assert.equal(currentEntityId(now), now, name);
      assert.equal(currentEntityId(before.replace('local:ORG:', 'local:EVENT:')), now.replace('local:ORG:', 'local:EVENT:'), name);
    }
    // An id a split made is the curator's own.
    assert.equal(currentEntityId('local:ORG:ishki_istar_ministrlikinin#2'), 'local:ORG:ishki_istar_ministrlikinin#2');
  });

  it('in a real article the body named in three cases is one entity', () => {
    const text = 'Ішкі істер министрлігінің мәліметінше, 20 адам ұсталды. Ішкі істер министрлігі бұл туралы хабарлады. Белсенділер Ішкі істер министрлігіне шағым түсірді.';
    const ids = tag(text, { lang: 'kk' }).spans.filter((span) => span.kind === 'ORG').map((span) => span.entityId);
    assert.equal(ids.length, 3, ids.join(' '));
    assert.equal(new Set(ids).size, 1, ids.join(' '));
  });
});
