import { type CaseSuffixes, lastVowel, personBaseNameBy } from '../personCase';

const BACK = 'аоұы';
const FRONT = 'әөүіеи';
const VOICELESS = 'кқпстфхцчшщ';

/** The Kazakh case suffixes a person's name takes: genitive, accusative, dative, ablative, instrumental. */
export const KK_PERSON_CASES: CaseSuffixes = {
  suffixes: ['ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'нан', 'нен', 'дан', 'ден', 'тан', 'тен', 'мен', 'бен', 'пен',
    'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'ға', 'ге', 'қа', 'ке'],
  afterSurnameOnly: [],
  harmonises: (stem, suffix) => {
    const vowel = lastVowel(stem, BACK + FRONT);
    if (vowel === undefined) return true;
    return BACK.includes(vowel) ? /[аы]/u.test(suffix) : /[еі]/u.test(suffix);
  },
  joins: (stem, suffix) => {
    const end = stem.at(-1) ?? '';
    const vowelEnd = /[аәеёиоөуұүыіэюя]/u.test(end);
    // A loanword's final в, б, г, д is said voiceless: Тоқаевтың, Хорогта.
    const voiceless = VOICELESS.includes(end) || 'вбгд'.includes(end);
    switch (suffix[0]) {
      case 'н': return vowelEnd || 'мнң'.includes(end);
      case 'т': case 'қ': case 'к': case 'п': return voiceless;
      case 'д': case 'ғ': case 'г': return !VOICELESS.includes(end);
      default: return true;
    }
  },
};

export const kkPersonBaseName = personBaseNameBy('kk', KK_PERSON_CASES);
