import * as assert from 'node:assert/strict';
import { dates } from './dates.helpers';

describe('core/languages/az dates', () => {
  it('reads days with vowel-harmony suffixes and the ordinal year', () => {
    assert.deepEqual(dates('12 noyabrda', 'az', '2024-11-01'), [['12 noyabrda', '2024-11-12', 'day', 'inferred']]);
    assert.deepEqual(dates('yanvarın 5-i', 'az', '2024-02-01'), [['yanvarın 5-i', '2024-01-05', 'day', 'inferred']]);
    assert.deepEqual(dates('2024-cü il noyabrın 12-də', 'az'), [['2024-cü il noyabrın 12-də', '2024-11-12', 'day']]);
  });

  it('reads months and years', () => {
    assert.deepEqual(dates('2024-cü ildə', 'az'), [['2024-cü ildə', '2024', 'year']]);
    assert.deepEqual(dates('2023-cü ilin dekabrında', 'az'), [['2023-cü ilin dekabrında', '2023-12', 'month']]);
    assert.deepEqual(dates('may ayında', 'az', '2024-01-15'), [['may ayında', '2024-05', 'month', 'inferred']]);
  });

  it('resolves cari il, dünən and relative months against the reference date', () => {
    assert.deepEqual(dates('cari il; dünən', 'az', '2024-11-12'), [['cari il', '2024', 'year', 'relative'], ['dünən', '2024-11-11', 'day', 'relative']]);
    assert.deepEqual(dates('Cari ilin may ayında', 'az', '2024-01-15'), [['Cari ilin may ayında', '2024-05', 'month', 'relative']]);
  });

  it('does not take COP29 or counts for dates', () => {
    assert.deepEqual(dates('COP29 zamanı 2 ölkə, 100 nəfər', 'az'), []);
  });
});
