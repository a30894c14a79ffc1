import * as assert from 'node:assert/strict';
import { findMediaNames } from '../../../../src/core/tagging/entities/mediaNames';
import { tag } from '../../../../src/core/tagging/tag';
import { tokenizeWords } from '../../../../src/core/text/tokenize';
import type { LanguageCode, Span } from '../../../../src/core/tagging/types';

const media = (text: string, lang: LanguageCode = 'az'): string[] => findMediaNames(text, tokenizeWords(text), lang).map((span) => span.text);

describe('core/tagging: news media named by their last word', () => {
  it('up to three capitalised Latin words before TV, Media, FM, News, Times, Post or Press', () => {
    assert.deepEqual(media('Meydan TV və Abzas Media jurnalistləri, həmçinin The New York Times yazıb.'), ['Meydan TV', 'Abzas Media', 'The New York Times']);
    assert.deepEqual(media('Об этом сообщает Fox News со ссылкой на Washington Post.', 'ru'), ['Fox News', 'Washington Post']);
    // A known name in a case only a name's last word takes is not part of it (Azerbaijani and Kazakh).
    const text = 'Bakıda Abzas Media-nın jurnalisti məhkum edilib.';
    const baku = tag(text, { lang: 'az' }, { model: null }).spans.filter((span) => span.text === 'Bakıda');
    assert.equal(baku.length, 1, 'the gazetteer knows Bakıda');
    assert.deepEqual(findMediaNames(text, tokenizeWords(text), 'az', baku).map((span) => span.text), ['Abzas Media']);
    assert.deepEqual(media(text), ['Bakıda Abzas Media'], 'without the gazetteer\'s names the rule cannot tell');
  });

  it('without the case suffix after a hyphen or an apostrophe, as acronyms are tagged', () => {
    assert.deepEqual(media('Meydan TV-nin əməkdaşı ifadə verib.'), ['Meydan TV']);
    assert.deepEqual(media('Toplum TV’nin rəhbəri danışıb.'), ['Toplum TV']);
  });

  it('the word alone, after a lower-case or Cyrillic word, or across a line, is no name', () => {
    assert.deepEqual(media('TV yayımı dayandırılıb, the news media reported, Хабар TV хабарлады.'), []);
    assert.deepEqual(media('Meydan\nTV'), []);
  });

  it('the whole tagger gives the medium over the acronym alone, and over the entity model\'s names in every language', () => {
    const spans = tag('Meydan TV-nin əməkdaşı Aynur Elgünəş ifadə verib.', { lang: 'az' }).spans.map((span) => `${span.kind} ${span.text}`);
    assert.deepEqual(spans, ['ORG Meydan TV', 'PER Aynur Elgünəş']);
    assert.deepEqual(tag('Об этом написала The New York Times.', { lang: 'ru' }).spans.map((span) => `${span.kind} ${span.text}`), ['ORG The New York Times'], 'over the known New York');
    for (const [text, lang] of [['Gündəlik Media тілшісі сотта сөйледі.', 'kk'], ['Журналист Gündəlik Media выступил в суде.', 'ru']] as const) {
      assert.deepEqual(tag(text, { lang }).spans.map((span) => `${span.kind} ${span.text} ${span.source ?? ''}`), ['ORG Gündəlik Media rule'], text);
    }
  });

  it('leaves a medium the knowledge base lists to it, and stops at a listed body\'s name of several words right before', () => {
    for (const [text, lang] of [['Abzas Media тілшісі сотта сөйледі.', 'kk'], ['Журналист Abzas Media выступил в суде.', 'ru']] as const) {
      assert.deepEqual(tag(text, { lang }).spans.map((span) => `${span.kind} ${span.text} ${span.source ?? ''} ${span.entityId ?? ''}`), ['ORG Abzas Media gazetteer kb:abzas-media'], text);
    }
    const text = 'Bakı Ağır Cinayətlər Məhkəməsi Toplum TV əməkdaşlarını həbs etdi.';
    const court: Span = { start: 0, end: 30, kind: 'ORG', text: 'Bakı Ağır Cinayətlər Məhkəməsi' };
    assert.deepEqual(findMediaNames(text, tokenizeWords(text), 'az', [court]).map((span) => span.text), ['Toplum TV']);
    assert.deepEqual(media(text), ['Cinayətlər Məhkəməsi Toplum TV'], 'without the known name the rule cannot tell');
    const whole = (sentence: string, lang: LanguageCode) => tag(sentence, { lang }).spans.filter((span) => span.kind === 'ORG').map((span) => `${span.text} ${span.entityId ?? ''}`);
    assert.deepEqual(whole(text, 'az'), ['Bakı Ağır Cinayətlər Məhkəməsi kb:baku-grave-crimes-court', 'Toplum TV kb:toplum-tv'], 'nor does the whole tagger join them');
    assert.deepEqual(whole('Dünən Meydan TV-nin əməkdaşı danışıb.', 'az'), ['Meydan TV kb:meydan-tv'], 'a capitalised word before a listed medium is not taken in');
  });

  it('never runs back over a word with a case ending, which only a name\'s last word takes', () => {
    assert.deepEqual(media('Financial Times-тан Bloomberg News хабарлады.', 'kk'), ['Financial Times', 'Bloomberg News']);
  });
});
