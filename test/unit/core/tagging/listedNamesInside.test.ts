import * as assert from 'node:assert/strict';
import { createTagger, type CorpusTagger } from '../../../../src/core/tagging/createTagger';

/**
 * A name of the shipped model that takes in a shorter name of the shipped gazetteer of its own
 * kind wins over it only when the listed name begins it, or is the surname that ends a person.
 * The sentences are KazNERD's (training part) and the project's parallel set.
 */
describe('core/tagging: a listed name inside a longer name of the model', () => {
  let tagger: CorpusTagger;
  before(async () => {
    tagger = createTagger();
    await tagger.load();
  });

  const names = (text: string): string[] => tagger(text, { lang: 'kk' }).spans.filter((span) => span.kind !== 'DATE').map((span) => `${span.kind} ${span.text}`);

  it('after a person, a listed organisation is a name of its own', () => {
    const found = names('Әйелдер істері бойынша Ұлттық комиссияның төрағасы Гүлшара Әбдіқалықова Біріккен Ұлттар Ұйымы сарапшыларына елдің .');
    assert.ok(found.includes('ORG Біріккен Ұлттар Ұйымы'), found.join(', '));
    assert.ok(found.includes('PER Гүлшара Әбдіқалықова'), found.join(', '));
  });

  it('after a person, a listed place is a place of its own', () => {
    const found = names('Қырғыз журналисі Болот Темиров Бішкектен Мәскеуге депортацияланды.');
    assert.ok(found.includes('LOC Бішкектен'), found.join(', '));
    assert.ok(!found.some((name) => name.startsWith('LOC Болот')), found.join(', '));
  });

  it('a listed surname at the end of a full name stays in the person', () => {
    const found = names('— Президентке кандидат Қасым-Жомарт Кемелұлы Тоқаевқа тиісті куәлік берілсін .');
    assert.ok(found.includes('PER Қасым-Жомарт Кемелұлы Тоқаевқа'), found.join(', '));
  });

  it('a region that begins with a listed place keeps its region word', () => {
    const found = names('Қостанай облысында жаңа мектеп ашылды .');
    assert.ok(found.includes('LOC Қостанай облысында'), found.join(', '));
  });
});
