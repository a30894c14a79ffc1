import * as assert from 'node:assert/strict';
import { dates } from './dates.helpers';

describe('core/languages/ru dates', () => {
  it('reads day dates in every case of the month, with the year inferred when absent', () => {
    assert.deepEqual(dates('8 декабря', 'ru', '2023-12-10'), [['8 декабря', '2023-12-08', 'day', 'inferred']]);
    assert.deepEqual(dates('15 марта 2024 года', 'ru'), [['15 марта 2024 года', '2024-03-15', 'day']]);
    assert.deepEqual(dates('12–14 марта', 'ru', '2024-01-01'), [['12–14 марта', '2024-03-12/2024-03-14', 'day', 'inferred']]);
    assert.deepEqual(dates('8 декабря', 'ru'), [['8 декабря', 'day']]);
  });

  it('reads months and years in their declined forms', () => {
    assert.deepEqual(dates('в декабре 2023 года', 'ru'), [['декабре 2023 года', '2023-12', 'month']]);
    assert.deepEqual(dates('в 2013 году и в 2019–2021 годах', 'ru'), [['2013 году', '2013', 'year'], ['2019–2021 годах', '2019/2021', 'year']]);
    assert.deepEqual(dates('в феврале прошла встреча', 'ru', '2025-03-01'), [['феврале', '2025-02', 'month', 'inferred']]);
  });

  it('resolves вчера, накануне and в этом году, but not «накануне 8 декабря» (on the eve of)', () => {
    assert.deepEqual(dates('вчера; накануне.', 'ru', '2024-05-30'), [['вчера', '2024-05-29', 'day', 'relative'], ['накануне', '2024-05-29', 'day', 'relative']]);
    assert.deepEqual(dates('в этом году', 'ru', '2024-05-30'), [['в этом году', '2024', 'year', 'relative']]);
    assert.deepEqual(dates('накануне 8 декабря', 'ru', '2023-12-10'), [['8 декабря', '2023-12-08', 'day', 'inferred']]);
    assert.deepEqual(dates('накануне выборов', 'ru', '2023-12-10'), []);
  });

  it('does not take anniversaries, counts or adjectives for dates', () => {
    assert.deepEqual(dates('к 75-летию, 9 разделов, 41 пункт, мартовский, 3 пакетов', 'ru'), []);
  });

  it('reads numeric dates and gives impossible ones no value', () => {
    assert.deepEqual(dates('27.02.2026 и 2024-05-29, но не 31.02.2026', 'ru'), [['27.02.2026', '2026-02-27', 'day'], ['2024-05-29', '2024-05-29', 'day'], ['31.02.2026', 'day']]);
  });
});
