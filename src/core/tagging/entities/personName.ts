import type { LanguageCode } from '../types';
import { candidateKeys } from '../morphology';
import { languagePack } from '../../languages/registry';
import { sharedNameCues } from './cues';

function capitalise(word: string, lang: LanguageCode): string {
  return word.slice(0, 1).toLocaleUpperCase(lang) + word.slice(1);
}

/**
 * A person's name in its base form, for the canonical name of someone the gazetteer does not
 * know, as the language's pack says: Russian by the case of the whole name (languages/ru/personName.ts);
 * Kazakh and Azerbaijani lose case suffixes from the last word (Liu Xuexinin → Liu Xuexin).
 */
export function personBaseName(words: readonly string[], lang: LanguageCode): string {
  const byLanguage = languagePack(lang).names.personBaseName;
  if (byLanguage !== 'strip-last-word-suffixes') return byLanguage(words).join(' ');
  const surnameEnding = sharedNameCues().surname;
  const last = words.at(-1) ?? '';
  const forms = candidateKeys(last, lang).filter((form) => form.length >= 3);
  const surname = forms.find((form) => surnameEnding.test(form) && form !== last.toLocaleLowerCase(lang))
    ?? forms.reduce((shortest, form) => (form.length < shortest.length && last.toLocaleLowerCase(lang).startsWith(form) && last.length - form.length <= 3 ? form : shortest), last.toLocaleLowerCase(lang));
  return [...words.slice(0, -1), capitalise(surname, lang)].join(' ');
}

const PATRONYMIC = /(?:ович|евич|ьич|ична|овна|евна|ұлы|қызы|oviç|eviç|yiç|ovich|evich|ovna|evna|oğlu|qızı)\p{L}{0,3}$/u;

/** A patronymic, in any case (Кемелевича, Жомартұлы, Jomartoviç). */
export const isPatronymic = (word: string, lang: string): boolean => PATRONYMIC.test(word.toLocaleLowerCase(lang));
