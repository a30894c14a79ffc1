import * as assert from 'node:assert/strict';
import { endAtScriptChange, endBeforeFunctionWords, textFeatures } from '../../../../../src/core/tagging/model/modelSource';
import type { EntityKind } from '../../../../../src/core/tagging/model/labels';
import { tag } from '../../../../../src/core/tagging/tag';
import type { LanguageCode } from '../../../../../src/core/tagging/types';

/** The spans `endAtScriptChange` makes of the name `name` (of `kind`) in `text`, as `KIND words`. */
function ended(text: string, name: string, kind: EntityKind, lang: LanguageCode = 'kk'): string[] {
  const { tokens } = textFeatures(text, lang, []);
  const start = text.indexOf(name);
  const first = tokens.findIndex((token) => token.start === start);
  const end = tokens.findIndex((token) => token.end === start + name.length) + 1;
  assert.ok(first >= 0 && end > first, `${name} is a run of tokens`);
  return endAtScriptChange([[first, end, kind]], tokens).map(([from, to, found]) => `${found} ${text.slice(tokens[from]?.start, tokens[to - 1]?.end)}`);
}

describe('core/tagging/model: a name of the model ends where its words change script (endAtScriptChange)', () => {
  it('Latin then Cyrillic, or Cyrillic then Latin: the name is its first part', () => {
    assert.deepEqual(ended('Amnesty International Болот Темировқа қатысты мәлімдеме жасады.', 'Amnesty International Болот Темировқа', 'ORG'), ['ORG Amnesty International']);
    assert.deepEqual(ended('Жүз сексен орындық «Эйрбас A320» ұшағы.', 'Эйрбас A320', 'ORG'), ['ORG Эйрбас']);
    assert.deepEqual(ended('— цитирует ИА Regnum Минченко.', 'Regnum Минченко', 'PER', 'ru'), ['PER Regnum']);
  });

  it('gives back the signs before the cut', () => {
    assert.deepEqual(ended('Amnesty International – Болот Темировқа туралы.', 'Amnesty International – Болот Темировқа', 'ORG'), ['ORG Amnesty International']);
    assert.deepEqual(ended('Halyk Bank, Сбербанк қатысты.', 'Halyk Bank, Сбербанк', 'ORG'), ['ORG Halyk Bank']);
  });

  it('a word\'s script is its stem\'s, digits and signs have none, and one script throughout is one name', () => {
    assert.deepEqual(ended('Human Rights Watch-тың баяндамасы шықты.', 'Human Rights Watch-тың', 'ORG'), ['ORG Human Rights Watch-тың']);
    assert.deepEqual(ended('Expo 2017-нің павильондары ашылды.', 'Expo 2017-нің', 'EVENT'), ['EVENT Expo 2017-нің']);
    assert.deepEqual(ended('Жүз сексен орындық «Эйрбас A320-ның» ұшағы.', 'Эйрбас A320-ның', 'ORG'), ['ORG Эйрбас']);
    assert.deepEqual(ended('Телеарна «Хабар 24» хабарлады.', 'Хабар 24', 'ORG'), ['ORG Хабар 24']);
    assert.deepEqual(ended('The Google Science Fair finalists.', 'Google Science Fair', 'EVENT', 'ru'), ['EVENT Google Science Fair']);
  });

  it('the whole tagger gives the organisation, and the name shapes the person after it', () => {
    assert.deepEqual(tag('Amnesty International Болот Темировқа қатысты мәлімдеме жасады.', { lang: 'kk' }).spans.map((span) => `${span.kind} ${span.text}`),
      ['ORG Amnesty International', 'PER Болот Темировқа']);
  });
});

describe('core/tagging/model: a name of the model never ends in a function word (endBeforeFunctionWords)', () => {
  /** The spans `endBeforeFunctionWords` makes of the name `name` (of `kind`) in `text`, as `KIND words`. */
  function cut(text: string, name: string, kind: EntityKind, lang: LanguageCode): string[] {
    const { tokens } = textFeatures(text, lang, []);
    const start = text.indexOf(name);
    const first = tokens.findIndex((token) => token.start === start);
    const end = tokens.findIndex((token) => token.end === start + name.length) + 1;
    assert.ok(first >= 0 && end > first, `${name} is a run of tokens`);
    return endBeforeFunctionWords(text, [[first, end, kind]], tokens, lang).map(([from, to, found]) => `${found} ${text.slice(tokens[from]?.start, tokens[to - 1]?.end)}`);
  }

  it('a preposition, a conjunction or a non-noun at the end is cut off, with the signs before it', () => {
    assert.deepEqual(cut('Комитет Госдумы по обороне одобрил поправки.', 'Госдумы по', 'ORG', 'ru'), ['ORG Госдумы']);
    assert.deepEqual(cut('Представители ООН, и ОБСЕ приехали.', 'ООН, и', 'ORG', 'ru'), ['ORG ООН']);
    assert.deepEqual(cut('Союз журналистов при президенте заявил.', 'Союз журналистов при', 'ORG', 'ru'), ['ORG Союз журналистов']);
    assert.deepEqual(cut('Milli Məclis və hökumət razılaşıb.', 'Milli Məclis və', 'ORG', 'az'), ['ORG Milli Məclis']);
  });

  it('a lower-case word inside the name, a word joined to the one before, and a name of one word stay', () => {
    assert.deepEqual(cut('Министерство по чрезвычайным ситуациям сообщило.', 'Министерство по чрезвычайным ситуациям', 'ORG', 'ru'), ['ORG Министерство по чрезвычайным ситуациям']);
    assert.deepEqual(cut('Об этом пишет Lenta.ru сегодня.', 'Lenta.ru', 'ORG', 'ru'), ['ORG Lenta.ru']);
    assert.deepEqual(cut('Об этом пишет Лента.ру сегодня.', 'Лента.ру', 'ORG', 'ru'), ['ORG Лента.ру']);
  });

  it('the whole tagger, with the shipped model, names no organisation ending in по', () => {
    const spans = tag('Комитет Госдумы по обороне одобрил поправки.', { lang: 'ru' }).spans;
    assert.ok(spans.every((span) => !/\sпо$/u.test(span.text)), spans.map((span) => `${span.kind} ${span.text}`).join(' | '));
    assert.ok(spans.some((span) => span.text.startsWith('Госдумы') || span.text.startsWith('Комитет Госдумы')), spans.map((span) => `${span.kind} ${span.text}`).join(' | '));
  });
});
