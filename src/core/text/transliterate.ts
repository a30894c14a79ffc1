/**
 * The one table from Kazakh and Russian Cyrillic to Latin. Each letter has a plain Latin key
 * (`key`: ж → j, қ → k, ш → sh; the Azerbaijani Latin letters ə → e, c → j, ş → sh get the same),
 * in which Kazakh Cyrillic, Russian Cyrillic and Azerbaijani Latin words meet (Қазақстанның →
 * kazakstannin, Qazaxıstanın → kazaxistanin), and its Azerbaijani Latin spelling (`az`: ж → c,
 * қ → q, ш → ş). The entity model's Turkic features, the knowledge base's name skeletons
 * (knowledge/transliterate.ts) and the learning curve's Azerbaijani proxy are built on it.
 */
const CYRILLIC: Readonly<Record<string, { az: string; key: string }>> = {
  а: { az: 'a', key: 'a' }, ә: { az: 'ə', key: 'e' }, б: { az: 'b', key: 'b' }, в: { az: 'v', key: 'v' },
  г: { az: 'q', key: 'g' }, ғ: { az: 'ğ', key: 'g' }, д: { az: 'd', key: 'd' }, е: { az: 'e', key: 'e' },
  ё: { az: 'yo', key: 'yo' }, ж: { az: 'c', key: 'j' }, з: { az: 'z', key: 'z' }, и: { az: 'i', key: 'i' },
  й: { az: 'y', key: 'y' }, к: { az: 'k', key: 'k' }, қ: { az: 'q', key: 'k' }, л: { az: 'l', key: 'l' },
  м: { az: 'm', key: 'm' }, н: { az: 'n', key: 'n' }, ң: { az: 'n', key: 'n' }, о: { az: 'o', key: 'o' },
  ө: { az: 'ö', key: 'o' }, п: { az: 'p', key: 'p' }, р: { az: 'r', key: 'r' }, с: { az: 's', key: 's' },
  т: { az: 't', key: 't' }, у: { az: 'u', key: 'u' }, ұ: { az: 'u', key: 'u' }, ү: { az: 'ü', key: 'u' },
  ф: { az: 'f', key: 'f' }, х: { az: 'x', key: 'x' }, һ: { az: 'h', key: 'h' }, ц: { az: 's', key: 'ts' },
  ч: { az: 'ç', key: 'ch' }, ш: { az: 'ş', key: 'sh' }, щ: { az: 'ş', key: 'sh' }, ъ: { az: '', key: '' },
  ы: { az: 'ı', key: 'i' }, і: { az: 'i', key: 'i' }, ь: { az: '', key: '' }, э: { az: 'e', key: 'e' },
  ю: { az: 'yu', key: 'yu' }, я: { az: 'ya', key: 'ya' },
};

/** Azerbaijani Latin letters that are not plain Latin, with their key (the key of the Cyrillic letter they write). */
const AZERBAIJANI_KEYS: Readonly<Record<string, string>> = { ə: 'e', ı: 'i', ö: 'o', ü: 'u', ğ: 'g', q: 'k', c: 'j', ç: 'ch', ş: 'sh', w: 'v' };

/** The lower-case Cyrillic letters of the table. */
export const CYRILLIC_LETTERS: readonly string[] = Object.keys(CYRILLIC);

/** The plain Latin key of a lower-case Cyrillic letter (undefined for a letter outside the table). */
export function cyrillicKey(letter: string): string | undefined {
  return CYRILLIC[letter]?.key;
}

/**
 * A lower-cased word in plain Latin keys (Қазақстанның → kazakstannin, Qazaxıstanın → kazaxistanin):
 * Cyrillic and Azerbaijani Latin letters through the table, anything else as it is.
 */
export function latinKey(lowerWord: string): string {
  let out = '';
  for (const char of lowerWord) out += CYRILLIC[char]?.key ?? AZERBAIJANI_KEYS[char] ?? char;
  return out;
}

/** One character in the Azerbaijani Latin alphabet, keeping its case (Ж → C, ш → ş). */
function azerbaijaniChar(char: string): string {
  const lower = char.toLocaleLowerCase('kk');
  const latin = CYRILLIC[lower]?.az;
  if (latin === undefined) return char;
  if (lower === char || latin === '') return latin;
  return latin.slice(0, 1).toLocaleUpperCase('az') + latin.slice(1);
}

/**
 * Cyrillic text spelled in the Azerbaijani Latin alphabet (Қазақстанның → Qazaqstannın, Жәлел →
 * Cəlel), with `offsets[i]` the UTF-16 offset in the result of the input's offset `i` (length + 1 entries).
 */
export function toAzerbaijaniLatin(text: string): { text: string; offsets: Int32Array } {
  const offsets = new Int32Array(text.length + 1);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    offsets[i] = out.length;
    out += azerbaijaniChar(text[i] ?? '');
  }
  offsets[text.length] = out.length;
  return { text: out, offsets };
}
