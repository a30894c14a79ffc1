/** Month stems of Russian and the case endings each takes (nominative, genitive, prepositional, instrumental…). */
export const RU_MONTH_STEMS: readonly (readonly [string, number])[] = [
  ['январ', 1], ['феврал', 2], ['март', 3], ['апрел', 4], ['ма', 5], ['июн', 6],
  ['июл', 7], ['август', 8], ['сентябр', 9], ['октябр', 10], ['ноябр', 11], ['декабр', 12],
];

export const RU_MONTH = String.raw`(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ём|ем)|(?:март|август)(?:а|е|у|ом)?|ма(?:й|я|е|ю|ем))`;
export const RU_YEAR_WORD = String.raw`(?:год(?:а|у|ом)?|г\.?)`;
export const RU_YEARS_WORD = String.raw`(?:год(?:ы|ах|ов|ам)|гг\.?)`;

/** Relative day words and their offset from the reference date. */
export const RU_RELATIVE_DAYS: readonly (readonly [string, number])[] = [
  ['позавчера', -2], ['вчера', -1], ['накануне', -1], ['сегодня', 0], ['завтра', 1], ['послезавтра', 2],
];
export const RU_RELATIVE_YEARS: readonly (readonly [string, number])[] = [
  ['в этом году', 0], ['этот год', 0], ['этого года', 0], ['в текущем году', 0], ['текущего года', 0], ['прошлого года', -1], ['в нынешнем году', 0], ['в прошлом году', -1], ['в минувшем году', -1], ['в следующем году', 1], ['в будущем году', 1],
];
