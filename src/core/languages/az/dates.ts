import { numberEntries } from '../numberWords';
import type { LexiconEntry, TemporalGrammar } from '../dateGrammar';

const ANY = String.raw`\p{L}{0,7}`;
const MONTHS: readonly (readonly [string, number])[] = [
  ['yanvar', 1], ['fevral', 2], ['mart', 3], ['aprel', 4], ['may', 5], ['iyun', 6],
  ['iyul', 7], ['avqust', 8], ['sentyabr', 9], ['oktyabr', 10], ['noyabr', 11], ['dekabr', 12],
];
const NUMBERS: readonly (readonly [string, number])[] = [
  ['bir', 1], ['iki', 2], ['üç', 3], ['dörd', 4], ['beş', 5], ['altı', 6], ['yeddi', 7], ['səkkiz', 8], ['doqquz', 9],
  ['on', 10], ['iyirmi', 20], ['otuz', 30], ['qırx', 40], ['əlli', 50], ['altmış', 60], ['yetmiş', 70], ['səksən', 80], ['doxsan', 90],
  ['yüz', 100], ['min', 1000],
];

const LEXICON: LexiconEntry[] = [
  ...numberEntries(NUMBERS, '', String.raw`[iıuü]?nc[iıuü]\p{L}{0,6}`),
  ['il(?:i|in|ə|də|dən|dir|ki|lik)?', { type: 'unit', unit: 'Y' }],
  [String.raw`illər${ANY}`, { type: 'unit', unit: 'Y', plural: true }],
  [String.raw`ay(?:ı|ın|a|da|dan|dır|ına|ında|ından|lar\p{L}{0,5}|lıq\p{L}{0,4})?`, { type: 'unit', unit: 'M' }],
  [String.raw`həftə${ANY}`, { type: 'unit', unit: 'W' }],
  [String.raw`gün(?:ü|ün|ə|də|dən|ündə|lər\p{L}{0,5}|lük\p{L}{0,4})?`, { type: 'unit', unit: 'D' }],
  [String.raw`saat(?:ı|a|da|dan|lar\p{L}{0,5}|lıq\p{L}{0,4})?`, { type: 'unit', unit: 'H' }],
  [String.raw`saat(?:ı|da)?`, { type: 'clockWord' }],
  [String.raw`dəqiqə${ANY}`, { type: 'unit', unit: 'MIN' }],
  [String.raw`əsr${ANY}`, { type: 'unit', unit: 'CE' }],
  [String.raw`onillik${ANY}`, { type: 'unit', unit: 'DE' }],
  ...MONTHS.map(([stem, month]): LexiconEntry => [`${stem}${ANY}`, { type: 'month', month }]),
  [String.raw`çərşənbə(?:si|də|yə|nin)?`, { type: 'weekday', weekday: 3 }],
  [String.raw`cümə(?:si|də|yə|nin)?`, { type: 'weekday', weekday: 5 }],
  [String.raw`şənbə(?:si|də|yə|nin)?`, { type: 'weekday', weekday: 6 }],
  ['yaz(?:da|ın|ı|ında|ına)', { type: 'season', season: 'SP' }],
  ['yay(?:da|ın|ı|ında|ına)', { type: 'season', season: 'SU' }],
  ['payız(?:da|ın|ı|ında|ına)?', { type: 'season', season: 'FA' }],
  ['qış(?:da|ın|ı|ında|ına)?', { type: 'season', season: 'WI' }],
  ['səhər(?:i|lər)?', { type: 'dayPart', part: 'MO' }],
  ['günorta(?:dan sonra)?', { type: 'dayPart', part: 'AF' }],
  ['axşam(?:ı|da)?', { type: 'dayPart', part: 'EV' }],
  ['gecə(?:si|də)?', { type: 'dayPart', part: 'NI' }],
  ['bugün(?:kü)?', { type: 'deicticDay', offset: 0 }],
  ['dünən(?:ki)?', { type: 'deicticDay', offset: -1 }],
  ['srağagün', { type: 'deicticDay', offset: -2 }],
  ['sabah(?:kı)?', { type: 'deicticDay', offset: 1 }],
  ['birisigün', { type: 'deicticDay', offset: 2 }],
  ['keçən|ötən', { type: 'shift', offset: -1 }],
  ['bu|cari', { type: 'shift', offset: 0 }],
  ['gələn|növbəti', { type: 'shift', offset: 1 }],
  ['son', { type: 'last' }],
  ['əvvəl|öncə', { type: 'ago' }],
  ['sonra', { type: 'later' }],
  ['hər', { type: 'every', before: true }],
  ['əvvəlində|əvvəllərində', { type: 'mod', mod: 'START', inSpan: true }],
  ['sonunda|sonlarında|sonuna', { type: 'mod', mod: 'END', inSpan: true }],
  ['ortasında|ortalarında', { type: 'mod', mod: 'MID', inSpan: true }],
  ['qədər|dək|əvvəl', { type: 'mod', mod: 'BEFORE', inSpan: true }],
  ['sonra', { type: 'mod', mod: 'AFTER', inSpan: true }],
  ['bəri|etibarən|başlayaraq', { type: 'mod', mod: 'ON_OR_AFTER', inSpan: true }],
  ['təxminən', { type: 'mod', mod: 'APPROX', before: true }],
  ['artıq|çox', { type: 'mod', mod: 'MORE_THAN', inSpan: true }],
  ['arasında|aralığında', { type: 'between' }],
  ['ilə|və', { type: 'and' }],
  ['ərzində|müddətində|boyu', { type: 'durationWord' }],
  ['neçə', { type: 'several' }],
  ['yeni', { type: 'holiday', month: 1, day: 1, needs: String.raw`il${ANY}` }],
  [String.raw`novruz${ANY}`, { type: 'holiday', month: 3, day: 20, then: String.raw`bayram${ANY}` }],
  ['qələbə', { type: 'holiday', month: 11, day: 8, needs: String.raw`gün${ANY}` }],
  ['müstəqillik', { type: 'holiday', month: 10, day: 18, needs: String.raw`gün${ANY}` }],
];

export const azDates: TemporalGrammar = {
  lexicon: LEXICON,
  yearSuffix: /^(?:c[iıuü]|[iıuü]nc[iıuü]|d[aə]|[dt][aə]n)$/u,
  daySuffix: /^(?:[iıuü]|s[iıuü]|[iıuü]nc[iıuü]|d[aə]|[iıuü]nd[aə]|nd[aə]|s[iıuü]nd[aə]|n[iıuü]n|[iıuü]n)$/u,
  // A month alone needs a case ending (noyabrda), so «may» and «mart» as words are not dates.
  loneMonth: (word) => /(?:da|də|dan|dən|ın|in|un|ün|a|ə)$/u.test(word.toLocaleLowerCase('az')) && !/^may[aı]$/u.test(word.toLocaleLowerCase('az')),
  postpositions: true,
  unitWordAfterName: true,
  joinDayPart: true,
};
