import * as assert from 'node:assert/strict';
import { dates } from './dates.helpers';

describe('core/languages/kk dates', () => {
  it('reads day dates with the year before and the month in any case', () => {
    assert.deepEqual(dates('2024 жылғы 29 мамырда форум өтті', 'kk'), [['2024 жылғы 29 мамырда', '2024-05-29', 'day']]);
    assert.deepEqual(dates('29 мамырдың, 3 мамырға, 12–14 наурыз 2024 жылы', 'kk', '2024-06-01'), [
      ['29 мамырдың', '2024-05-29', 'day', 'inferred'], ['3 мамырға', '2024-05-03', 'day', 'inferred'], ['12–14 наурыз 2024 жылы', '2024-03-12/2024-03-14', 'day']]);
    assert.deepEqual(dates('мамырдың 5-і', 'kk', '2024-06-01'), [['мамырдың 5-і', '2024-05-05', 'day', 'inferred']]);
  });

  it('reads months and years, and ranges of years', () => {
    assert.deepEqual(dates('1994 жылдың тамызында', 'kk'), [['1994 жылдың тамызында', '1994-08', 'month']]);
    assert.deepEqual(dates('2026 жылы, 2019-2021 жылдары, 2024 ж.', 'kk'), [['2026 жылы', '2026', 'year'], ['2019-2021 жылдары', '2019/2021', 'year'], ['2024 ж.', '2024', 'year']]);
    assert.deepEqual(dates('ақпанда кездесті', 'kk', '2025-03-01'), [['ақпанда', '2025-02', 'month', 'inferred']]);
  });

  it('resolves relative words against the reference date, and keeps no value without one', () => {
    assert.deepEqual(dates('Бүгін, кеше, биыл, былтыр', 'kk', '2026-02-27'), [
      ['Бүгін', '2026-02-27', 'day', 'relative'], ['кеше', '2026-02-26', 'day', 'relative'], ['биыл', '2026', 'year', 'relative'], ['былтыр', '2025', 'year', 'relative']]);
    assert.deepEqual(dates('биыл', 'kk'), [['биыл', 'year', 'relative']]);
  });

  it('takes durations as durations, and not ordinals of sessions, counts or a city', () => {
    assert.deepEqual(dates('35 жыл; 30 жыл; 61‑сессиясы; 100-ден астам; 80-сессиясында; Қазанда өтті', 'kk'), [['35 жыл', 'P35Y', 'duration'], ['30 жыл', 'P30Y', 'duration']]);
  });
});
