import type { AnnotatedText } from './corpora';

/**
 * Kazakh Cyrillic spelled in the Azerbaijani Latin alphabet, letter by letter (Қазақстанның →
 * Qazaqstannıñ → Qazaqstannın, Жәлел → Cəlel). The Kazakh training texts spelled so teach the
 * model what Turkic names look like in Latin script, so that it transfers to Azerbaijani, for which
 * no annotated corpus exists. The offsets of every name are carried through.
 */
const AZ_LATIN: Readonly<Record<string, string>> = {
  а: 'a', ә: 'ə', б: 'b', в: 'v', г: 'q', ғ: 'ğ', д: 'd', е: 'e', ё: 'yo', ж: 'c', з: 'z', и: 'i', й: 'y',
  к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'ö', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ұ: 'u', ү: 'ü', ф: 'f', х: 'x', һ: 'h', ц: 's', ч: 'ç', ш: 'ş', щ: 'ş', ъ: '', ы: 'ı', і: 'i', ь: '',
  э: 'e', ю: 'yu', я: 'ya',
};

function spellChar(char: string): string {
  const lower = char.toLocaleLowerCase('kk');
  const latin = AZ_LATIN[lower];
  if (latin === undefined) return char;
  if (lower === char || latin === '') return latin;
  return latin.slice(0, 1).toLocaleUpperCase('az') + latin.slice(1);
}

export function kazakhInAzerbaijaniLatin(text: AnnotatedText): AnnotatedText {
  const offsets = new Int32Array(text.text.length + 1);
  let out = '';
  for (let i = 0; i < text.text.length; i++) {
    offsets[i] = out.length;
    out += spellChar(text.text[i] ?? '');
  }
  offsets[text.text.length] = out.length;
  return {
    name: `${text.name}:az-latin`, lang: 'az', text: out,
    spans: text.spans.map((span) => ({ start: offsets[span.start] ?? 0, end: offsets[span.end] ?? 0, kind: span.kind })),
  };
}
