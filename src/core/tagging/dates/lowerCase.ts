/**
 * Lower case as the language has it. `toLocaleLowerCase` costs a call into ICU per word; only
 * Azerbaijani's dotted and dotless I differ from the default mapping, so they are mapped first.
 */
export function lowerCase(text: string, locale: string): string {
  return locale === 'az' ? text.replace(/I/gu, 'ı').replace(/İ/gu, 'i').toLowerCase() : text.toLowerCase();
}
