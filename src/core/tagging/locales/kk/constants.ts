/** Kazakh month stems; case and possessive suffixes follow them (мамырда, мамырдың, тамызында). */
export const KK_MONTH_STEMS: readonly (readonly [string, number])[] = [
  ['қаңтар', 1], ['ақпан', 2], ['наурыз', 3], ['сәуір', 4], ['мамыр', 5], ['маусым', 6],
  ['шілде', 7], ['тамыз', 8], ['қыркүйек', 9], ['қазан', 10], ['қараша', 11], ['желтоқсан', 12],
];
export const KK_MONTH = String.raw`(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\p{L}*`;
/** жыл "year" with its suffixes: жылы, жылғы, жылдың, жылда, жылдары… and the abbreviation ж. */
export const KK_YEAR_WORD = String.raw`(?:жыл\p{L}*|ж\.)`;

export const KK_RELATIVE_DAYS: readonly (readonly [string, number])[] = [
  ['бүгін', 0], ['бүгінгі', 0], ['кеше', -1], ['кешегі', -1], ['ертең', 1], ['ертеңгі', 1],
];
export const KK_RELATIVE_YEARS: readonly (readonly [string, number])[] = [
  ['биыл', 0], ['биылғы', 0], ['осы жылы', 0], ['ағымдағы жылы', 0], ['былтыр', -1], ['былтырғы', -1], ['өткен жылы', -1], ['келесі жылы', 1],
];
