/**
 * The one table from Kazakh and Russian Cyrillic to Latin: each letter's plain Latin key (ж → j,
 * қ → k, ш → sh, and the Azerbaijani Latin letters ə → e, c → j, ş → sh), in which Kazakh Cyrillic,
 * Russian Cyrillic and Azerbaijani Latin words meet (Қазақстанның → kazakstannin, Qazaxıstanın →
 * kazaxistanin). The entity model's Turkic features and the knowledge base's name skeletons
 * (knowledge/transliterate.ts) are built on it.
 */
const CYRILLIC_KEYS: Readonly<Record<string, string>> = {
  а: 'a', ә: 'e', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'y',
  к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ұ: 'u', ү: 'u', ф: 'f', х: 'x', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'i', і: 'i',
  ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Azerbaijani Latin letters that are not plain Latin, with their key (the key of the Cyrillic letter they write). */
const AZERBAIJANI_KEYS: Readonly<Record<string, string>> = { ə: 'e', ı: 'i', ö: 'o', ü: 'u', ğ: 'g', q: 'k', c: 'j', ç: 'ch', ş: 'sh', w: 'v' };

/** The lower-case Cyrillic letters of the table. */
export const CYRILLIC_LETTERS: readonly string[] = Object.keys(CYRILLIC_KEYS);

/** The plain Latin key of a lower-case Cyrillic letter (undefined for a letter outside the table). */
export function cyrillicKey(letter: string): string | undefined {
  return CYRILLIC_KEYS[letter];
}

/**
 * A lower-cased word in plain Latin keys (Қазақстанның → kazakstannin, Qazaxıstanın → kazaxistanin):
 * Cyrillic and Azerbaijani Latin letters through the table, anything else as it is.
 */
export function latinKey(lowerWord: string): string {
  let out = '';
  for (const char of lowerWord) out += CYRILLIC_KEYS[char] ?? AZERBAIJANI_KEYS[char] ?? char;
  return out;
}
