import * as assert from 'node:assert/strict';
import { joinLatinRuns } from '../../../../src/core/tagging/latinRuns';
import { tag } from '../../../../src/core/tagging/tag';
import type { EntityKind } from '../../../../src/core/kinds';
import type { Span } from '../../../../src/core/tagging/types';

/** The spans `joinLatinRuns` makes of the named pieces in `text`, as `KIND words`. */
function joined(text: string, pieces: readonly [string, EntityKind, Span['source']?][]): string[] {
  const spans = pieces.map(([name, kind, source]): Span => {
    const start = text.indexOf(name);
    assert.ok(start >= 0, `${name} is in the text`);
    return { start, end: start + name.length, kind, text: name, canonical: name, ...(source ? { source } : {}) };
  }).sort((a, b) => a.start - b.start);
  return joinLatinRuns(text, spans).map((span) => `${span.kind} ${text.slice(span.start, span.end)}`);
}

describe('core/tagging: a run of capitalised Latin words in Cyrillic text is one name (joinLatinRuns)', () => {
  it('the pieces found become the whole run: of the piece\'s kind where there is one, an organisation where there are more', () => {
    assert.deepEqual(joined('Инвестором выступила компания Digital Sky Technologies.', [['Digital', 'ORG', 'model'], ['Sky Technologies', 'PER', 'model']]), ['ORG Digital Sky Technologies']);
    assert.deepEqual(joined('Об этом пишет The Wall Street Journal со ссылкой на источники.', [['The Wall', 'ORG', 'model'], ['Journal', 'ORG', 'model']]), ['ORG The Wall Street Journal']);
    assert.deepEqual(joined('Акции купил Bank of East Asia в понедельник.', [['Bank', 'ORG', 'model']]), ['ORG Bank of East Asia']);
    assert.deepEqual(joined('Ассоциация Business NZ заявила.', [['NZ', 'ORG', 'rule']]), ['ORG Business NZ']);
    assert.deepEqual(joined('Он выиграл Corus Chess Tournament в Вейк-ан-Зее.', [['Corus', 'PER', 'model'], ['Chess Tournament', 'PER', 'model']]), ['EVENT Corus Chess Tournament']);
  });

  it('a run already whole, a run with nothing found, Latin text, a gazetteer\'s name and a name reaching out of the run stay', () => {
    assert.deepEqual(joined('Правозащитники Amnesty International заявили.', [['Amnesty International', 'ORG', 'model']]), ['ORG Amnesty International']);
    assert.deepEqual(joined('Сериал The IT Crowd вышел снова.', []), []);
    assert.deepEqual(joined('He said that Digital Sky Technologies invested.', [['Digital', 'ORG', 'model']]), ['ORG Digital']);
    assert.deepEqual(joined('Конкурс Google Science Fair прошёл.', [['Google', 'ORG', 'gazetteer']]), ['ORG Google']);
    assert.deepEqual(joined('Компания Facebook Российский фонд DST купил.', [['Facebook Российский', 'ORG', 'model']]), ['ORG Facebook Российский']);
  });

  it('a run is at most six capitalised words, and ends at a dot that ends a sentence but not inside a name', () => {
    assert.deepEqual(joined('Сайт Lenta.ru и агентство The Associated Press сообщили.', [['Lenta.ru', 'ORG', 'model'], ['Associated Press', 'ORG', 'model']]), ['ORG Lenta.ru', 'ORG The Associated Press']);
    assert.deepEqual(joined('Выступила группа Depeche Mode. Microsoft молчит.', [['Depeche', 'PER', 'model'], ['Microsoft', 'ORG', 'model']]), ['PER Depeche Mode', 'ORG Microsoft']);
    assert.deepEqual(joined('Он процитировал: Free Speech Is The Right Of Every Citizen Here.', [['Free Speech', 'ORG', 'model']]), ['ORG Free Speech']);
  });

  it('the whole tagger, with the shipped model, names an international company written in Latin letters in Russian and Kazakh news as one', () => {
    const ru = tag('Инвестором выступила компания Digital Sky Technologies, сообщает The Wall Street Journal.', { lang: 'ru' }).spans.map((span) => `${span.kind} ${span.text}`);
    assert.ok(ru.includes('ORG Digital Sky Technologies') && ru.includes('ORG The Wall Street Journal'), ru.join(' | '));
    const kk = tag('Келісімге Baker Hughes компаниясы қол қойды.', { lang: 'kk' }).spans.map((span) => `${span.kind} ${span.text}`);
    assert.ok(kk.some((name) => name.startsWith('ORG Baker Hughes')), kk.join(' | '));
  });
});
