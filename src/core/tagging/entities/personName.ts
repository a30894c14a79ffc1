import type { LanguageCode } from '../types';
import { candidateKeys } from '../morphology';
import { SURNAME } from './cues';

function capitalise(word: string, lang: LanguageCode): string {
  return word.slice(0, 1).toLocaleUpperCase(lang) + word.slice(1);
}

/**
 * Russian names back to the nominative. The words of a name share one case, and the given name
 * shows which: Гильбертом Прено (instrumental) → Гильберт Прено; Эльвирой Азимовой, Эльвиры
 * Азимовой → Эльвира Азимова; Артуру Ластаеву → Артур Ластаев; Айдос Сарым is already nominative.
 */
function ruNominative(words: readonly string[]): string[] {
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  if (/(?:ом|ем|ём)$/u.test(first)) return words.map((word) => word.replace(/(?:ом|ем|ём|ым|им)$/u, ''));
  if (/(?:ией|ей|ой|ою)$/u.test(first)) return words.map((word) => word.replace(/ией$/u, 'ия').replace(/(?:ой|ою|ей)$/u, 'а'));
  if (/[ыи]$/u.test(first) && /(?:ой|ей)$/u.test(last)) return words.map((word) => word.replace(/ии$/u, 'ия').replace(/ы$/u, 'а').replace(/(?:ой|ей)$/u, 'а'));
  if (/[ую]$/u.test(first) && words.length > 1) return words.map((word) => word.replace(/[ую]$/u, ''));
  if (/(?:ов|ев|ин)ой$/u.test(last)) return [...words.slice(0, -1), last.replace(/ой$/u, 'а')];
  return [...words];
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
