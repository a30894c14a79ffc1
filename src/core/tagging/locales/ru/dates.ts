import { numberEntries } from '../../dates/numberWords';
import type { LexiconEntry, TemporalResources } from '../../dates/resources';

const ADJ = '(?:ый|ой|ий|ого|его|ому|ему|ом|ем|ая|яя|ую|юю|ое|ее|ые|ие|ых|их|ым|им|ыми|ими)';
const MONTHS: readonly (readonly [string, number])[] = [
  ['январ', 1], ['феврал', 2], ['апрел', 4], ['июн', 6], ['июл', 7], ['сентябр', 9], ['октябр', 10], ['ноябр', 11], ['декабр', 12],
];
/** Cardinal stems with the case endings they take (двух, пяти, сорока, девяноста, тысячи). */
const CARDINALS: readonly (readonly [string, number])[] = [
  ['од(?:ин|ного|ному|ним|ном|на|ной|ну|но)', 1], ['дв(?:а|е|ух|ум|умя)', 2], ['тр(?:и|ех|ёх|ем|ём|емя)', 3], ['четыр(?:е|ех|ёх|ем|ьмя)', 4],
  ['пят(?:ь|и|ью)', 5], ['шест(?:ь|и|ью)', 6], ['сем(?:ь|и|ью)', 7], ['вос(?:емь|ьми|емью)', 8], ['девят(?:ь|и|ью)', 9], ['десят(?:ь|и|ью)', 10],
  ['одиннадцат(?:ь|и)', 11], ['двенадцат(?:ь|и)', 12], ['тринадцат(?:ь|и)', 13], ['четырнадцат(?:ь|и)', 14], ['пятнадцат(?:ь|и)', 15],
  ['шестнадцат(?:ь|и)', 16], ['семнадцат(?:ь|и)', 17], ['восемнадцат(?:ь|и)', 18], ['девятнадцат(?:ь|и)', 19], ['двадцат(?:ь|и|ью)', 20],
  ['тридцат(?:ь|и|ью)', 30], ['сорок(?:а)?', 40], ['пят(?:ьдесят|идесяти)', 50], ['шест(?:ьдесят|идесяти)', 60], ['сем(?:ьдесят|идесяти)', 70],
  ['вос(?:емьдесят|ьмидесяти)', 80], ['девяност(?:о|а)', 90], ['ст(?:о|а)', 100], ['дв(?:ести|ухсот)', 200], ['тр(?:иста|ехсот)', 300],
  ['тысяч(?:а|и|у|ей|ами)?', 1000],
];
/** Ordinal stems; they take adjective endings (первого, двадцатом, двухтысячного, девяностых). */
const ORDINALS: readonly (readonly [string, number])[] = [
  ['перв', 1], ['втор', 2], ['трет(?:ий|ьего|ьему|ьем|ья|ьей|ью|ье|ьи|ьих)', 3], ['четвёрт', 4], ['четверт', 4], ['пят', 5], ['шест', 6], ['седьм', 7], ['восьм', 8],
  ['девят', 9], ['десят', 10], ['одиннадцат', 11], ['двенадцат', 12], ['тринадцат', 13], ['четырнадцат', 14], ['пятнадцат', 15], ['шестнадцат', 16],
  ['семнадцат', 17], ['восемнадцат', 18], ['девятнадцат', 19], ['двадцат', 20], ['тридцат', 30], ['сороков', 40], ['пятидесят', 50],
  ['шестидесят', 60], ['семидесят', 70], ['восьмидесят', 80], ['девяност', 90], ['сот', 100], ['тысячн', 1000], ['двухтысячн', 2000], ['трехтысячн', 3000],
];

const LEXICON: LexiconEntry[] = [
  ...numberEntries(CARDINALS, '', '(?!)'),
  ...ORDINALS.map(([stem, value]): LexiconEntry => [stem.includes('(') ? stem : `${stem}${ADJ}`, { type: 'number', value, ordinal: true }]),
  ['год(?:а|у|ом|е)?|лет', { type: 'unit', unit: 'Y' }],
  ['год(?:ы|ов|ах|ам)|гг', { type: 'unit', unit: 'Y', plural: true }],
  ['г', { type: 'yearAbbreviation' }],
  ['месяц(?:а|у|ем|е|ы|ев|ам|ах)?', { type: 'unit', unit: 'M' }],
  ['недел(?:я|и|ю|е|ей|ям|ях|ями)', { type: 'unit', unit: 'W' }],
  ['день|дн(?:я|ю|ём|ем|е|и|ей|ям|ях)|сут(?:ки|ок|кам|ках)', { type: 'unit', unit: 'D' }],
  ['час(?:а|у|ом|ов|ы|ах|ам)?', { type: 'unit', unit: 'H' }],
  ['минут(?:а|ы|у|ой|ам|ах)?', { type: 'unit', unit: 'MIN' }],
  ['век(?:а|у|е|ом|ов|ах)?|столети(?:е|я|ю|ем|и|й)', { type: 'unit', unit: 'CE' }],
  ['десятилети(?:е|я|ю|ем|и|й)', { type: 'unit', unit: 'DE' }],
  ...MONTHS.map(([stem, month]): LexiconEntry => [`${stem}(?:ь|я|е|ю|ём|ем)`, { type: 'month', month }]),
  ['март(?:а|е|у|ом)?', { type: 'month', month: 3 }],
  ['август(?:а|е|у|ом)?', { type: 'month', month: 8 }],
  ['ма(?:й|я|е|ю|ем)', { type: 'month', month: 5 }],
  ['понедельник(?:а|у|ом|е|ам)?', { type: 'weekday', weekday: 1 }],
  ['вторник(?:а|у|ом|е|ам)?', { type: 'weekday', weekday: 2 }],
  ['среду', { type: 'weekday', weekday: 3 }],
  ['четверг(?:а|у|ом|е|ам)?', { type: 'weekday', weekday: 4 }],
  ['пятниц(?:а|у|ы|е|ам)', { type: 'weekday', weekday: 5 }],
  ['суббот(?:а|у|ы|е|ам)', { type: 'weekday', weekday: 6 }],
  ['воскресень(?:е|я|ю|ям)', { type: 'weekday', weekday: 7 }],
  ['весн(?:а|ой|у|ы|е)|весною', { type: 'season', season: 'SP' }],
  ['летом', { type: 'season', season: 'SU' }],
  ['осен(?:ью|и)', { type: 'season', season: 'FA' }],
  ['зим(?:ой|ою)', { type: 'season', season: 'WI' }],
  ['утр(?:ом|а)', { type: 'dayPart', part: 'MO' }],
  ['днём|днем|дня', { type: 'dayPart', part: 'AF' }],
  ['вечер(?:ом|а)', { type: 'dayPart', part: 'EV' }],
  ['ноч(?:ью|и)', { type: 'dayPart', part: 'NI' }],
  ['сегодня', { type: 'deicticDay', offset: 0 }],
  ['вчера', { type: 'deicticDay', offset: -1 }],
  ['завтра', { type: 'deicticDay', offset: 1 }],
  ['позавчера', { type: 'deicticDay', offset: -2 }],
  ['послезавтра', { type: 'deicticDay', offset: 2 }],
  ['накануне', { type: 'deicticDay', offset: -1, alone: true }],
  [`прошл${ADJ}|минувш${ADJ}|предыдущ${ADJ}`, { type: 'shift', offset: -1 }],
  [`позапрошл${ADJ}`, { type: 'shift', offset: -2 }],
  [`этот|этого|этом|этой|эту|текущ${ADJ}|нынешн${ADJ}|сегодняшн${ADJ}`, { type: 'shift', offset: 0 }],
  [`следующ${ADJ}|будущ${ADJ}|наступающ${ADJ}|грядущ${ADJ}`, { type: 'shift', offset: 1 }],
  [`последн${ADJ}`, { type: 'last' }],
  ['назад|тому', { type: 'ago' }],
  ['через|спустя', { type: 'later', before: true }],
  [`кажд${ADJ}`, { type: 'every', before: true }],
  [String.raw`ежегодн\p{L}{0,4}`, { type: 'setWord', value: 'P1Y' }],
  [String.raw`ежедневн\p{L}{0,4}`, { type: 'setWord', value: 'P1D' }],
  [String.raw`ежемесячн\p{L}{0,4}`, { type: 'setWord', value: 'P1M' }],
  [String.raw`еженедельн\p{L}{0,4}`, { type: 'setWord', value: 'P1W' }],
  ['начал(?:е|а|у|о)', { type: 'mod', mod: 'START', before: true }],
  ['конц(?:е|а|у)', { type: 'mod', mod: 'END', before: true }],
  ['середин(?:е|ы|у|а)', { type: 'mod', mod: 'MID', before: true }],
  ['около|примерно|приблизительно', { type: 'mod', mod: 'APPROX', before: true }],
  ['до|по', { type: 'mod', mod: 'BEFORE', before: true }],
  ['после', { type: 'mod', mod: 'AFTER', before: true }],
  ['с|со', { type: 'mod', mod: 'ON_OR_AFTER', before: true }],
  ['в|во|на', { type: 'preposition' }],
  ['несколько|нескольких|нескольким', { type: 'several' }],
  [`нов${ADJ}`, { type: 'holiday', month: 1, day: 1, needs: 'год(?:а|у|ом)?' }],
  ['рождеств(?:о|а|у|ом|е)', { type: 'holiday', month: 1, day: 7 }],
  [String.raw`наурыз\p{L}{0,3}`, { type: 'holiday', month: 3, day: 22 }],
  ['день|дня|дню|днём|днем|дне', { type: 'holiday', month: 5, day: 9, needs: 'победы' }],
];

export const ruTemporal: TemporalResources = {
  locale: 'ru',
  lexicon: LEXICON,
  yearSuffix: /^(?:й|м|го|му|ом)$/u,
  daySuffix: /^(?:го|е|ое|ого)$/u,
  // A month alone is a date only in «в феврале» (not «мартовский», not a name).
  loneMonth: (word, previous) => (previous === 'в' || previous === 'во') && /е$/u.test(word),
  postpositions: false,
};
