import * as assert from 'node:assert/strict';
import { tagDates } from '../../../../../src/core/tagging/dates/tagDates';
import { timexes } from './dates.helpers';

describe('core/languages/kk temporal expressions', () => {
  it('DATE: bare years with case endings, years in words, decades and centuries', () => {
    assert.deepEqual(timexes('Заң 2003-те қабылданып, 2017-нші жылы өзгерді.', 'kk'), [['2003-те', 'DATE', '2003'], ['2017-нші жылы', 'DATE', '2017']]);
    assert.deepEqual(timexes('Екі мың жиырмасыншы жылы пандемия басталды.', 'kk'), [['Екі мың жиырмасыншы жылы', 'DATE', '2020']]);
    assert.deepEqual(timexes('1990-жылдары тәуелсіз басылымдар көбейді, ал тоқсаныншы жылдардан бері аз қалды.', 'kk'), [['1990-жылдары', 'DATE', '199'], ['тоқсаныншы жылдардан бері', 'DATE', '199', 'ON_OR_AFTER']]);
    assert.deepEqual(timexes('XXI ғасырда және 20-ғасырда', 'kk'), [['XXI ғасырда', 'DATE', '20'], ['20-ғасырда', 'DATE', '19']]);
  });

  it('DATE: relative expressions resolved against the anchor, and left without a value without one', () => {
    const anchor = '2024-05-29';
    assert.deepEqual(timexes('Кеше сот отырысы өтті, ал 2 жыл бұрын іс қозғалған.', 'kk', anchor), [['Кеше', 'DATE', '2024-05-28'], ['2 жыл бұрын', 'DATE', '2022']]);
    assert.deepEqual(timexes('Өткен аптада белсенді сәрсенбіде ұсталды.', 'kk', anchor), [['Өткен аптада', 'DATE', '2024-W21'], ['сәрсенбіде', 'DATE', '2024-05-29']]);
    assert.deepEqual(timexes('Биыл көктемде шеру өтеді.', 'kk', '2024-01-10'), [['Биыл', 'DATE', '2024'], ['көктемде', 'DATE', '2024-SP']]);
    assert.deepEqual(timexes('Кеше сот отырысы өтті.', 'kk'), [['Кеше', 'DATE']]);
  });

  it('DURATION, TIME and SET', () => {
    assert.deepEqual(timexes('Журналист 3 жыл бас бостандығынан айырылды, 5 күн бойы аштық жариялады.', 'kk'), [['3 жыл', 'DURATION', 'P3Y'], ['5 күн бойы', 'DURATION', 'P5D']]);
    assert.deepEqual(timexes('Жиын сағат 15:00-де басталады.', 'kk', '2024-05-29'), [['сағат 15:00-де', 'TIME', '2024-05-29T15:00']]);
    assert.deepEqual(timexes('Жиын сағат 15:00-де басталады.', 'kk'), [['сағат 15:00-де', 'TIME', 'XXXX-XX-XXT15:00']]);
    assert.deepEqual(timexes('Белсенділер күн сайын, ал омбудсмен жыл сайын есеп береді.', 'kk'), [['күн сайын', 'SET', 'P1D'], ['жыл сайын', 'SET', 'P1Y']]);
  });

  it('ranges with begin and end, and the mods the text states', () => {
    const [range] = tagDates('2019-2021 жылдары 40 іс қозғалды.', 'kk', undefined);
    assert.deepEqual([range?.text, range?.value, range?.begin, range?.finish], ['2019-2021 жылдары', '2019/2021', '2019', '2021']);
    assert.deepEqual(timexes('Жыл соңына дейін заң қабылданады.', 'kk', '2024-05-29'), [['Жыл соңына дейін', 'DATE', '2024', 'BEFORE']]);
  });

  it('an impossible date is tagged, flagged invalid and given no value', () => {
    const [span] = tagDates('2024 жылғы 30 ақпанда шешім шықты.', 'kk', undefined);
    assert.equal(span?.text, '2024 жылғы 30 ақпанда');
    assert.equal(span?.value, undefined);
    assert.match(span?.invalid ?? '', /2024-02 has no day 30/u);
  });

  it('not temporal: ages, anniversaries, session ordinals, COP29, counts, money, a city', () => {
    assert.deepEqual(timexes('БҰҰ-ның 61-сессиясы, COP29, 175 жылдығына, 22 жастағы, 100-ден астам адам, 2000-ға жуық, 5000 теңге, Қазанда өтті.', 'kk'), []);
  });
});
