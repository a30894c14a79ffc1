/**
 * The key of an organisation's or event's name the knowledge base lacks, so that its case forms
 * meet in one corpus-local entity, as a person's and a place's do: Ішкі істер министрлігі,
 * министрлігінің, министрлігіне; Министерство, Министерства, Министерством внутренних дел; Daxili
 * İşlər Nazirliyi, Nazirliyinin, Nazirliyinə each give one key.
 *
 * It works on the name's skeleton (`nameSkeleton`, the spelling-independent Latin key that the
 * local ids of organisations were made of before 2026-12-02), word by word: the case, possessive
 * and number endings of Kazakh, Azerbaijani and Russian, as the skeleton writes them, are taken off
 * the end of each word, longest first and again until none is left, and so is a case ending after
 * a hyphen (`tv-nin`). Every word, since Russian declines the head noun and its adjectives
 * (`Верховного суда`) and Kazakh and Azerbaijani only the last word, whose other words then fold
 * alike in every form. Working on the skeleton, it reads an id written before it too (see
 * `currentEntityId`), and it is its own fixed point: a folded key folds to itself.
 *
 * It is a key, not a name to show, and it may take off a stem's own letters (`прокуратура` and
 * `прокуратурасы` both give `prokuratur`); a stem (of a hyphenated word, its last part) keeps at
 * least three letters, four in a name of one word, so that short words and one-word names
 * (`Алтын`, `Алтай`) stay apart. The skeleton writes a double consonant once, so a stem that ends
 * in the consonant its ending begins with folds apart from its nominative: `Үкіметтің` and
 * `Үкіметте` give `ukim`, `Үкімет` gives `ukimat` (a known limit).
 */
export function foldedNameKey(nameKey: string): string {
  const words = nameKey.split(' ').filter((word) => word !== '');
  const shortest = words.length === 1 ? 4 : 3;
  return words.map((word) => foldWord(word, shortest)).join(' ');
}

/** Endings as the skeleton writes them (vowels a i o u, k for к қ г ғ, h for х), longest first. */
const ENDINGS: readonly string[] = [
  // Kazakh and Azerbaijani: ablative, locative, genitive, instrumental, dative, accusative,
  // possessive (Nazirliyindən, министрлігінде, Мәжілістің, министрлігімен, прокуратураға, Nazirliyini, прокуратурасы).
  'ndan', 'nan', 'dan', 'tan', 'nda', 'nin', 'din', 'tin', 'man', 'ban', 'pan',
  // Russian adjectives and nouns (Верховного, Верховному, Верховным, судами, судах, Министерством).
  'oko', 'omu', 'ami', 'ah', 'ih', 'om', 'am', 'im',
  'da', 'ta', 'in', 'un', 'na', 'ka', 'ni', 'di', 'ti', 'si', 'la',
  'a', 'i', 'u', 'o', 'n',
];

/** The Kazakh and Azerbaijani endings written after a hyphen (БҰҰ-ның, Meydan TV-nin, TV-yə). */
const AFTER_HYPHEN = new Set(['ndan', 'nan', 'dan', 'tan', 'nda', 'da', 'ta', 'nin', 'din', 'tin', 'in', 'un', 'man', 'ban', 'pan', 'na', 'ka', 'a', 'ni', 'di', 'ti', 'i', 'u', 'n', 'la']);

function foldWord(word: string, shortest: number): string {
  let folded = word;
  for (;;) {
    const hyphen = folded.lastIndexOf('-');
    if (hyphen > 0 && AFTER_HYPHEN.has(folded.slice(hyphen + 1))) {
      folded = folded.slice(0, hyphen);
      continue;
    }
    // The stem that is kept is the last hyphenated part's (ғылыми-зерттеу: зерттеу).
    const letters = folded.length - hyphen - 1;
    const ending = ENDINGS.find((candidate) => folded.endsWith(candidate) && letters - candidate.length >= shortest);
    if (ending === undefined) return folded;
    folded = folded.slice(0, -ending.length);
  }
}
