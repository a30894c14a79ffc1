import * as assert from 'node:assert/strict';
import { tagDates } from '../../../../../src/core/tagging/dates/tagDates';
import { timexes } from './dates.helpers';

describe('core/languages/ru temporal expressions', () => {
  it('DATE: bare years, years in words, decades and centuries', () => {
    assert.deepEqual(timexes('Закон принят в 2003-м и с тех пор не менялся.', 'ru'), [['2003-м', 'DATE', '2003']]);
    assert.deepEqual(timexes('В двухтысячном году и в две тысячи двадцатом году.', 'ru'), [['двухтысячном году', 'DATE', '2000'], ['две тысячи двадцатом году', 'DATE', '2020']]);
    assert.deepEqual(timexes('В 90-х годов прошлого века традиции, сложившиеся в XIX веке, ослабли.', 'ru'), [['90-х годов прошлого века', 'DATE', '199'], ['XIX веке', 'DATE', '18']]);
  });

  it('DATE: weekdays, relative days, weeks and months against the anchor', () => {
    const anchor = '2024-05-29';
    assert.deepEqual(timexes('Задержание произошло в понедельник, а позавчера суд продлил арест.', 'ru', anchor), [['понедельник', 'DATE', '2024-05-27'], ['позавчера', 'DATE', '2024-05-27']]);
    assert.deepEqual(timexes('В прошлую среду и на прошлой неделе прошли обыски.', 'ru', anchor), [['В прошлую среду', 'DATE', '2024-05-22'], ['на прошлой неделе', 'DATE', '2024-W21']]);
    assert.deepEqual(timexes('Два года назад, в прошлом месяце и через месяц.', 'ru', anchor), [['Два года назад', 'DATE', '2022'], ['в прошлом месяце', 'DATE', '2024-04'], ['через месяц', 'DATE', '2024-06']]);
    assert.deepEqual(timexes('К Новому году власти обещали амнистию.', 'ru', '2023-12-20'), [['Новому году', 'DATE', '2024-01-01']]);
    assert.deepEqual(timexes('Задержание произошло в среду.', 'ru'), [['среду', 'DATE']]);
  });

  it('DURATION, TIME and SET', () => {
    assert.deepEqual(timexes('Суд приговорил его к 10 годам лишения свободы; голодовка длилась 12 дней, встреча — 2 часа.', 'ru'), [['10 годам', 'DURATION', 'P10Y'], ['12 дней', 'DURATION', 'P12D'], ['2 часа', 'DURATION', 'PT2H']]);
    assert.deepEqual(timexes('Пикет начнётся в 10 утра, брифинг — в 15:30.', 'ru', '2024-06-01'), [['10 утра', 'TIME', '2024-06-01T10:00'], ['15:30', 'TIME', '2024-06-01T15:30']]);
    assert.deepEqual(timexes('Вчера вечером полиция разогнала акцию.', 'ru', '2024-01-06'), [['Вчера вечером', 'TIME', '2024-01-05TEV']]);
    assert.deepEqual(timexes('Омбудсмен ежегодно отчитывается, адвокаты приходят каждую пятницу.', 'ru'), [['ежегодно', 'SET', 'P1Y'], ['каждую пятницу', 'SET', 'XXXX-WXX-5']]);
  });

  it('ranges, seasons and mods', () => {
    const [range] = tagDates('С 12 марта по 14 апреля 2024 года длился процесс.', 'ru', undefined);
    assert.deepEqual([range?.text, range?.value, range?.begin, range?.finish], ['12 марта по 14 апреля 2024 года', '2024-03-12/2024-04-14', '2024-03-12', '2024-04-14']);
    assert.deepEqual(timexes('Весной 2022 года, в начале 2024 года и около 5 лет спустя.', 'ru'), [['Весной 2022 года', 'DATE', '2022-SP'], ['2024 года', 'DATE', '2024', 'START'], ['5 лет', 'DURATION', 'P5Y', 'APPROX']]);
  });

  it('impossible dates are flagged, far-out years and a million digits give no span, quickly', () => {
    const [span] = tagDates('Заседание назначено на 31 февраля.', 'ru', '2024-01-06');
    assert.deepEqual([span?.text, span?.value, span?.invalid], ['31 февраля', undefined, '2024-02 has no day 31']);
    assert.deepEqual(timexes('В 9999 году и в 3000 году.', 'ru'), []);
    const started = process.hrtime.bigint();
    assert.deepEqual(tagDates('7'.repeat(1_000_000), 'ru', undefined), []);
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 2000, 'a million digits take well under two seconds');
  });

  it('not temporal: anniversaries, counts, article numbers, phone numbers, money', () => {
    assert.deepEqual(timexes('К 75-летию декларации: 9 разделов, статья 2019, телефон 8 800 2019 2024, штраф 2024 тенге.', 'ru'), []);
  });
});
