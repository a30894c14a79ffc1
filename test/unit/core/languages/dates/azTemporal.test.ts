import * as assert from 'node:assert/strict';
import { timexes } from './dates.helpers';

describe('core/languages/az temporal expressions', () => {
  it('DATE: years with ordinal suffixes, years in words, decades and centuries', () => {
    assert.deepEqual(timexes('Qanun 2003-cü ildə qəbul edilib, iki min iyirminci ildə dəyişdirilib.', 'az'), [['2003-cü ildə', 'DATE', '2003'], ['iki min iyirminci ildə', 'DATE', '2020']]);
    assert.deepEqual(timexes('1990-cı illərdə və 20-ci əsrin sonunda.', 'az'), [['1990-cı illərdə', 'DATE', '199'], ['20-ci əsrin sonunda', 'DATE', '19', 'END']]);
  });

  it('DATE: relative expressions and week days against the anchor', () => {
    const anchor = '2024-05-31';
    assert.deepEqual(timexes('Keçən ay və ötən həftə fəallar saxlanılıb, aksiya çərşənbə günü keçirilib.', 'az', anchor), [['Keçən ay', 'DATE', '2024-04'], ['ötən həftə', 'DATE', '2024-W21'], ['çərşənbə günü', 'DATE', '2024-05-29']]);
    assert.deepEqual(timexes('Dünən və iki il əvvəl.', 'az', anchor), [['Dünən', 'DATE', '2024-05-30'], ['iki il əvvəl', 'DATE', '2022']]);
    assert.deepEqual(timexes('Novruz bayramı ərəfəsində məhkumlar əfv edildi.', 'az', '2024-03-18'), [['Novruz bayramı', 'DATE', '2024-03-20']]);
  });

  it('DURATION, TIME and SET', () => {
    assert.deepEqual(timexes('Jurnalist iki il həbsdə qaldı, 5 ay ev dustaqlığında saxlanıldı.', 'az'), [['iki il', 'DURATION', 'P2Y'], ['5 ay', 'DURATION', 'P5M']]);
    assert.deepEqual(timexes('Görüş saat 10:00-da başlayacaq.', 'az', '2024-06-03'), [['saat 10:00-da', 'TIME', '2024-06-03T10:00']]);
    assert.deepEqual(timexes('Hər il məruzə təqdim edilir, fəallar hər gün toplaşır.', 'az'), [['Hər il', 'SET', 'P1Y'], ['hər gün', 'SET', 'P1D']]);
  });

  it('not temporal: COP29, counts of articles and countries', () => {
    assert.deepEqual(timexes('COP29 konfransında 190 ölkə iştirak etdi, sənədin 12 maddəsi var.', 'az'), []);
  });
});
