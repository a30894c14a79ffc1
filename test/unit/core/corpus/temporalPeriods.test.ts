import * as assert from 'node:assert/strict';
import { type CorpusEntity, datePeriods } from '../../../../src/core/corpus/views';

function date(name: string, timex: string): CorpusEntity {
  return { key: `DATE\u0000${name}\u0000${timex}`, kind: 'DATE', name, names: [name], articles: [], mentions: 1, timex };
}

describe('core/corpus/views: temporal values in the Dates branch', () => {
  it('keeps calendar dates by year and month, and puts periods, times of no known day, durations and recurrences in groups of their own', () => {
    const periods = datePeriods([
      date('2024-05-29', 'DATE'), date('2024-W22', 'DATE'), date('2024-05-29T15:00', 'TIME'), date('199', 'DATE'), date('18', 'DATE'),
      date('XXXX-XX-XXT10:00', 'TIME'), date('P3Y', 'DURATION'), date('P1Y', 'SET'), date('XXXX-WXX-3', 'SET'),
    ]);
    const shape = periods.map((period) => [period.group ?? period.label, period.months.map((month) => [month.label, month.dates.map((entry) => entry.name)]), period.dates.map((entry) => entry.name)]);
    assert.deepEqual(shape, [
      ['2024', [['2024-05', ['2024-05-29', '2024-05-29T15:00']]], ['2024-W22']],
      ['periods', [], ['199', '18']],
      ['times', [], ['XXXX-XX-XXT10:00']],
      ['durations', [], ['P3Y']],
      ['recurrences', [], ['P1Y', 'XXXX-WXX-3']],
    ]);
  });
});
