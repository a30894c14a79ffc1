// The shipped sources of the tagging pipeline (see pipeline.ts): each proposes spans by groups.
import { languagePack } from '../languages/registry';
import { tagDates } from './dates/tagDates';
import { tagWithGazetteer } from './entities/gazetteerTagger';
import { cityGazetteer, defaultGazetteer, isListedRegionName, newsmakerGazetteer } from './gazetteer/gazetteer';
import { findRegionPhrases, regionalBodies } from './entities/unknownNames';
import { findHeadInitialOrganisations } from './entities/headInitialPhrases';
import { findMediaNames } from './entities/mediaNames';
import { longestFirst, mergeInTextOrder } from './overlaps';
import { isAcronym } from './morphology';
import { countWords } from '../text/characters';
import { shapeRuleNames, type ShapeRuleNames } from './entities/shapeRuleNames';
import type { Scorer } from './model/entityModel';
import { tagWithModel } from './model/modelSource';
import type { Draft, TaggerSource } from './pipeline';
import { isAllOfQuotation, type Quotation, quotations, sloganFilter } from './quotes';
import type { Span } from './types';
import { CONTINUES, sentenceStarts, type Token } from '../text/tokenize';
import { dictionaryReading } from './model/lexicon';
import { firstIndexWhere, overlapping } from './spanSearch';

const isOneWord = (name: string): boolean => !/\s/u.test(name);

/** Whether `outer` takes in `inner` whole and is longer than it. */
const takesIn = (outer: Span, inner: Span): boolean => inner.start >= outer.start && inner.end <= outer.end && inner.end - inner.start < outer.end - outer.start;

/** The groups of spans the shipped sources propose, most trusted first (the pipeline's priority). */
export const GROUPS = {
  /** Names the curator kept in other articles, proposed again in their inflected forms (a workspace model's memory; just after the model's names). */
  memory: 'curator memory',
  /** News media named by their last word (Meydan TV, The New York Times): over a known name inside and over the model's names, which read them as persons. */
  media: 'phrases:media',
  /** Organisation phrases that take in whole known names (ЕҚЫҰ … бюросы), never a date. */
  enclosingPhrases: 'phrases:enclosing',
  /** The model's sure names that take in shorter names of the shipped gazetteer (see overridesGazetteer). */
  confidentModel: 'model:confident',
  gazetteer: 'gazetteer',
  dates: 'dates',
  /** Full names found by their shape that end with the model's surname alone (Айдос Сарым, Сарым). */
  extendingNames: 'names:extending',
  model: 'model',
  phrases: 'phrases',
  names: 'names',
  /** The large cities of CLDR's time zones that no other list has (Мадрид, Madriddə), the region's towns and regions: where nothing else names the words. */
  cities: 'cities',
  /** Those that take in names of other sources whole (Каспий теңізі over Каспий, Ферганская долина over Фергана): above the gazetteer's and the model's names. */
  enclosingCities: 'cities:enclosing',
  /** The bodies and persons of the knowledge base's newsmakers (Госдума, ФСБ, Нұрсұлтан Назарбаев), which the model does not read: below the gazetteer's names. */
  newsmakers: 'newsmakers',
  /** The newsmakers whose names take in a gazetteer's name (Служба государственной безопасности Азербайджана): above it. */
  enclosingNewsmakers: 'newsmakers:enclosing',
  /** Regions named with their region word where the model made one name of another kind, or of several places, of them alone (ORG Ставропольского края и Павлодарской области): above the model's names, its sure ones too. */
  regionsOverModel: 'phrases:regions',
} as const;

/**
 * News media named by their last word come first; then the organisation phrases that take in
 * known names, and the regions that a name of the model's is made of alone. The model's sure
 * names that take in a shorter name of the shipped gazetteer win over it; names from the gazetteer (after the newsmakers' that take one in), then the
 * newsmakers', win over dates, dates over the entity model's other names, those over names found
 * only by their shape, and those over the cities of CLDR's time zones and the listed towns and
 * regions, but for those that take in the other sources' names on their words whole (above the
 * gazetteer's names).
 */
export const SHIPPED_PRIORITY: readonly string[] = [
  GROUPS.media, GROUPS.enclosingPhrases, GROUPS.regionsOverModel, GROUPS.confidentModel, GROUPS.enclosingNewsmakers, GROUPS.enclosingCities, GROUPS.gazetteer, GROUPS.newsmakers, GROUPS.dates, GROUPS.extendingNames, GROUPS.model, GROUPS.phrases, GROUPS.names, GROUPS.cities,
];

/** The text's quotations, found once for the sources and the refiners. */
export function quotationsOf(draft: Draft): readonly Quotation[] {
  return draft.shared('quotations', () => quotations(draft.text));
}

/** What the shape rules find in the text, once for the model (which reads them as features) and the rules' own sources. */
function shapeRulesOf(draft: Draft): ShapeRuleNames {
  return draft.shared('shape rules', () => shapeRuleNames(draft.text, draft.tokens, draft.lang, draft.group(GROUPS.gazetteer)));
}

/**
 * The names the lists give the text: the gazetteer's and the newsmakers', the longer where they
 * overlap, in text order and apart (as spanSearch's `overlapping` needs them). The model reads
 * only the gazetteer's as features; the rules that build on known names read both.
 */
function listedNamesOf(draft: Draft): readonly Span[] {
  return draft.shared('listed names', () => {
    const newsmakers = [...draft.group(GROUPS.newsmakers), ...draft.group(GROUPS.enclosingNewsmakers)];
    return newsmakers.length === 0 ? draft.group(GROUPS.gazetteer) : longestFirst([...draft.group(GROUPS.gazetteer), ...newsmakers]);
  });
}

/** Slogans and titles in quotation marks hold no names found by shape or by the model. */
function outsideSlogans(draft: Draft): <T extends Span>(spans: readonly T[]) => T[] {
  return draft.shared('slogans', () => sloganFilter(draft.text, quotationsOf(draft)));
}

/** The gazetteer's names: the shipped gazetteer with the workspace's (.corpus/gazetteer.yaml) merged over it. */
export const gazetteerSource: TaggerSource = {
  name: 'gazetteer',
  stamp: 'gazetteer',
  find: (draft) => ({ [GROUPS.gazetteer]: tagWithGazetteer(draft.text, draft.tokens, draft.lang, draft.gazetteer) }),
};

/**
 * The large cities of CLDR's time zones that the shipped gazetteer lacks, and the region's towns
 * and regions (`sources/towns.json`, `sources/regions.json`), in any inflected form. They come
 * last, where nothing else names the words: a city's name may be a surname or part of a longer
 * name (`Сергея Кирова`, `Madrid Şəhər Məhkəməsi`), which the model and the rules read in
 * context. A listed name that takes in what other sources named on its words comes before the
 * gazetteer's names instead (see takesInWhole); one that is all of a quotation is no place.
 */
export const citySource: TaggerSource = {
  name: 'cities',
  stamp: 'gazetteer',
  find: (draft) => {
    const featureWord = languagePack(draft.lang).names.featureWordAfter;
    const found = tagWithGazetteer(draft.text, draft.tokens, draft.lang, cityGazetteer())
      .filter((name) => !isAllOfQuotation(draft.text, name.start, name.end))
      .map((name) => withoutFeatureWord(name, featureWord, draft.lang));
    if (found.length === 0) return { [GROUPS.cities]: [], [GROUPS.enclosingCities]: [] };
    const others = namesBeforePlaces(draft);
    const enclosing = new Set(found.filter((name) => takesInWhole(name, others, draft)));
    return { [GROUPS.cities]: found.filter((name) => !enclosing.has(name)), [GROUPS.enclosingCities]: [...enclosing] };
  },
};

/** The groups a listed place's name may take in: the names of the lists, the model and the shape rules proposed before it. */
const TAKEN_IN_BY_PLACES = [GROUPS.gazetteer, GROUPS.newsmakers, GROUPS.enclosingNewsmakers, GROUPS.dates, GROUPS.confidentModel, GROUPS.extendingNames, GROUPS.model, GROUPS.memory, GROUPS.phrases, GROUPS.names];

interface GroupName { span: Span; group: string }
/** Those groups' names, sorted by start, with the furthest end of each name and those before it (the names of some groups overlap). */
interface NamesBeforePlaces { names: GroupName[]; furthestEnd: number[] }

function namesBeforePlaces(draft: Draft): NamesBeforePlaces {
  const names = TAKEN_IN_BY_PLACES.flatMap((group) => draft.group(group).map((span) => ({ span, group }))).sort((a, b) => a.span.start - b.span.start);
  const furthestEnd: number[] = [];
  let furthest = -1;
  for (const { span } of names) furthestEnd.push(furthest = Math.max(furthest, span.end));
  return { names, furthestEnd };
}

/** The names that overlap `range`: of those that start before its end, back to the first whose furthest end does not reach it. */
function overlappingNames(others: NamesBeforePlaces, range: { start: number; end: number }): GroupName[] {
  const found: GroupName[] = [];
  const before = firstIndexWhere(others.names.length, (i) => (others.names[i] as GroupName).span.start >= range.end);
  for (let k = before - 1; k >= 0 && (others.furthestEnd[k] ?? -1) > range.start; k--) {
    const name = others.names[k] as GroupName;
    if (name.span.end > range.start) found.push(name);
  }
  return found;
}

/**
 * Whether a listed place takes in every name other sources found on its words, none a date or the
 * curator's: each a shorter part of it (`Каспий теңізі` over the model's `Каспий`, `Ферганская
 * долина` over the city `Фергана`), or all of it as another source's place where the listed name
 * stands for a longer one, its canonical name (a sea's name tagged without the word sea, the
 * model's `Арал` in `Арал теңізіне`, which then links to the sea; an alias, `Каспий`). A region of `sources/regions.json` also takes in a person's name of the same words found
 * only by its shape (`Таулы Бадахшан`) and an abbreviation another source read as an organisation
 * (`ГБАО`); a zone's city or a town does not (`Lord Hau` may be a person).
 */
function takesInWhole(place: Span, others: NamesBeforePlaces, draft: Draft): boolean {
  const inside = overlappingNames(others, place);
  const standsForLonger = place.canonical !== undefined && countWords(place.canonical) > countWords(place.text);
  const region = place.canonical !== undefined && isListedRegionName(place.canonical);
  return inside.length > 0 && inside.every(({ span, group }) => {
    if (span.kind === 'DATE' || group === GROUPS.memory || (span.source === 'gazetteer' && !isShippedName(span, draft))) return false;
    if (takesIn(place, span)) return true;
    if (span.start !== place.start || span.end !== place.end) return false;
    return (standsForLonger && span.kind === 'LOC') || (region && ((group === GROUPS.names && span.kind === 'PER') || isAcronym(span.text)));
  });
}

const LAST_WORD = /\s+(\S+)$/u;

/** A sea's, lake's or river's listed name without the word that says what it is (Каспий | теңізінде), keeping the canonical name it links by. */
function withoutFeatureWord(name: Span, featureWord: RegExp, lang: Draft['lang']): Span {
  const last = LAST_WORD.exec(name.text);
  if (!last?.[1] || !featureWord.test(last[1].toLocaleLowerCase(lang))) return name;
  const end = name.start + last.index;
  return { ...name, end, text: name.text.slice(0, last.index) };
}

/**
 * The newsmakers of the knowledge base (`sources/newsmakers.json`) in any inflected form, ranked
 * right after the gazetteer's names, or right before them where they take one in (`Служба
 * государственной безопасности | Азербайджана`): `Государственную думу`, `Жогорку Кенеш` and `ФСБ`
 * are named as the knowledge base names them, with its canonical name, whatever the model reads
 * there. The rules that build on known names read them with the gazetteer's (listedNamesOf).
 */
export const newsmakerSource: TaggerSource = {
  name: 'newsmakers',
  stamp: 'gazetteer',
  find: (draft) => {
    const found = tagWithGazetteer(draft.text, draft.tokens, draft.lang, newsmakerGazetteer());
    const listed = draft.group(GROUPS.gazetteer);
    // A curator's name (the workspace gazetteer's) is never taken in.
    const enclosing = found.filter((name) => overlapping(listed, name).some((inside) => takesIn(name, inside) && isShippedName(inside, draft)));
    const enclosed = new Set(enclosing);
    return { [GROUPS.newsmakers]: found.filter((name) => !enclosed.has(name)), [GROUPS.enclosingNewsmakers]: enclosing };
  },
};

/** Dates, times, durations and sets by each language's date grammar, resolved against the publication date. */
export const dateSource: TaggerSource = {
  name: 'dates',
  stamp: 'rule',
  find: (draft) => ({ [GROUPS.dates]: tagDates(draft.text, draft.lang, draft.options.referenceDate) }),
};

/**
 * How sure the model must be of a name to take it over the shipped gazetteer's shorter one: more
 * likely right than wrong (the confidence is calibrated on held-out training text).
 */
const OVERRIDE_CONFIDENCE = 0.5;

/**
 * A model name that takes in one shorter gazetteer name of its kind (Қостанай облысы over
 * Қостанай, as the corpora annotate regions), or an organisation that takes in the place it is
 * named after (Өскемен қаласының әкімдігі; five folds of the training part: kk organisations F1
 * 0.666 → 0.674, ru unchanged), when the model is sure of it: the model read the
 * gazetteer's names as features and learnt from the corpora where a listed name is part of a
 * longer one. A name of the workspace's gazetteer (the curator's) is never overridden.
 * A longer name of the same kind begins with the shorter one (Қостанай облысы): after other words
 * the listed name is a name of its own (Гүлшара Әбдіқалықова | Біріккен Ұлттар Ұйымы, Болот
 * Темиров | Бішкектен), but for a person's listed surname, which ends the full name (Қасым-Жомарт
 * Кемелұлы Тоқаевқа). Five folds of the training part: kk F1 0.829 → 0.832, ru 0.832 → 0.833.
 */
function overridesGazetteer(span: Span, known: readonly Span[], draft: Draft): boolean {
  if ((span.confidence ?? 0) < OVERRIDE_CONFIDENCE) return false;
  const inside = overlapping(known, span);
  const only = inside[0];
  if (inside.length !== 1 || only === undefined || !(only.kind === span.kind || (span.kind === 'ORG' && only.kind === 'LOC')) || !takesIn(span, only)) return false;
  if (only.kind === span.kind && only.start !== span.start && !(span.kind === 'PER' && isOneWord(only.text))) return false;
  return isShippedName(only, draft);
}

/**
 * Whether a gazetteer's name is shipped (the shipped gazetteer's or a large city's): the curator's
 * own names (the workspace gazetteer's) are never overridden. The shipped lists read only the
 * name's own words.
 */
export function isShippedName(name: Span, draft: Draft): boolean {
  const shipped = defaultGazetteer();
  if (draft.gazetteer === shipped) return true;
  const words = draft.tokens.slice(firstTokenFrom(draft.tokens, name.start), firstTokenFrom(draft.tokens, name.end));
  return [shipped, newsmakerGazetteer(), cityGazetteer()].some((gazetteer) => tagWithGazetteer(draft.text, words, draft.lang, gazetteer)
    .some((listed) => listed.start === name.start && listed.end === name.end && listed.kind === name.kind));
}

/** The index of the first token that begins at or after `offset`. */
function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  return firstIndexWhere(tokens.length, (k) => (tokens[k] as Token).start >= offset);
}

/**
 * An entity model, in the languages it covers (`Scorer.languages`; without a declaration, those
 * the shipped model covers), given the gazetteer's names as features. `scorer` gives the model
 * if it is loaded (undefined: not yet, or not usable); `load` loads it, once. A second model
 * takes a name and a group of its own, and a place in the priority.
 */
export function modelSource(scorer: () => Scorer | undefined, load?: () => Promise<unknown>, name = 'model', group: string = GROUPS.model): TaggerSource {
  return {
    name,
    stamp: 'model',
    find: (draft) => {
      const candidate = scorer();
      const covered = candidate?.languages === undefined ? languagePack(draft.lang).entityModel : candidate.languages.has(draft.lang);
      const model = covered ? candidate : undefined;
      if (!model) return {};
      const known = draft.group(GROUPS.gazetteer);
      const tokens = { all: draft.allTokens, words: draft.tokens, rules: shapeRulesOf(draft), starts: sentenceStartsOf(draft) };
      const spans = outsideSlogans(draft)(tagWithModel(draft.text, draft.lang, model, known, undefined, tokens));
      if (group !== GROUPS.model) return { [group]: spans };
      // The newsmakers are listed names too, though the model did not read them: its sure longer name takes one in as it takes in the gazetteer's (Эмманюэль Макрон over Макрон).
      const listed = listedNamesOf(draft);
      return { [group]: spans, [GROUPS.confidentModel]: spans.filter((span) => overridesGazetteer(span, listed, draft)) };
    },
    ...(load ? { load: () => load().then(() => undefined, () => undefined) } : {}),
  };
}

/**
 * Organisations named by a phrase (… институты, Общественный фонд …; in Russian also from the head
 * or the adjectives before it: Министерства юстиции, Верховный суд) and regions by their region
 * word (Aqtöbe vilayəti); those that take in known names are a group of their own. The model does
 * not read the Russian head-initial phrases (on five folds of the training part, a model retrained
 * to read them scored ru F1 0.832 against 0.837 with them only filling what the model leaves).
 */
export const organisationPhraseSource: TaggerSource = {
  name: 'organisation phrases',
  stamp: 'rule',
  find: (draft) => {
    const { text, tokens, lang } = draft;
    const headFinal = languagePack(lang).names.headFinalOrganisations;
    const known = listedNamesOf(draft);
    // Where every word of a name is capitalised, the words before a known organisation's name look like part of it: its known extent is the name (Çin Xalq Respublikasının | Kommunist Partiyasının … Komissiyası).
    const knownOrganisationEnds = new Set(headFinal !== false && headFinal.everyWordCapitalised ? known.filter((span) => span.kind === 'ORG').map((span) => span.end) : []);
    const knownPlaceEnds = new Set(known.filter((span) => span.kind === 'LOC').map((span) => span.end));
    // A region the gazetteer knows with its region word is named as it knows it.
    const regions = outsideSlogans(draft)(findRegionPhrases(text, tokens, lang)).filter((phrase) => !knownPlaceEnds.has(phrase.end));
    const phrases = outsideSlogans(draft)(mergeInTextOrder(shapeRulesOf(draft).phrases, findHeadInitialOrganisations(text, tokens, lang, (token) => beginsSentence(draft, token.start)))).filter((phrase) => !knownOrganisationEnds.has(phrase.end)).concat(regions);
    const dates = draft.group(GROUPS.dates);
    const enclosing = phrases.filter((phrase) => {
      const inside = overlapping(known, phrase);
      return inside.length > 0 && inside.every((span) => takesIn(phrase, span))
        && overlapping(dates, phrase).length === 0;
    });
    // A region's own body comes first, over a phrase of the same words.
    const places = longestFirst([...regions, ...known.filter((span) => span.kind === 'LOC')]);
    const bodies = regionalBodies(text, known.filter((span) => span.kind === 'ORG'), places, lang);
    // Where the language's phrases cost the model more than they add, only those that take in known names are kept.
    const beside = draft.proposed(GROUPS.model) && !languagePack(lang).names.phrasesBesideModel ? [] : phrases;
    return { [GROUPS.phrases]: beside, [GROUPS.enclosingPhrases]: bodies.length === 0 ? enclosing : [...bodies, ...enclosing.filter((phrase) => !bodies.some((body) => body.start === phrase.start && body.end === phrase.end))], [GROUPS.media]: outsideSlogans(draft)(findMediaNames(text, tokens, lang, known)), [GROUPS.regionsOverModel]: regionsOverModel(draft, regions, places) };
  },
};

/** Between places named apart in one name of the model's: a comma or a short lower-case word (и, или), with spaces; spaces alone nest one place in another (Дзержинского района Нижегородской области). */
const BETWEEN_PLACES = /^\s*(?:,|\p{Ll}{1,3})(?:[\s,]+\p{Ll}{1,3})*[\s,]*$/u;

/**
 * The regions found by their region word that a name of the model's of another kind, or of
 * several places, is made of, with nothing else but commas and conjunctions (`Алтайского края`
 * as ORG, `Ставропольского края и Павлодарской области` as one name): the places are named
 * apart. A name that takes in a region and more (`Прокуратура Ставропольского края`), or places
 * with nothing but spaces between (one nested in the other), stays. Where the language names
 * regions by an adjective (the pack's `regionAdjectives`).
 */
function regionsOverModel(draft: Draft, regions: readonly Span[], places: readonly Span[]): Span[] {
  // The model's sure names (GROUPS.confidentModel) are among its names.
  const model = draft.group(GROUPS.model);
  if (regions.length === 0 || model.length === 0 || languagePack(draft.lang).names.regionAdjectives === undefined) return [];
  const found = new Set(regions);
  const over = new Set<Span>();
  for (const name of model) {
    const inside = overlapping(places, name);
    const first = inside[0];
    const last = inside.at(-1);
    // The name begins with its first place and ends with its last, with only commas and conjunctions between them.
    if (first === undefined || last === undefined || first.start !== name.start || last.end !== name.end || (inside.length === 1 && name.kind === 'LOC')) continue;
    if (!inside.slice(1).every((place, i) => BETWEEN_PLACES.test(draft.text.slice((inside[i] as Span).end, place.start)))) continue;
    for (const place of inside) if (found.has(place)) over.add(place);
  }
  return regions.filter((region) => over.has(region));
}

/** The sentence starts of the draft's tokens, worked out once per text for the model and the rules. */
const sentenceStartsOf = (draft: Draft): Uint8Array => draft.shared('sentence starts', () => sentenceStarts(draft.text, draft.allTokens));

/** Whether the token that begins at `start` begins a sentence or a line (and is capitalised for that alone), as the entity model reads the text (sentenceStarts). */
function beginsSentence(draft: Draft, start: number): boolean {
  const starts = sentenceStartsOf(draft);
  return (starts[firstTokenFrom(draft.allTokens, start)] ?? CONTINUES) !== CONTINUES;
}

/**
 * Whether the capitalised word from `start` to `next` may join the person the model found after it
 * as a given name: never when the language's dictionary knows it only as a common word (Судья,
 * Академик), and at a sentence's start only when the dictionary knows it as a name (Марат).
 */
function joinsPerson(draft: Draft, start: number, next: number): boolean {
  const reading = dictionaryReading(draft.text.slice(start, next).trim(), draft.lang);
  return reading !== 'common' && (reading === 'proper' || !beginsSentence(draft, start));
}

/** Names by their shape (capitalised words with name cues, initials and surnames) that the gazetteer does not know. */
export const nameShapeSource: TaggerSource = {
  name: 'name shapes',
  stamp: 'rule',
  find: (draft) => {
    const { text, lang } = draft;
    const known = draft.group(GROUPS.gazetteer);
    const learnt = draft.group(GROUPS.model);
    const unknown = outsideSlogans(draft)(shapeRulesOf(draft).names);
    // A capitalised word before the model's person may be a given name only where titles are lower-case (see joinsPerson).
    const extending = languagePack(lang).names.capitalisedTitles ? [] : unknown.filter((rule) => {
      const inside = overlapping(learnt, rule);
      const only = inside[0];
      return rule.kind === 'PER' && inside.length === 1 && only !== undefined && only.kind === 'PER' && only.start > rule.start && only.end === rule.end
        && overlapping(known, rule).length === 0 && /^\p{Lu}\p{Ll}+\s$/u.test(text.slice(rule.start, only.start)) && joinsPerson(draft, rule.start, only.start);
    });
    return { [GROUPS.names]: unknown, [GROUPS.extendingNames]: extending };
  },
};
