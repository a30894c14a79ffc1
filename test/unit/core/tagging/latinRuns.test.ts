import * as assert from 'node:assert/strict';
import type { EntityKind } from '../../../../src/core/kinds';
import { joinLatinRuns, LATIN_CAPITAL_BLOCKS } from '../../../../src/core/tagging/latinRuns';
import { tag } from '../../../../src/core/tagging/tag';
import type { Span } from '../../../../src/core/tagging/types';

/** The spans `joinLatinRuns` makes of the named pieces in `text` (`source` model unless given), as `KIND words`. */
function joined(text: string, pieces: readonly [string, EntityKind, Span['source']?][], isCuratorName?: (span: Span) => boolean): string[] {
  const spans = pieces.map(([name, kind, source]): Span => {
    const start = text.indexOf(name);
    assert.ok(start >= 0, `${name} is in the text`);
    return { start, end: start + name.length, kind, text: name, canonical: name, source: source ?? 'model' };
  }).sort((a, b) => a.start - b.start);
  return joinLatinRuns(text, spans, isCuratorName).map((span) => `${span.kind} ${text.slice(span.start, span.end)}`);
}

describe('core/tagging: a run of capitalised Latin words in Cyrillic text is one name (joinLatinRuns)', () => {
  it('the pieces found become the whole run, stamped as a rule\'s', () => {
    assert.deepEqual(joined('Инвестором выступила компания Digital Sky Technologies.', [['Digital', 'ORG'], ['Sky Technologies', 'PER']]), ['ORG Digital Sky Technologies']);
    assert.deepEqual(joined('Об этом пишет The Wall Street Journal со ссылкой на источники.', [['The Wall', 'ORG'], ['Journal', 'ORG']]), ['ORG The Wall Street Journal']);
    assert.deepEqual(joined('Ассоциация Business NZ заявила.', [['NZ', 'ORG', 'rule']]), ['ORG Business NZ']);
    assert.deepEqual(joined('Аудитором стала Ernst & Young в прошлом году.', [['Ernst', 'ORG']]), ['ORG Ernst & Young']);
    assert.deepEqual(joined('Грант выдал Bill and Melinda Gates Foundation.', [['Bill', 'PER']]), ['ORG Bill and Melinda Gates Foundation']);
    assert.deepEqual(joined('Доклад Center for Strategic and International Studies вышел.', [['Center', 'ORG'], ['International Studies', 'ORG']]), ['ORG Center for Strategic and International Studies']);
    const text = 'Инвестором выступила компания Digital Sky Technologies.';
    const [span] = joinLatinRuns(text, [{ start: 30, end: 37, kind: 'ORG', text: 'Digital', canonical: 'Digital', source: 'model', confidence: 0.6 }]);
    assert.equal(span?.source, 'rule');
  });

  it('the kind: an event or an organisation by its last word, the pieces\' one kind, an organisation where a place is only part of it, the kinds differ, an event\'s piece has no event\'s last word, or a longer run is cut into persons', () => {
    assert.deepEqual(joined('Фонд Alpha Beta Gamma вложил.', [['Alpha', 'ORG'], ['Gamma', 'PER']]), ['ORG Alpha Beta Gamma']);
    assert.deepEqual(joined('Канал Lorem Ipsum Dolor показал.', [['Lorem', 'PER'], ['Dolor', 'PER']]), ['ORG Lorem Ipsum Dolor']);
    assert.deepEqual(joined('Полузащитник Kevin De Bruyne забил.', [['Kevin', 'PER'], ['Bruyne', 'PER']]), ['PER Kevin De Bruyne']);
    assert.deepEqual(joined('Компания Epic Games подала иск.', [['Epic', 'EVENT']]), ['ORG Epic Games']);
    assert.deepEqual(joined('Он получил Grammy Award вчера.', [['Grammy', 'ORG']]), ['EVENT Grammy Award']);
    assert.deepEqual(joined('Он выиграл Corus Chess Tournament в Вейк-ан-Зее.', [['Corus', 'PER'], ['Chess Tournament', 'PER']]), ['EVENT Corus Chess Tournament']);
    assert.deepEqual(joined('Акции купил Bank of America в понедельник.', [['America', 'LOC', 'gazetteer'], ['Bank', 'ORG']]), ['ORG Bank of America']);
    assert.deepEqual(joined('Банк Bank of America вырос.', [['America', 'LOC']]), ['ORG Bank of America']);
    assert.deepEqual(joined('Канал World Fashion Channel показал.', [['World', 'PER'], ['Fashion Channel', 'PER']]), ['ORG World Fashion Channel']);
    assert.deepEqual(joined('Основатель Mark Zuckerberg заявил.', [['Mark', 'PER'], ['Zuckerberg', 'PER']]), ['PER Mark Zuckerberg']);
    assert.deepEqual(joined('Тренер Jürgen Klinsmann уехал.', [['Klinsmann', 'PER']]), ['PER Jürgen Klinsmann']);
    assert.deepEqual(joined('Издание Vanity Fair и компания Epic Games сообщили.', [['Vanity', 'ORG'], ['Epic', 'ORG']]), ['ORG Vanity Fair', 'ORG Epic Games']);
  });

  it('two names joined by and, a person\'s whole name beside another name, a curator\'s name, and the shipped lists\' names alone stay as they are', () => {
    assert.deepEqual(joined('Соглашение подписали Apple and Google в среду.', [['Apple', 'ORG'], ['Google', 'ORG']]), ['ORG Apple', 'ORG Google']);
    assert.deepEqual(joined('Компания SpaceX Elon Musk запустила ракету.', [['SpaceX', 'ORG'], ['Elon Musk', 'PER']]), ['ORG SpaceX', 'PER Elon Musk']);
    assert.deepEqual(joined('Акции Johnson and Johnson выросли.', [['Johnson', 'PER']]), ['PER Johnson']);
    assert.deepEqual(joined('Ресурс Kaspi Bank сообщил.', [['Kaspi', 'ORG', 'memory']], (span) => span.source === 'memory'), ['ORG Kaspi']);
    assert.deepEqual(joined('Браузер Google Chrome обновился.', [['Google', 'ORG', 'gazetteer']]), ['ORG Google']);
  });

  it('a run already whole, a run with nothing found, Latin text and a name reaching out of the run stay', () => {
    assert.deepEqual(joined('Правозащитники Amnesty International заявили.', [['Amnesty International', 'ORG']]), ['ORG Amnesty International']);
    assert.deepEqual(joined('Сериал The IT Crowd вышел снова.', []), []);
    assert.deepEqual(joined('He said that Digital Sky Technologies invested.', [['Digital', 'ORG']]), ['ORG Digital']);
    assert.deepEqual(joined('Фонд Digital Sky Technologies Российский вложил.', [['Digital', 'ORG'], ['Technologies Российский', 'ORG']]), ['ORG Digital', 'ORG Technologies Российский']);
  });

  it('a run is two to six capitalised words, its words keep no sign at their ends, and it ends at a dot that ends a sentence but not inside a name', () => {
    assert.deepEqual(joined('Сайт Lenta.ru и агентство The Associated Press сообщили.', [['Lenta.ru', 'ORG'], ['Associated Press', 'ORG']]), ['ORG Lenta.ru', 'ORG The Associated Press']);
    assert.deepEqual(joined('Выступила группа Depeche Mode. Microsoft молчит.', [['Depeche', 'PER'], ['Microsoft', 'ORG']]), ['PER Depeche Mode', 'ORG Microsoft']);
    assert.deepEqual(joined('Сервис ‘Apple Music’ запущен.', [['Apple', 'ORG']]), ['ORG Apple Music']);
    assert.deepEqual(joined("Сервис 'Apple Music' запущен.", [['Apple', 'ORG']]), ['ORG Apple Music']);
    assert.deepEqual(joined('Фонд Alpha Beta Gamma Delta Epsilon Zeta вложил.', [['Alpha', 'ORG']]), ['ORG Alpha Beta Gamma Delta Epsilon Zeta']);
    assert.deepEqual(joined('Фонд Alpha Beta Gamma Delta Epsilon Zeta Eta вложил.', [['Alpha', 'ORG']]), ['ORG Alpha']);
  });

  it('is linear in a long word of apostrophes, and makes no long name of a long run of connectors', () => {
    const text = `Слово ${"A'".repeat(200_000)} конец.`;
    const started = performance.now();
    assert.deepEqual(joinLatinRuns(text, [{ start: 6, end: 7, kind: 'ORG', text: 'A', canonical: 'A', source: 'model' }]).length, 1);
    assert.ok(performance.now() - started < 5_000, 'a 400 KB word takes seconds at most, not hours');
    const connectors = `Банк Bank${' of'.repeat(100_000)} America купил.`;
    const [bank] = joinLatinRuns(connectors, [{ start: 5, end: 9, kind: 'ORG', text: 'Bank', canonical: 'Bank', source: 'model' }]);
    assert.equal(bank?.end, 9, 'Bank stays one word');
  });

  it('a Kazakh case ending after a hyphen is part of the name, and its words without it say what the name is', () => {
    const text = 'Бұл туралы The Wall Street Journal-ға сілтеме жасап хабарлады.';
    const spans = joinLatinRuns(text, [{ start: 11, end: 14, kind: 'ORG', text: 'The', canonical: 'The', source: 'model' }, { start: 20, end: 37, kind: 'EVENT', text: 'Street Journal-ға', canonical: 'Street Journal-ға', source: 'model' }]);
    assert.deepEqual(spans.map((span) => `${span.kind} ${span.text} | ${span.canonical ?? ''}`), ['ORG The Wall Street Journal-ға | The Wall Street Journal']);
    const kk = tag('Компания акциялары London Stock Exchange-те саудаланады.', { lang: 'kk' }).spans.map((span) => `${span.kind} ${span.text}`);
    assert.ok(kk.includes('ORG London Stock Exchange-те'), kk.join(' | '));
    assert.deepEqual(joined('Астанадағы Astana Hub IT-стартаптарды қолдайды.', [['Astana', 'LOC', 'gazetteer'], ['Hub', 'ORG']]), ['ORG Astana Hub']);
  });

  it('the whole tagger, with the shipped model, names a body written in Latin letters in Russian news as one organisation, where the model named pieces of it', () => {
    const spans = tag('Торги на London Stock Exchange завершились ростом.', { lang: 'ru' }).spans;
    const exchange = spans.find((span) => span.text === 'London Stock Exchange');
    assert.equal(exchange?.kind, 'ORG', spans.map((span) => `${span.kind} ${span.text} ${span.source ?? ''}`).join(' | '));
    assert.equal(exchange.source, 'rule');
  });
  it('the blocks tried first hold every capital letter of the Latin script, so the quick test loses no run', () => {
    const blocks = new RegExp(`^${LATIN_CAPITAL_BLOCKS}`, 'u');
    const latinCapital = /^(?=\p{Script=Latin})\p{Lu}$/u;
    const missing: string[] = [];
    let capitals = 0;
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const letter = String.fromCodePoint(code);
      if (!latinCapital.test(letter)) continue;
      capitals++;
      if (!blocks.test(letter)) missing.push(`U+${code.toString(16).toUpperCase()}`);
    }
    assert.ok(capitals > 400, `${capitals} Latin capitals in this runtime's Unicode`);
    assert.deepEqual(missing, []);
    assert.deepEqual(joined('Матч выиграл ＦＣ Ｂａｒｃｅｌｏｎａ вчера.', [['ＦＣ', 'ORG']]), ['ORG ＦＣ Ｂａｒｃｅｌｏｎａ']);
  });
});
