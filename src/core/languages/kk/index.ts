import type { LanguagePack } from '../pack';
import { kkDates } from './dates';
import { kkBaseForms } from './morphology';
import { kkNames } from './names';

export const kk: LanguagePack<'kk'> = {
  code: 'kk',
  name: 'Kazakh',
  letters: 'а-яёәғқңөұүһі',
  identification: [{
    kind: 'word-letters',
    script: 'Cyrl',
    // Letters Kazakh Cyrillic has and Russian lacks.
    letters: /[әғқңөұүһі]/u,
    minShare: 0.12,
    // Of those, the ones Kyrgyz, Tatar, Ukrainian and Mongolian lack (they share ң ө ү, ә or і with Kazakh).
    distinct: /[ғқұ]/u,
  }],
  dates: kkDates,
  morphology: { baseForms: kkBaseForms, plural: /(?:лар|лер|дар|дер|тар|тер)/u },
  names: kkNames,
  // KazNERD trains it.
  entityModel: true,
  gazetteer: [],
};
