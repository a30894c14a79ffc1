import type { LanguageCode } from '../types';
import { candidateKeys } from '../morphology';
import { SURNAME } from './cues';

function capitalise(word: string, lang: LanguageCode): string {
  return word.slice(0, 1).toLocaleUpperCase(lang) + word.slice(1);
}

/** Russian names back to the nominative: Эльвирой Азимовой → Эльвира Азимова; Гильбертом Прено → Гильберт Прено. */
function ruNominative(words: readonly string[]): string[] {
  const female = words.some((word) => /(?:ой|ой|ы|ою)$/u.test(word) && /(?:ов|ев|ин)ой$/u.test(words.at(-1) ?? ''));
  return words.map((word) => {
    if (female) return word.replace(/(?:ой|ою|ей)$/u, 'а').replace(/ы$/u, 'а').replace(/ии$/u, 'ия');
    if (/(?:ым|ом|ем)$/u.test(word) && word.length > 4) return word.replace(/(?:ым|ом|ем)$/u, '');
    if (/(?:ому|ему)$/u.test(word)) return word.replace(/(?:ому|ему)$/u, '');
    if (/(?:ов|ев|ин)(?:а|у)$/u.test(word)) return word.slice(0, -1);
    return word;
  });
}

/**
 * A person's name in its base form, for the canonical name of someone the gazetteer does not
 * know. Kazakh and Azerbaijani lose case suffixes from the last word (Liu Xuexinin → Liu Xuexin).
 */
export function personBaseName(words: readonly string[], lang: LanguageCode): string {
  if (lang === 'ru') return ruNominative(words).join(' ');
  const last = words.at(-1) ?? '';
  const forms = candidateKeys(last, lang).filter((form) => form.length >= 3);
  const surname = forms.find((form) => SURNAME.test(form) && form !== last.toLocaleLowerCase(lang))
    ?? forms.reduce((shortest, form) => (form.length < shortest.length && last.toLocaleLowerCase(lang).startsWith(form) && last.length - form.length <= 3 ? form : shortest), last.toLocaleLowerCase(lang));
  return [...words.slice(0, -1), capitalise(surname, lang)].join(' ');
}
