import { az } from './az';
import { languagePackProblems } from './checkPack';
import { kk } from './kk';
import type { LanguagePack } from './pack';
import { ru } from './ru';

/**
 * The languages the tool ships with, in the order identification and the gazetteers try them.
 * Adding a language is its folder, languages/<code>/, and one line here (and its code in the
 * schema's language enum, which a unit test holds to this list).
 */
export const BUILTIN_LANGUAGE_PACKS = [kk, ru, az] as const;

/** A language the tool knows: the code of a built-in pack. Packs registered at run time are looked up by their code too. */
export type LanguageCode = (typeof BUILTIN_LANGUAGE_PACKS)[number]['code'];

/** A language a name may be given in: a pack's, or English, the knowledge base's language of last resort. */
export type NameLanguage = LanguageCode | 'en';

export class LanguagePackError extends Error {
  constructor(readonly code: string, readonly problems: readonly string[]) {
    super(`language pack '${code}': ${problems.join('; ')}`);
    this.name = 'LanguagePackError';
  }
}

const BUILTIN_CODES: ReadonlySet<string> = new Set(BUILTIN_LANGUAGE_PACKS.map((pack) => pack.code));
const packs = new Map<string, LanguagePack>(BUILTIN_LANGUAGE_PACKS.map((pack) => [pack.code, pack]));
let packList: readonly LanguagePack[] = [...packs.values()];
let generation = 0;

function changed(): void {
  packList = [...packs.values()];
  generation++;
}

/** Counts changes to the registry: what is derived from the packs is rebuilt when it moves. */
export function registryGeneration(): number {
  return generation;
}

/** Every registered pack: the built-in ones in their order, then those registered at run time. */
export function languagePacks(): readonly LanguagePack[] {
  return packList;
}

export function languageCodes(): readonly LanguageCode[] {
  return packList.map((pack) => pack.code as LanguageCode);
}

export function nameLanguages(): readonly NameLanguage[] {
  return [...languageCodes(), 'en'];
}

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && packs.has(value);
}

/** The languages the shipped entity model covers: those whose pack says so (`entityModel`). */
export function shippedModelLanguages(): LanguageCode[] {
  return packList.filter((pack) => pack.entityModel).map((pack) => pack.code as LanguageCode);
}

/** The pack of a registered language. */
export function languagePack(code: LanguageCode): LanguagePack {
  const pack = packs.get(code);
  if (!pack) throw new LanguagePackError(code, ['no pack is registered for this code']);
  return pack;
}

/** «Kazakh, Russian or Azerbaijani»: the registered languages by name, for messages. */
export function languageNamesList(): string {
  const names = packList.map((pack) => pack.name);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
}

/**
 * Adds a language at run time (a corpus's own language, a test). The pack is checked field by
 * field, since it may not have come through the compiler; a code already registered is refused.
 */
export function registerLanguagePack(pack: LanguagePack): void {
  const problems = languagePackProblems(pack);
  const code = typeof (pack as { code?: unknown }).code === 'string' ? pack.code : '?';
  if (packs.has(code)) problems.push('a pack with this code is already registered');
  if (problems.length > 0) throw new LanguagePackError(code, problems);
  packs.set(code, pack);
  changed();
}

/** Removes a pack registered at run time; the built-in packs stay. */
export function unregisterLanguagePack(code: string): boolean {
  if (BUILTIN_CODES.has(code) || !packs.delete(code)) return false;
  changed();
  return true;
}
