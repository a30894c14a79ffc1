import type { LanguagePack } from '../pack';
import { azDates } from './dates';
import { azBaseForms } from './morphology';
import { azNames } from './names';

export const az: LanguagePack<'az'> = {
  code: 'az',
  name: 'Azerbaijani',
  letters: 'a-zçəğıöşü',
  identification: [
    // Letters only Azerbaijani Cyrillic (1939–1991) has.
    { kind: 'decisive-letters', script: 'Cyrl', letters: /[ҹҝј]/gu, atLeast: 2 },
    // The schwa sets Azerbaijani Latin apart from Turkish, Uzbek and the rest.
    { kind: 'letter-share', script: 'Latn', letters: /ə/gu, minShare: 0.005 },
  ],
  dates: azDates,
  morphology: { baseForms: azBaseForms, plural: /(?:lar|lər)/u },
  names: azNames,
  // No annotated corpus: the model's transferred guesses were less precise than rules and gazetteers.
  entityModel: false,
  gazetteer: [],
};
