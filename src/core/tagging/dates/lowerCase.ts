/**
 * Languages whose Latin I has two case pairs, dotless I/ı and dotted İ/i: those with special
 * casing in Unicode's SpecialCasing.txt (Turkish, Azerbaijani), a fact of Unicode, not a list of
 * the tool's languages.
 */
const DOTTED_I_LOCALES: ReadonlySet<string> = new Set(['az', 'tr']);

export function hasDottedCapitalI(locale: string): boolean {
  return DOTTED_I_LOCALES.has(locale);
}

/**
 * Lower case as the language has it. `toLocaleLowerCase` costs a call into ICU per word; only
 * the dotted and dotless I of Turkish and Azerbaijani differ from the default mapping, so they are mapped first.
 */
export function lowerCase(text: string, locale: string): string {
  return hasDottedCapitalI(locale) ? text.replace(/I/gu, 'ı').replace(/İ/gu, 'i').toLowerCase() : text.toLowerCase();
}
