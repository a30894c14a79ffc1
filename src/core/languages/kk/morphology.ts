import { strippedForms } from '../suffixStripping';

/**
 * Kazakh suffixes in every vowel-harmony (а/е, ы/і) and assimilation (д/т/н, ғ/қ/г/к) variant:
 * case, possessive, plural, the locative adjective -дағы and the instrumental -мен. Stacked forms
 * reach their base: Қытайдың, Қытайды → қытай; Алматыдағы → алматы; тамызында → тамыз.
 */
const SUFFIXES = [
  'ндағы', 'ндегі', 'дағы', 'дегі', 'тағы', 'тегі',
  'нан', 'нен', 'дан', 'ден', 'тан', 'тен', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің',
  'нда', 'нде', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'мен', 'бен', 'пен',
  'ға', 'ге', 'қа', 'ке', 'на', 'не', 'да', 'де', 'та', 'те', 'ды', 'ді', 'ты', 'ті', 'ны', 'ні', 'сы', 'сі',
  'ы', 'і', 'н', 'а', 'е',
];
const DEVOICING: Readonly<Record<string, string>> = { б: 'п', г: 'к', ғ: 'қ' };

export function kkBaseForms(lowerWord: string): string[] {
  return strippedForms(lowerWord, SUFFIXES, DEVOICING);
}
