import type { LanguagePack } from '../pack';
import { ruDates } from './dates';
import { ruBaseForms } from './morphology';
import { ruNames } from './names';

export const ru: LanguagePack<'ru'> = {
  code: 'ru',
  name: 'Russian',
  letters: 'а-яё',
  identification: [{
    kind: 'function-words',
    script: 'Cyrl',
    words: new Set(['и', 'в', 'во', 'на', 'с', 'со', 'что', 'по', 'не', 'для', 'как', 'это', 'от', 'из', 'к', 'о', 'об', 'а', 'но', 'за', 'при', 'его', 'ее', 'её', 'также', 'был', 'была', 'были', 'будет']),
    minShare: 0.04,
  }],
  dates: ruDates,
  // Organisation heads are found only in head-final languages; Russian marks no plural that would keep one out.
  morphology: { baseForms: ruBaseForms, plural: /(?!)/u },
  names: ruNames,
  // factRuEval-2016 trains it.
  entityModel: true,
  gazetteer: [],
};
