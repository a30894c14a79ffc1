/** Azerbaijani month stems; case suffixes follow with vowel harmony (yanvarda, yanvarın, yanvara). */
export const AZ_MONTH_STEMS: readonly (readonly [string, number])[] = [
  ['yanvar', 1], ['fevral', 2], ['mart', 3], ['aprel', 4], ['may', 5], ['iyun', 6],
  ['iyul', 7], ['avqust', 8], ['sentyabr', 9], ['oktyabr', 10], ['noyabr', 11], ['dekabr', 12],
];
export const AZ_MONTH = String.raw`(?:yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr)\p{L}*`;
/** The ordinal suffix of a year number: 2024-cü, 2021-ci, 2023-cü, 2020-ci. */
export const AZ_ORDINAL = String.raw`(?:-?(?:c[iıuü]|[iıuü]nc[iıuü]))`;
export const AZ_YEAR_WORD = String.raw`il\p{L}*`;

export const AZ_RELATIVE_DAYS: readonly (readonly [string, number])[] = [
  ['srağagün', -2], ['dünən', -1], ['bu gün', 0], ['bugün', 0],
];
export const AZ_RELATIVE_YEARS: readonly (readonly [string, number])[] = [
  ['cari il', 0], ['bu il', 0], ['keçən il', -1], ['ötən il', -1], ['gələn il', 1],
];
