import { languagePack } from '../languages/registry';
import type { LanguageCode, LinkReason, Span } from '../tagging/types';
import type { KnowledgeEntity } from './knowledgeBase';
import { isExactForm } from './mentionKeys';

/** What linking knows of a mention by itself: the entity it names, if one. */
interface Named { direct?: { id: string; entity?: KnowledgeEntity } | undefined }

/**
 * The countries an article names, for a body's name alone (`МВД`, `Ішкі істер министрлігі`) to
 * be settled by: every country it names by name, by one of the region's places (`Бишкек` is
 * Kyrgyzstan's) or by one of its bodies named in full (`Генпрокуратура России`), and among them
 * those it names in the locative, the article's own place (`в Казахстане`, `Қырғызстанда`,
 * `Azərbaycanda`, `в Бишкеке`), with where.
 */
export interface ArticleCountries {
  named: ReadonlySet<string>;
  /** The countries named in the locative, each with where it is first so named. */
  located: ReadonlyMap<string, number>;
  text: string | undefined;
}

/** The country's own id when the entity is a country (a CLDR territory with a two-letter code). */
function countryItself(entity: KnowledgeEntity): string | undefined {
  return entity.kind === 'LOC' && entity.iso !== undefined && /^[A-Z]{2}$/u.test(entity.iso) ? entity.id : undefined;
}

/** The country a linked entity names: a country's own id, a place's or a body's country. */
function countryOf(entity: KnowledgeEntity): string | undefined {
  return entity.country ?? countryItself(entity);
}

const RUSSIAN_IN = /(?:^|[^\p{L}])[Вв]о?\s+$/u;
/** Russian prepositional endings of a place's name (в Казахстане, в России, в Крыму): `в Казахстан` is a direction. */
const RUSSIAN_PREPOSITIONAL = /[еиу]$/u;
const TURKIC_LOCATIVE: Partial<Record<LanguageCode, RegExp>> = { kk: /(?:да|де|та|те)$/u, az: /(?:da|də)$/u };

/**
 * Whether a place's mention is in the locative: after `в`/`во` and with a prepositional ending in
 * Russian, with -да/-де/-та/-те (-da/-də) in Kazakh and Azerbaijani, and not as one of its names is
 * written in any language (Қызылорда, Чолпон-Ата, Bərdə end like a locative).
 */
function isLocative(span: Span, entity: KnowledgeEntity, lang: LanguageCode, text: string | undefined): boolean {
  if (isExactForm(span.text, entity, lang)) return false;
  if (lang === 'ru') return text !== undefined && RUSSIAN_PREPOSITIONAL.test(span.text) && RUSSIAN_IN.test(text.slice(Math.max(0, span.start - 4), span.start));
  return TURKIC_LOCATIVE[lang]?.test(span.text) === true;
}

export function articleCountries(spans: readonly Span[], evidence: readonly (Named | undefined)[], lang: LanguageCode, text: string | undefined): ArticleCountries {
  const named = new Set<string>();
  const located = new Map<string, number>();
  spans.forEach((span, index) => {
    const entity = evidence[index]?.direct?.entity;
    const country = entity === undefined ? undefined : countryOf(entity);
    if (entity === undefined || country === undefined) return;
    named.add(country);
    if (entity.kind === 'LOC' && !located.has(country) && isLocative(span, entity, lang, text)) located.set(country, span.start);
  });
  return { named, located, text };
}

/** The Russian genitive of a place's name (or a name ending in an abbreviation, `РК`). */
const RUSSIAN_GENITIVE = /(?:[аяыи]|\p{Lu})$/u;
const FIRST_WORD = /^\S+/u;

/**
 * Whether a place's name is in the case that qualifies a body: the Russian genitive, of its first
 * word or its last (`Республики Казахстан`, `Кыргызской Республики`); in a language whose names
 * end in their head, the genitive that carries a name on (the pack's
 * `headFinalOrganisations.genitive`: Kazakh `Қазақстанның`, Azerbaijani `Azərbaycanın`); the
 * name as written is checked by the caller.
 */
function isQualifying(place: string, lang: LanguageCode): boolean {
  if (lang === 'ru') return RUSSIAN_GENITIVE.test(place) || RUSSIAN_GENITIVE.test(FIRST_WORD.exec(place)?.[0] ?? '');
  const headFinal = languagePack(lang).names.headFinalOrganisations;
  return headFinal !== false && headFinal.genitive.test(place);
}

/** A lower-case Russian adjective right before the name (`российское МВД`, `японский МИД`): a country that decides, but not one of the article's names. */
const RUSSIAN_ADJECTIVE_BEFORE = /\p{Ll}+(?:ск|цк)(?:ий|ое|ого|ая|ой|ому|им|ом|ую|ие|их|ими)\s+$/u;
/** A capitalised word beside the name that no span covers (`МВД Удмуртии`): a qualifier the knowledge base does not know. */
const CAPITALISED_AFTER = /^\s\p{Lu}/u;
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}’'-]*\s$/u;

type Beside = { place: number } | 'unknown' | undefined;

/**
 * What qualifies a body's name right beside it: the next name in Russian, in the genitive (`МВД |
 * Украины`), the name before it in Kazakh and Azerbaijani, as written or in the genitive
 * (`Украина | СІМ-і`), with nothing but a space between; or, where the text shows one that no
 * span names (`российское МВД`, `МВД Удмуртии`), an unknown qualifier.
 */
function qualifier(spans: readonly Span[], index: number, evidence: readonly (Named | undefined)[], lang: LanguageCode, text: string | undefined): Beside {
  const span = spans[index];
  if (span === undefined) return undefined;
  const at = lang === 'ru' ? index + 1 : index - 1;
  const beside = spans[at];
  const gap = beside === undefined ? -1 : lang === 'ru' ? beside.start - span.end : span.start - beside.end;
  if (beside !== undefined && beside.kind !== 'DATE' && gap >= 0 && gap <= 1) {
    if (beside.kind !== 'LOC') return 'unknown';
    // A place in another case is no qualifier (`Мәскеуге ІІМ басшысымен`: to Moscow).
    const place = evidence[at]?.direct?.entity;
    const asWritten = lang !== 'ru' && place !== undefined && isExactForm(beside.text, place, lang);
    return isQualifying(beside.text, lang) || asWritten ? { place: at } : undefined;
  }
  if (text === undefined) return undefined;
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const after = text.slice(span.end, span.end + 2);
  if (lang === 'ru') return RUSSIAN_ADJECTIVE_BEFORE.test(before) || CAPITALISED_AFTER.test(after) ? 'unknown' : undefined;
  return CAPITALISED_BEFORE.test(before) ? 'unknown' : undefined;
}

/**
 * A body's name alone that several countries' bodies share (`bound`, their `contextAliases`):
 * - with a place right beside it (`МВД Украины`), that country's body, or none when the
 *   knowledge base has no body of it, or when the place is a town or a region (`МВД Бишкека`,
 *   `МВД Сибири`: the place's own department or ministry, not the country's);
 * - else the one of those bodies the article names in full elsewhere (`МВД Казахстана` earlier);
 * - else the body of the one country the article names, when it names that country in the
 *   locative before the name, as its own place (`В Казахстане задержали… МВД сообщило`); an
 *   article that names two countries, or names its one country only in passing (a citizen's,
 *   `гражданина Казахстана`; a direction, `в Казахстан`; after the name), settles nothing;
 * - a country or region the text shows beside the name but no span names (`российское МВД`, `МВД
 *   Удмуртии`) settles nothing either: the name stays a corpus-local entity.
 */
export function byCountry(spans: readonly Span[], index: number, bound: readonly KnowledgeEntity[], evidence: readonly (Named | undefined)[], inFull: ReadonlySet<string>, countries: ArticleCountries, lang: LanguageCode): { id: string; reason: LinkReason; entity: KnowledgeEntity } | undefined {
  if (bound.length === 0) return undefined;
  const pick = (chosen: readonly KnowledgeEntity[], reason: LinkReason): { id: string; reason: LinkReason; entity: KnowledgeEntity } | undefined =>
    (chosen.length === 1 && chosen[0] ? { id: chosen[0].id, reason, entity: chosen[0] } : undefined);
  const beside = qualifier(spans, index, evidence, lang, countries.text);
  if (beside === 'unknown') return undefined;
  if (beside !== undefined) {
    // Only a country qualifies the country's body: beside a town or a region (`МВД Чечни`,
    // `МВД Бишкека`) the name is that place's own body, which the knowledge base does not have.
    const place = evidence[beside.place]?.direct?.entity;
    const country = place === undefined ? undefined : countryItself(place);
    return country === undefined ? undefined : pick(bound.filter((entity) => entity.country === country), 'country-in-context');
  }
  const itself = bound.filter((entity) => inFull.has(entity.id));
  if (itself.length > 0) return pick(itself, 'context');
  const [only] = countries.named;
  const where = only === undefined ? undefined : countries.located.get(only);
  // The article's own place comes before the name: `В Казахстане… МВД`, not `МИД … о ситуации в Казахстане`.
  const span = spans[index];
  if (countries.named.size !== 1 || where === undefined || span === undefined || where > span.start) return undefined;
  return pick(bound.filter((entity) => entity.country === only), 'country-in-context');
}
