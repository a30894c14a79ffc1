import * as assert from 'node:assert/strict';
import { type CorpusEntity, datePeriods } from '../../../../src/core/corpus/views';

const date = (name: string): CorpusEntity => ({ key: `DATE\u0000${name}`, kind: 'DATE', name, names: [name], articles: [], mentions: 1 });

describe('core/corpus/views: dates by period', () => {
  it('groups dates by year, then month, newest first, with dates known only to the year after the months', () => {
    const periods = datePeriods(['2024-05-29', '1994-08', '2024', '2024-05-30', '2024-11-02', '2026-02-27', '2024-05-29/2024-06-02'].map(date));
    assert.deepEqual(periods.map((year) => [year.label, year.months.map((month) => [month.label, month.dates.map((entry) => entry.name)]), year.dates.map((entry) => entry.name)]), [
      ['2026', [['2026-02', ['2026-02-27']]], []],
      ['2024', [['2024-11', ['2024-11-02']], ['2024-05', ['2024-05-29', '2024-05-30', '2024-05-29/2024-06-02']]], ['2024']],
      ['1994', [['1994-08', ['1994-08']]], []],
    ]);
  });

  it('never nests a period inside itself: a month holds dates, not further periods', () => {
    for (const year of datePeriods(['2025', '2025-01', '2025-01-01'].map(date))) {
      assert.equal(year.label.length, 4);
      for (const month of year.months) assert.deepEqual(month.months, []);
    }
  });
});
