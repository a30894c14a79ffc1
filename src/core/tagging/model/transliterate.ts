/**
 * A common Latin skeleton for Turkic words in Kazakh Cyrillic and Azerbaijani Latin (and Russian
 * Cyrillic), so that what the model learns from Kazakh transfers to Azerbaijani: Қазақстанның and
 * Qazaxıstanın share their ending (nin), Әзірбайжан and Azərbaycan their stem (ezirbayjan /
 * ezerbayjan). Vowels keep their backness-free letter, consonants their nearest common sound.
 * Input is a lower-cased word; letters outside both alphabets are kept as they are.
 */
const SKELETON: Readonly<Record<string, string>> = {
  // Cyrillic (Kazakh and Russian)
  а: 'a', ә: 'e', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'y',
  к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ұ: 'u', ү: 'u', ф: 'f', х: 'x', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'i', і: 'i',
  ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Azerbaijani Latin
  ə: 'e', ı: 'i', ö: 'o', ü: 'u', ğ: 'g', q: 'k', c: 'j', ç: 'ch', ş: 'sh', w: 'v',
};

export function turkicSkeleton(lowerWord: string): string {
  let out = '';
  for (const char of lowerWord) out += SKELETON[char] ?? char;
  return out;
}
