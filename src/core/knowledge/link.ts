import { languagePack } from '../languages/registry';
import { isAllOfQuotation } from '../tagging/quotes';
import { sharedNameCues } from '../tagging/entities/cues';
import { tokenizeWords } from '../text/tokenize';
import type { LanguageCode, LinkReason, Span } from '../tagging/types';
import { type EntityKind, formsOf, type KnowledgeBase, type KnowledgeEntity, knowledgeBase, type SkeletonForm } from './knowledgeBase';
import { isAcronym } from '../tagging/morphology';
import { countWords } from '../text/characters';
import { isExactForm, mentionSkeletons, skeletonMatches, tooWeakForSkeleton } from './mentionKeys';
import { foldedNameKey } from './caseFold';
import { articleCountries, byCountry } from './countryContext';
import { harmoniseLocalPersons } from './localPersons';
import { byPersonKey } from './personIndex';
import { byPlaceKey } from './placeIndex';
import { personNameKey, personWordKey, placeCrossKey } from './personKey';
import { nameSkeleton, skeleton } from './transliterate';

interface Linked { id: string; reason: LinkReason; entity?: KnowledgeEntity }

/**
 * The id of an entity of the corpus's own: its kind and the skeleton of its name, so that
 * spellings meet, with its case endings folded, so that its case forms meet too: a person's
 * (Ерлана Калиева, Ерланом Калиевым, Ерлан Қалиевтің → local:PER:arln_klv), a place's, an
 * organisation's or event's (Ішкі істер министрлігінің, Ішкі істер министрлігі →
 * local:ORG:ishki_istar_ministrlik; `foldedNameKey`).
 */
export function localEntityId(kind: EntityKind, name: string, lang: LanguageCode): string {
  const key = (kind === 'PER' ? personNameKey(name, lang) : kind === 'LOC' ? placeCrossKey(name, lang) : foldedNameKey(name, lang)).replace(/ /gu, '_');
  return `local:${kind}:${key === '' ? '_' : key}`;
}

/** A span as linked: its entity id, its Wikidata id when the id is one, and the reason. */
function withLink(span: Span, linked: Linked): Span {
  // One copy, its fields set in place: the keys keep the order the spread and literal gave them.
  const copy = { ...span };
  copy.entityId = linked.id;
  copy.linkReason = linked.reason;
  const wikidata = linked.id.startsWith('Q') ? linked.id : span.wikidata;
  if (wikidata) copy.wikidata = wikidata;
  return copy;
}

/**
 * Links the entity spans of one article (in text order) to the knowledge base, and each name it
 * lacks to an entity of the corpus's own. A mention is linked only on good evidence: its kind must
 * be the entity's, its words must spell one of the entity's names (as written, inflected, or in
 * another script), and a name that fits several entities goes to the one named elsewhere in the
 * article or to none. A surname alone takes the entity of the full name given earlier.
 */
export function linkEntities(spans: readonly Span[], lang: LanguageCode, kb: KnowledgeBase = knowledgeBase(), text?: string): Span[] {
  const linked: Span[] = [];
  const named = new Set<string>();
  const surnames = new Map<string, Set<string>>();
  // First the mentions that name their entity by themselves, so that context can settle the rest.
  const evidence = spans.map((span) => (span.kind === 'DATE' ? undefined : evidenceOf(span, span.kind, lang, kb)));
  for (const found of evidence) if (found?.direct) named.add(found.direct.id);
  const countries = articleCountries(spans, evidence, lang, text);
  spans.forEach((span, index) => {
    const found = evidence[index];
    if (span.kind === 'DATE' || found === undefined) {
      linked.push(span);
      return;
    }
    const known = found.direct ?? byContext(found.candidates, named) ?? byCountry(spans, index, found.countryBound, evidence, named, countries, lang) ?? bySurname(found, surnames);
    // A name that is all of a quotation is a club's, a paper's or a brand's (`Фонд «Сибирь»`), not the place it is named after.
    const other = known === undefined && (text === undefined || !isAllOfQuotation(text, span.start, span.end)) ? entityOfOtherKind(span, lang, kb) : undefined;
    if (other?.entity) {
      linked.push(withLink({ ...span, kind: other.entity.kind }, other));
      return;
    }
    // A mention without a capital letter is no name in these languages: better unlinked than an entity of its own.
    if (known === undefined && !CAPITAL.test(span.text)) {
      linked.push(span);
      return;
    }
    const link = known ?? { id: found.localId, reason: 'local' as const };
    linked.push(withLink(span, link));
    if (span.kind === 'PER' && link.reason !== 'surname-in-context') {
      noteSurnames(link.id, link === found.direct || link.reason === 'local' ? found.lastWords : lastWordsOf(span, link, lang), surnames);
    }
  });
  return harmoniseLocalPersons(linked, lang);
}

/**
 * A one-word mention the tagger gave another kind than the knowledge base's entity it names as
 * written, inflected or transliterated (`Нахичеванға` tagged as a person, `Азаттык` as a person,
 * `НАТО` as a place), when nothing of its own kind has that name: the entity, with its kind set
 * right, since a kind that differs across languages splits one entity in two. A person is never
 * the kind taken this way (a surname alone is too often a place's or a body's name too), and a
 * kind the curator gave is never changed.
 */
function entityOfOtherKind(span: Span, lang: LanguageCode, kb: KnowledgeBase): Linked | undefined {
  // The curator's kind stands, whether decided here, remembered from elsewhere or listed in the
  // workspace gazetteer; the shipped gazetteer's kinds are the knowledge base's own.
  if (span.kind === 'DATE' || span.source === 'curator' || span.source === 'memory' || span.source === 'gazetteer' || countWords(span.text) !== 1 || !CAPITAL.test(span.text)) return undefined;
  // A word shaped as a surname stays a person: a surname alone too often reads as a town's case
  // form or transliteration (Ташкентов, Андижанов).
  if (span.kind === 'PER' && sharedNameCues().surname.test(span.text.toLocaleLowerCase(lang))) return undefined;
  const found = OTHER_KINDS.filter((kind) => kind !== span.kind)
    .map((kind) => evidenceOf(span, kind, lang, kb).direct)
    .filter((linked): linked is Linked => linked?.entity !== undefined);
  return found.length === 1 ? found[0] : undefined;
}

const OTHER_KINDS: readonly EntityKind[] = ['LOC', 'ORG'];

/** What a mention says by itself: a link when it names one entity, the candidates when it names several. */
interface Evidence {
  direct?: Linked;
  candidates: readonly KnowledgeEntity[];
  localId: string;
  /** A person's full name: the skeletons of its last word, by which a surname alone finds it later. */
  lastWords: readonly string[];
  /** A name alone that several countries' bodies share (their `contextAliases`): the bodies, for the article's countries to settle. */
  countryBound: readonly KnowledgeEntity[];
  /** A surname alone: the skeletons it may stand for. */
  surname: readonly string[];
}

/**
 * News repeats its names: the evidence of a mention is worked out once per form (the cache is
 * emptied when full). Kept by language and kind, then text, canonical name and Wikidata id, one
 * map inside another: lookups of the strings the spans hold, no key built per span.
 */
type Nested<T> = Map<string, T>;
interface EvidenceCache { size: number; entries: Nested<Nested<Nested<Nested<Nested<Evidence>>>>> }
const EVIDENCE_CACHE = new WeakMap<KnowledgeBase, EvidenceCache>();
const EVIDENCE_CACHE_LIMIT = 50_000;

function inner<T>(map: Map<string, Map<string, T>>, key: string): Map<string, T> {
  let found = map.get(key);
  if (found === undefined) map.set(key, found = new Map<string, T>());
  return found;
}

function evidenceOf(span: Span, kind: EntityKind, lang: LanguageCode, kb: KnowledgeBase): Evidence {
  let cache = EVIDENCE_CACHE.get(kb);
  if (!cache) {
    cache = { size: 0, entries: new Map<string, Nested<Nested<Nested<Nested<Evidence>>>>>() };
    EVIDENCE_CACHE.set(kb, cache);
  }
  let byWikidata = inner(inner(inner(inner(cache.entries, lang), kind), span.text), span.canonical ?? '');
  const wikidata = span.wikidata ?? '';
  let found = byWikidata.get(wikidata);
  if (!found) {
    const base = computeEvidence(span, kind, lang, kb);
    found = kind === 'PER' ? { ...base, lastWords: lastWordsOf(span, base.direct, lang), surname: surnameSkeletons(span, lang) } : base;
    if (cache.size >= EVIDENCE_CACHE_LIMIT) {
      cache.entries.clear();
      cache.size = 0;
      byWikidata = inner(inner(inner(inner(cache.entries, lang), kind), span.text), span.canonical ?? '');
    }
    byWikidata.set(wikidata, found);
    cache.size++;
  }
  return found;
}

const CAPITAL = /\p{Lu}/u;

const NONE: readonly string[] = [];
const NO_ENTITIES: readonly KnowledgeEntity[] = [];

/** The name a local id is made from: a person's words as written (their case endings are folded), unless a fuller name was given to it. */
function localName(span: Span, kind: EntityKind): string {
  if (kind !== 'PER' || span.canonical === undefined) return span.canonical ?? span.text;
  return countWords(span.canonical) === countWords(span.text) ? span.text : span.canonical;
}

/** The evidence of a mention that names `direct` by itself. */
function naming(direct: Linked, localId: string, candidates: readonly KnowledgeEntity[] = NO_ENTITIES): Evidence {
  return { direct, candidates, localId, lastWords: NONE, surname: NONE, countryBound: NO_ENTITIES };
}

function computeEvidence(span: Span, kind: EntityKind, lang: LanguageCode, kb: KnowledgeBase): Evidence {
  const localId = localEntityId(kind, localName(span, kind), lang);
  const known = span.wikidata ? kb.entity(span.wikidata) : undefined;
  const preferred = known ? [known] : kb.byPreferredName(kind, span.canonical ?? span.text);
  if (preferred.length === 1 && preferred[0]?.kind === kind) {
    const entity = preferred[0];
    if (isExactForm(span.text, entity, lang)) return naming({ id: entity.id, reason: 'exact', entity }, localId);
    const shorter = countWords(span.text) < countWords(span.canonical ?? '');
    return naming({ id: entity.id, reason: kind === 'PER' && shorter ? 'surname-in-context' : 'inflection', entity }, localId);
  }
  if (span.wikidata && !known) return naming({ id: span.wikidata, reason: 'gazetteer' }, localId);
  const candidates = preferred.length > 1 ? preferred : bySkeleton(span, kind, lang, kb);
  const only = candidates.length === 1 ? candidates[0] : undefined;
  if (only) return naming({ id: only.id, reason: isExactForm(span.text, only, lang) ? 'exact' : 'transliteration', entity: only }, localId, candidates);
  const tail = candidates.length === 0 ? byTail(span, kind, lang, kb) : undefined;
  if (tail) return naming(tail, localId);
  const person = candidates.length === 0 && kind === 'PER' ? byPersonKey(span.canonical ?? span.text, lang, kb) : undefined;
  if (person) return naming({ id: person.id, reason: 'transliteration', entity: person }, localId);
  const place = candidates.length === 0 && kind === 'LOC' && !tooWeakForSkeleton(span.text) ? byPlaceKey(span.text, lang, kb) : undefined;
  if (place) return naming({ id: place.id, reason: 'transliteration', entity: place }, localId);
  const countryBound = candidates.length === 0 ? byContextualForm(span, kind, lang, kb) : NO_ENTITIES;
  return { candidates, localId, lastWords: NONE, surname: NONE, countryBound };
}

/**
 * A mention that caught words before a name of the knowledge base (`Prezidenti Sadır Japarov`,
 * `Bakı Avropa Şurasının`) links to that name when its last two or more words spell it for one
 * entity alone. Not when the word left out next to it is a genitive or a place as written, which
 * make the rest another body (`Ресейдің Конституциялық соты`, `Тәжікстан Сыртқы істер
 * министрлігі` are not Kazakhstan's), unless the genitive is the place the entity's own name
 * gives (`Қазақстанның Конституциялық соты`); a place in another case is no qualifier (`Strasburqda`).
 */
function byTail(span: Span, kind: EntityKind, lang: LanguageCode, kb: KnowledgeBase): Linked | undefined {
  if (kind !== 'PER' && kind !== 'ORG') return undefined;
  const words = tokenizeWords(span.text);
  if (words.length < 3) return undefined;
  const genitive = languagePack(lang).names.headFinalOrganisations;
  for (let from = 1; words.length - from >= 2; from++) {
    const dropped = words[from - 1]?.text ?? '';
    const isGenitive = genitive !== false && genitive.genitive.test(dropped.toLocaleLowerCase(lang));
    if (kind === 'ORG' && !isGenitive && isPlaceAsWritten(dropped, lang, kb)) continue;
    const start = words[from]?.start ?? 0;
    const text = span.text.slice(start);
    const entities = bySkeleton({ ...span, text, canonical: text }, kind, lang, kb);
    const entity = entities.length === 1 ? entities[0] : undefined;
    if (entity === undefined || (isGenitive && !namesPlaceOf(entity, dropped, lang, kb))) continue;
    return { id: entity.id, reason: isExactForm(text, entity, lang) ? 'exact' : 'inflection', entity };
  }
  return undefined;
}

/**
 * True when the genitive before a body's name is the place the body belongs to by its own name
 * (`Қазақстанның Конституциялық соты` is the Constitutional Court of Kazakhstan; `Ресейдің
 * Конституциялық соты` is not).
 */
function namesPlaceOf(entity: KnowledgeEntity, genitive: string, lang: LanguageCode, kb: KnowledgeBase): boolean {
  const places = new Set(skeletonMatches(kb, mentionSkeletons(genitive, lang)).filter((form) => form.entity.kind === 'LOC').map((form) => form.entity));
  if (places.size === 0) return false;
  const entityWords = new Set(formsOf(entity).flatMap(({ form, lang: formLang }) => nameSkeleton(form, formLang).split(' ')));
  return [...places].some((place) => formsOf(place).some(({ form, lang: formLang }) => !/\s/u.test(form) && entityWords.has(skeleton(form, formLang))));
}

/** True when the word, as written (not inflected), is the name of a place in the knowledge base. */
function isPlaceAsWritten(word: string, lang: LanguageCode, kb: KnowledgeBase): boolean {
  return skeletonMatches(kb, [new Set([skeleton(word, lang)])]).some((form) => form.entity.kind === 'LOC');
}

/** The entities whose forms that `fits` admits the mention's words spell, as written or as its canonical name, skeleton for skeleton. */
function entitiesSpelt(span: Span, lang: LanguageCode, kb: KnowledgeBase, fits: (form: SkeletonForm) => boolean): KnowledgeEntity[] {
  const entities = new Set<KnowledgeEntity>();
  for (const text of new Set([span.text, span.canonical ?? span.text])) {
    for (const form of skeletonMatches(kb, mentionSkeletons(text, lang))) if (fits(form)) entities.add(form.entity);
  }
  return [...entities];
}

/** The entities of the span's kind whose name the mention's words spell, skeleton for skeleton. */
function bySkeleton(span: Span, kind: EntityKind, lang: LanguageCode, kb: KnowledgeBase): KnowledgeEntity[] {
  if (tooWeakForSkeleton(span.text)) return [];
  // An abbreviation is written in capitals (АҚШ-тағы): a word in lower case that spells it (Уиктың, `uk`) is another name.
  return entitiesSpelt(span, lang, kb, (form) => !form.contextual && form.entity.kind === kind && (!isAcronym(form.form) || ACRONYM_IN.test(span.text)));
}

const ACRONYM_IN = /\p{Lu}[\p{Lu}\p{N}]/u;
const ABBREVIATION_AS_WRITTEN = /^(\p{Lu}[\p{Lu}\p{N}]+)(?:[-‑'’]?\p{Ll}{1,4})?$/u;

/** The entities of the span's kind that one of their `contextAliases` spells (as bySkeleton matches names). */
function byContextualForm(span: Span, kind: EntityKind, lang: LanguageCode, kb: KnowledgeBase): KnowledgeEntity[] {
  if (kind !== 'ORG') return [];
  // An abbreviation matches as written, in its own letters (`DİN`, not the German standard `DIN`), with a case ending after it (`XİN-i`, `МИДа`).
  return entitiesSpelt(span, lang, kb, (form) => form.contextual && form.entity.kind === kind && (!isAcronym(form.form) || ABBREVIATION_AS_WRITTEN.exec(span.text)?.[1] === form.form));
}

/** A name several entities share goes to the one the article names by itself elsewhere. */
function byContext(candidates: readonly KnowledgeEntity[], named: ReadonlySet<string>): Linked | undefined {
  const inArticle = candidates.filter((entity) => named.has(entity.id));
  return inArticle.length === 1 && inArticle[0] ? { id: inArticle[0].id, reason: 'context', entity: inArticle[0] } : undefined;
}

/** The skeletons of the last word of a person's full name (of every full name the entity has). */
function lastWordsOf(span: Span, found: Linked | undefined, lang: LanguageCode): readonly string[] {
  if (countWords(span.canonical ?? span.text) < 2) return NONE;
  const words = found?.entity
    ? formsOf(found.entity).filter(({ form }) => /\s/u.test(form)).map(({ form, lang: formLang }) => skeleton(form.split(/\s+/u).at(-1) ?? '', formLang))
    : [skeleton((span.canonical ?? span.text).split(/\s+/u).at(-1) ?? '', lang)];
  const last = (span.canonical ?? span.text).split(/\s+/u).at(-1) ?? '';
  return [...new Set([...words, skeleton(personWordKey(last, lang, true), lang)])].filter((word) => word.length >= 3);
}

/** The skeletons a surname alone may stand for (Тоқаевтың, Токаева, Э.Азимова); none for other mentions. */
function surnameSkeletons(span: Span, lang: LanguageCode): readonly string[] {
  const words = tokenizeWords(span.text).filter((word) => !/^\p{Lu}$/u.test(word.text));
  const last = words.at(-1);
  if (words.length !== 1 || last === undefined || last.text.length < 3) return NONE;
  return [...new Set([...(mentionSkeletons(last.text, lang)[0] ?? []), skeleton(personWordKey(last.text, lang, true), lang)])];
}

/** Remembers the surname of a full name, so that a surname alone later in the article finds it. */
function noteSurnames(id: string, lastWords: readonly string[], surnames: Map<string, Set<string>>): void {
  for (const word of lastWords) {
    const ids = surnames.get(word) ?? new Set<string>();
    ids.add(id);
    surnames.set(word, ids);
  }
}

/** A surname alone takes the person of the full name given earlier in the article whose last word it spells, when that is one person. */
function bySurname(found: Evidence, surnames: ReadonlyMap<string, ReadonlySet<string>>): Linked | undefined {
  if (found.surname.length === 0 || surnames.size === 0) return undefined;
  const people = new Set<string>();
  for (const key of found.surname) for (const id of surnames.get(key) ?? []) people.add(id);
  const [id] = people;
  return people.size === 1 && id !== undefined ? { id, reason: 'surname-in-context' } : undefined;
}
