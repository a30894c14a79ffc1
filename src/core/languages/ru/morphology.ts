/**
 * Russian declension as candidate base forms: the word with a case ending replaced by each
 * nominative ending, so that a lookup finds the name it inflects (Казахстана → казахстан;
 * Эльвирой → эльвира; Конституционного → конституционный; Бельгии → бельгия). Candidates are
 * only ever checked against known names, so generating a few wrong ones costs nothing.
 */
const CASE_ENDINGS = [
  'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией',
  'ии', 'ию', 'ие', 'ой', 'ей', 'ом', 'ем', 'ым', 'им', 'ах', 'ях', 'ов', 'ев', 'ых', 'их', 'ам', 'ям', 'ую', 'юю',
  'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'ё',
];
const NOMINATIVE_ENDINGS = ['', 'а', 'я', 'ь', 'й', 'ия', 'ий', 'ый', 'ой', 'ая', 'яя', 'ое', 'ее', 'о', 'е', 'ы', 'и'];
const MIN_STEM = 2;
/**
 * -ов and -ев end a genitive plural (Нидерландов → Нидерланды, Эмиратов → Эмираты), so they lead
 * only to a plural: read as a singular they would make Андижанов, a surname, a case of Андижан.
 */
const PLURAL_GENITIVE = new Set(['ов', 'ев']);
const PLURAL_NOMINATIVES = ['ы', 'и'];

export function ruBaseForms(lowerWord: string): string[] {
  const forms = new Set<string>([lowerWord]);
  for (const ending of CASE_ENDINGS) {
    if (!lowerWord.endsWith(ending) || lowerWord.length - ending.length < MIN_STEM) continue;
    const stem = lowerWord.slice(0, -ending.length);
    for (const nominative of PLURAL_GENITIVE.has(ending) ? PLURAL_NOMINATIVES : NOMINATIVE_ENDINGS) forms.add(stem + nominative);
  }
  return [...forms];
}
