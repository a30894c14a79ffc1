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
  // A head in an oblique plural case heads no organisation's name (Российским судам); the nominative and genitive plurals share their endings with singular forms.
  morphology: { baseForms: ruBaseForms, plural: /(?:ам|ям|ах|ях|ами|ями)$/u },
  names: ruNames,
  // factRuEval-2016 trains it.
  entityModel: true,
  gazetteer: [],
};
