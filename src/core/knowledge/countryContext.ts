import type { LanguageCode, LinkReason, Span } from '../tagging/types';
import type { KnowledgeEntity } from './knowledgeBase';

/** What linking knows of a mention by itself: the entity it names, if one. */
interface Named { direct?: { id: string; entity?: KnowledgeEntity } | undefined }

/**
 * The countries an article names, for a body's name alone (`МВД`, `Ішкі істер министрлігі`) to
 * be settled by: every country it names by name, by one of the region's places (`Бишкек` is
 * Kyrgyzstan's) or by one of its bodies named in full (`Генпрокуратура России`), and among them
 * those it names in the locative, the article's own place (`в Казахстане`, `Қырғызстанда`,
 * `Azərbaycanda`, `в Бишкеке`).
 */
export interface ArticleCountries { named: ReadonlySet<string>; located: ReadonlySet<string> }

/** The country a linked entity names: a country's own id, a place's or a body's country. */
function countryOf(entity: KnowledgeEntity): string | undefined {
  if (entity.country !== undefined) return entity.country;
  return entity.kind === 'LOC' && entity.iso !== undefined && /^[A-Z]{2}$/u.test(entity.iso) ? entity.id : undefined;
}

const RUSSIAN_IN = /(?:^|[^\p{L}])[Вв]о?\s+$/u;
const TURKIC_LOCATIVE: Partial<Record<LanguageCode, RegExp>> = { kk: /(?:да|де|та|те)$/u, az: /(?:da|də)$/u };

/** Whether a place's mention is in the locative: after `в`/`во` in Russian, with -да/-де/-та/-те (-da/-də) in Kazakh and Azerbaijani. */
function isLocative(span: Span, lang: LanguageCode, text: string | undefined): boolean {
  if (lang === 'ru') return text !== undefined && RUSSIAN_IN.test(text.slice(Math.max(0, span.start - 4), span.start));
  return TURKIC_LOCATIVE[lang]?.test(span.text) === true;
}

export function articleCountries(spans: readonly Span[], evidence: readonly (Named | undefined)[], lang: LanguageCode, text: string | undefined): ArticleCountries {
  const named = new Set<string>();
  const located = new Set<string>();
  spans.forEach((span, index) => {
    const entity = evidence[index]?.direct?.entity;
    const country = entity === undefined ? undefined : countryOf(entity);
    if (country === undefined) return;
    named.add(country);
    if (entity?.kind === 'LOC' && isLocative(span, lang, text)) located.add(country);
  });
  return { named, located };
}

/**
 * The place that qualifies a body's name right beside it: the next name in Russian, in the
 * genitive (`МВД | Украины`), the name before it in Kazakh and Azerbaijani (`Украина | СІМ-і`),
 * with nothing but a space between.
 */
function qualifier(spans: readonly Span[], index: number, lang: LanguageCode): number | undefined {
  const span = spans[index];
  const beside = spans[lang === 'ru' ? index + 1 : index - 1];
  if (span === undefined || beside?.kind !== 'LOC') return undefined;
  const gap = lang === 'ru' ? beside.start - span.end : span.start - beside.end;
  return gap >= 0 && gap <= 1 ? (lang === 'ru' ? index + 1 : index - 1) : undefined;
}

/**
 * A body's name alone that several countries' bodies share (`bound`, their `contextAliases`):
 * - with a place right beside it (`МВД Украины`), that place's country's body, or none when the
 *   knowledge base has no body of it (or the place is no country's it knows: `МВД Чечни`);
 * - else the one of those bodies the article names in full elsewhere (`МВД Казахстана` earlier);
 * - else the body of the one country the article names, when it names that country in the
 *   locative, as its own place (`В Казахстане задержали… МВД сообщило`); an article that names
 *   two countries, or names its one country only in passing (a citizen's, `гражданина
 *   Казахстана`), settles nothing, and the name stays a corpus-local entity.
 */
export function byCountry(spans: readonly Span[], index: number, bound: readonly KnowledgeEntity[], evidence: readonly (Named | undefined)[], countries: ArticleCountries, lang: LanguageCode): { id: string; reason: LinkReason; entity: KnowledgeEntity } | undefined {
  if (bound.length === 0) return undefined;
  const pick = (chosen: readonly KnowledgeEntity[], reason: LinkReason): { id: string; reason: LinkReason; entity: KnowledgeEntity } | undefined =>
    (chosen.length === 1 && chosen[0] ? { id: chosen[0].id, reason, entity: chosen[0] } : undefined);
  const beside = qualifier(spans, index, lang);
  if (beside !== undefined) {
    const place = evidence[beside]?.direct?.entity;
    const country = place === undefined ? undefined : countryOf(place);
    return country === undefined ? undefined : pick(bound.filter((entity) => entity.country === country), 'country-in-context');
  }
  const inFull = new Set(evidence.flatMap((found) => (found?.direct ? [found.direct.id] : [])));
  const itself = bound.filter((entity) => inFull.has(entity.id));
  if (itself.length > 0) return pick(itself, 'context');
  const [only] = countries.named;
  if (countries.named.size !== 1 || only === undefined || !countries.located.has(only)) return undefined;
  return pick(bound.filter((entity) => entity.country === only), 'country-in-context');
}
