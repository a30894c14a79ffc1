import * as assert from 'node:assert/strict';
import { endAtScriptChange, endBeforeVerbs, textFeatures } from '../../../../../src/core/tagging/model/modelSource';
import type { EntityKind } from '../../../../../src/core/tagging/model/labels';
import { tag } from '../../../../../src/core/tagging/tag';
import type { LanguageCode } from '../../../../../src/core/tagging/types';

/** The spans `endBeforeVerbs` (or `endAtScriptChange`) makes of the name `name` (of `kind`) in `text`, as `KIND words`. */
function ended(text: string, name: string, kind: EntityKind, lang: LanguageCode = 'ru', how: 'verbs' | 'scripts' = 'verbs'): string[] {
  const { tokens } = textFeatures(text, lang, []);
  const start = text.indexOf(name);
  const first = tokens.findIndex((token) => token.start === start);
  const end = tokens.findIndex((token) => token.end === start + name.length) + 1;
  assert.ok(first >= 0 && end > first, `${name} is a run of tokens`);
  const spans: [number, number, EntityKind][] = [[first, end, kind]];
  return (how === 'verbs' ? endBeforeVerbs(spans, tokens, lang) : endAtScriptChange(spans, tokens)).map(([from, to, found]) => `${found} ${text.slice(tokens[from]?.start, tokens[to - 1]?.end)}`);
}

describe('core/tagging/model: a name of the model ends before a verb (endBeforeVerbs)', () => {
  it('an organisation ends before a lower-case verb in the past or an adverb in -ски', () => {
    assert.deepEqual(ended('Депутаты Думы проголосовали против.', 'Думы проголосовали против', 'ORG'), ['ORG Думы']);
    assert.deepEqual(ended('Решение Верховного суда фактически отменено.', 'Верховного суда фактически', 'ORG'), ['ORG Верховного суда']);
  });

  it('nouns and adjectives after the head go on, and so does a person', () => {
    assert.deepEqual(ended('Заявление Министерства иностранных дел опубликовано.', 'Министерства иностранных дел', 'ORG'), ['ORG Министерства иностранных дел']);
    assert.deepEqual(ended('Сегодня Лев Николаевич пришёл.', 'Лев Николаевич', 'PER'), ['PER Лев Николаевич']);
  });

  it('only where the language\'s pack names such endings: Kazakh and Azerbaijani names are left as they are', () => {
    assert.deepEqual(ended('Депутаты Думы проголосовали против.', 'Думы проголосовали против', 'ORG', 'kk'), ['ORG Думы проголосовали против']);
  });

  it('the whole tagger gives the organisation without the verb', () => {
    assert.deepEqual(tag('Депутаты Думы проголосовали против.', { lang: 'ru' }).spans.map((span) => `${span.kind} ${span.text}`), ['ORG Думы']);
  });
});

describe('core/tagging/model: a name of the model ends where its words change script (endAtScriptChange)', () => {
  it('Latin then Cyrillic, or Cyrillic then Latin: the name is its first part', () => {
    const text = 'Amnesty International Болот Темировқа қатысты мәлімдеме жасады.';
    assert.deepEqual(ended(text, 'Amnesty International Болот Темировқа', 'ORG', 'kk', 'scripts'), ['ORG Amnesty International']);
    assert.deepEqual(ended('Жүз сексен орындық «Эйрбас A320» ұшағы.', 'Эйрбас A320', 'ORG', 'kk', 'scripts'), ['ORG Эйрбас']);
  });

  it('digits and signs belong to no script, and one script throughout is one name', () => {
    assert.deepEqual(ended('Телеарна «Хабар 24» хабарлады.', 'Хабар 24', 'ORG', 'kk', 'scripts'), ['ORG Хабар 24']);
    assert.deepEqual(ended('The Google Science Fair finalists.', 'Google Science Fair', 'EVENT', 'ru', 'scripts'), ['EVENT Google Science Fair']);
  });

  it('the whole tagger gives the organisation, and the name shapes the person after it', () => {
    assert.deepEqual(tag('Amnesty International Болот Темировқа қатысты мәлімдеме жасады.', { lang: 'kk' }).spans.map((span) => `${span.kind} ${span.text}`),
      ['ORG Amnesty International', 'PER Болот Темировқа']);
  });
});
