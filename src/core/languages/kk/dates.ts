import { numberEntries } from '../numberWords';
import type { LexiconEntry, TemporalGrammar } from '../dateGrammar';

/** Any case, possessive or plural ending after a stem (мамырда, мамырдың, тамызында). */
const ANY = String.raw`\p{L}{0,7}`;
/** Possessive, then case endings: тамыз, тамызда, тамызының, тамызына, тамыздағы (not қаңтарылып). */
const CASE = String.raw`(?:[ыі]|с[ыі])?(?:н?[дт][ае]|н?[дт][ае]н|н?[ғқгк][ае]|н[ае]н?|[ндт][ыі]ң|[ндт][ыі]|н|н?[дт][ае]ғы|н?[дт]егі|ғы|гі|мен|бен|пен|дай|дей)?`;

const MONTHS: readonly (readonly [string, number])[] = [
  ['қаңтар', 1], ['ақпан', 2], ['наурыз', 3], ['сәуір', 4], ['мамыр', 5], ['маусым', 6],
  ['шілде', 7], ['тамыз', 8], ['қыркүйек', 9], ['қазан', 10], ['қараша', 11], ['желтоқсан', 12],
  // Russian month names as Kazakh speech uses them (жиырмасыншы сентябрьде).
  ['январь', 1], ['февраль', 2], ['апрель', 4], ['июнь', 6], ['июль', 7], ['август', 8], ['сентябрь', 9], ['октябрь', 10], ['ноябрь', 11], ['декабрь', 12],
];
const WEEKDAYS: readonly (readonly [string, number])[] = [
  ['дүйсенбі', 1], ['сейсенбі', 2], ['сәрсенбі', 3], ['бейсенбі', 4], ['жұма', 5], ['сенбі', 6], ['жексенбі', 7],
];
const NUMBERS: readonly (readonly [string, number])[] = [
  ['бір', 1], ['екі', 2], ['үш', 3], ['төрт', 4], ['бес', 5], ['алты', 6], ['жеті', 7], ['сегіз', 8], ['тоғыз', 9],
  ['он', 10], ['жиырма', 20], ['отыз', 30], ['қырық', 40], ['қырқ', 40], ['елу', 50], ['алпыс', 60], ['жетпіс', 70], ['сексен', 80], ['тоқсан', 90],
  ['жүз', 100], ['мың', 1000],
];

const LEXICON: LexiconEntry[] = [
  ...numberEntries(NUMBERS, '', String.raw`с?[ыі]?н(?:шы|ші)\p{L}{0,6}`),
  [`жылдар${CASE}`, { type: 'unit', unit: 'Y', plural: true }],
  // жылдығы is an anniversary (175 жылдығына), not a length of time.
  [`жыл${CASE}|жылдық${CASE}`, { type: 'unit', unit: 'Y' }],
  ['ж', { type: 'yearAbbreviation' }],
  [String.raw`ай(?:ы|да|дан|ға|дың|ын|ына|ында|ынан|ынын|дар\p{L}{0,5}|мен)?`, { type: 'unit', unit: 'M' }],
  [String.raw`апта${ANY}`, { type: 'unit', unit: 'W' }],
  // жұма is also a week in speech (үш жұма бұрын).
  [`жұма${CASE}`, { type: 'unit', unit: 'W' }],
  [`күн${CASE}|күндер${CASE}`, { type: 'unit', unit: 'D' }],
  ['таңда', { type: 'unit', unit: 'D' }],
  [String.raw`тәулік${ANY}`, { type: 'unit', unit: 'D' }],
  [String.raw`сағат${ANY}`, { type: 'unit', unit: 'H' }],
  [String.raw`сағат${ANY}`, { type: 'clockWord' }],
  [String.raw`минут${ANY}`, { type: 'unit', unit: 'MIN' }],
  [String.raw`ғасыр${ANY}`, { type: 'unit', unit: 'CE' }],
  [String.raw`онжылдық${ANY}`, { type: 'unit', unit: 'DE' }],
  ...MONTHS.map(([stem, month]): LexiconEntry => [`${stem}${CASE}`, { type: 'month', month }]),
  ...WEEKDAYS.map(([stem, weekday]): LexiconEntry => [`${stem}(?:[дт][ае]|[гғ][ае]|н[ыі]ң|с[ыі]|д[ае]н|н[ыі]|л[ыі]к)?`, { type: 'weekday', weekday }]),
  [String.raw`көктем${ANY}`, { type: 'season', season: 'SP' }],
  ['жаз(?:да|ы|ғы|дың|ында|ға)?', { type: 'season', season: 'SU' }],
  ['күз(?:де|і|гі|дің|інде)?', { type: 'season', season: 'FA' }],
  ['қыс(?:та|ы|қы|тың|ында|тан)?', { type: 'season', season: 'WI' }],
  [String.raw`таңертең${ANY}`, { type: 'dayPart', part: 'MO' }],
  ['таңғы', { type: 'dayPart', part: 'MO' }],
  ['түс(?:те|кі|тен кейін)', { type: 'dayPart', part: 'AF' }],
  ['кешкі|кешке|кешқұрым', { type: 'dayPart', part: 'EV' }],
  ['түн(?:де|гі|і)', { type: 'dayPart', part: 'NI' }],
  ['күндіз', { type: 'dayPart', part: 'AF' }],
  [`бүгін${CASE}|бүгінгі`, { type: 'deicticDay', offset: 0 }],
  ['кеше(?:гі|ден|ге)?', { type: 'deicticDay', offset: -1 }],
  [`ертең${CASE}|ертеңгі`, { type: 'deicticDay', offset: 1 }],
  ['бүрсігүні', { type: 'deicticDay', offset: 2 }],
  // Bare биыл, былтыр are adverbs that KazNERD keeps apart from what follows (биыл | қаңтар айынан бері).
  ['биыл', { type: 'deicticYear', offset: 0, alone: true }],
  ['былтыр', { type: 'deicticYear', offset: -1, alone: true }],
  [`биыл(?!$)${CASE}|биылғы|биылдық${CASE}`, { type: 'deicticYear', offset: 0 }],
  [`былтыр(?!$)${CASE}|былтырғы`, { type: 'deicticYear', offset: -1 }],
  ['өткен', { type: 'shift', offset: -1 }],
  ['осы', { type: 'shift', offset: 0 }],
  ['ағымдағы', { type: 'shift', offset: 0 }],
  ['келесі|келер', { type: 'shift', offset: 1 }],
  ['алдағы', { type: 'shift', offset: 1 }],
  ['соңғы', { type: 'last' }],
  ['бұрын|бұрынғы', { type: 'ago' }],
  ['кейін|соң', { type: 'later' }],
  ['сайын|сайынғы', { type: 'every' }],
  ['күнделікті', { type: 'setWord', value: 'P1D' }],
  ['бойы|бойында|ішінде|ішінен|ішіндегі', { type: 'durationWord' }],
  ['басында|басынан|басына|басы', { type: 'mod', mod: 'START', inSpan: true }],
  ['соңында|соңына|аяғында|аяғына|соңы|аяғы', { type: 'mod', mod: 'END', inSpan: true }],
  ['ортасында|ортасына', { type: 'mod', mod: 'MID', inSpan: true }],
  ['дейін|дейінгі|шейін', { type: 'mod', mod: 'BEFORE', inSpan: true }],
  ['кейін|кейінгі', { type: 'mod', mod: 'AFTER', inSpan: true }],
  ['бері', { type: 'mod', mod: 'ON_OR_AFTER', inSpan: true }],
  // KazNERD leaves бастап (starting from) outside the span.
  ['бастап', { type: 'mod', mod: 'ON_OR_AFTER' }],
  ['шамамен', { type: 'mod', mod: 'APPROX', before: true }],
  ['астам|артық', { type: 'mod', mod: 'MORE_THAN', inSpan: true }],
  ['аралығында|аралығы|аралықта|аралығындағы', { type: 'between' }],
  ['бен|мен|пен|және', { type: 'and' }],
  ['бірнеше', { type: 'several' }],
];

export const kkDates: TemporalGrammar = {
  lexicon: LEXICON,
  // Locative and ordinal only: 2000-ға, 1300-ден are counts far more often than years.
  yearSuffix: /^(?:с?[ыі]?н?ш[ыі]|[дт][ае]|[дт][ае]ғы|[дт]егі)$/u,
  daySuffix: /^(?:[ыі]|с[ыі]|[ыі]?н(?:шы|ші)|[нд][ае]|[дт][ае]|с[ыі]нд[ае]|[ыі]нд[ае]|[гк]е|[ғқ]а)$/u,
  // Қазан alone, capitalised, is the city of Kazan more often than October; маусым alone is also a season of sport or theatre.
  loneMonth: (word, previous) => !/^Қазан/u.test(word) && !/^маусым/iu.test(word) && !(/^\p{Lu}/u.test(word) && previous !== undefined && /\p{L}/u.test(previous)),
  postpositions: true,
  // As KazNERD draws them: «сәрсенбі» and «шілде» without «күні», «айында»; «бүгін» and «таңертең» apart.
  unitWordAfterName: false,
  joinDayPart: false,
};
