import type { EntityKind } from '../kinds';
import type { TemporalGrammar } from './dateGrammar';

/** The scripts identification tells apart. */
export type ScriptCode = 'Cyrl' | 'Latn';

/**
 * What marks a text as written in a language, within one script. Identification (tagging/lang/identify.ts)
 * weighs the cues of every registered language in this order: decisive letters, letter shares, the
 * letters of the region's other languages (no guess), word shares against function words, function words.
 */
export type IdentificationCue =
  /** Letters only this language has in the script: `atLeast` of them in the text decide (Azerbaijani Cyrillic ҹ ҝ ј). */
  | { kind: 'decisive-letters'; script: ScriptCode; letters: RegExp; atLeast: number }
  /** Letters whose share among the script's letters marks the language (Azerbaijani Latin ə). */
  | { kind: 'letter-share'; script: ScriptCode; letters: RegExp; minShare: number }
  /**
   * Letters this language adds to the script's shared alphabet: the share of words with one of them
   * (Kazakh ә ғ қ ң ө ұ ү һ і); `distinct` are those its neighbours lack, which a text must show somewhere.
   */
  | { kind: 'word-letters'; script: ScriptCode; letters: RegExp; minShare: number; distinct: RegExp }
  /** Frequent short words: the script's language when no other cue wins (Russian и, в, на, что…). */
  | { kind: 'function-words'; script: ScriptCode; words: ReadonlySet<string>; minShare: number };

/** Morphology: how inflected words reach the base forms gazetteers and heads are listed in. */
export interface Morphology {
  /** The base forms a lower-cased word may inflect from, the word itself first. */
  baseForms: (lowerWord: string) => string[];
  /** A plural marker anywhere in a word: a plural noun never heads a name (ұйымдардың). */
  plural: RegExp;
}

/**
 * How a person's name goes back to its base form: by the case of the whole name (Russian: every
 * word of a name shares one case), or by stripping case suffixes from its last word (Kazakh, Azerbaijani).
 */
export type PersonBaseName = 'strip-last-word-suffixes' | ((words: readonly string[]) => string[]);

/** The endings that carry a head-final organisation's name back past its head and a place before it. */
export interface HeadFinalOrganisations {
  /** Genitive endings: a head noun in the genitive carries the name on (академиясының Халықаралық құқық институтының). */
  genitive: RegExp;
  /** Endings of a known place that qualifies the organisation named after it (Қазақстанның, Respublikasının). */
  qualifierEnding: RegExp;
  /**
   * Endings of a case other than the nominative and the genitive (Алматыда, Haaqada, Moskvadan):
   * only a name's last word is inflected so, so a name before a head never reaches back over one.
   */
  obliqueCase: RegExp;
  /**
   * Official names capitalise every word, their head too (Azerbaijani: Daxili İşlər Nazirliyi),
   * where Kazakh capitalises only the first (Ішкі істер министрлігі). A lower-case head is then a
   * common noun: after a name it describes (Human Rights Watch təşkilatı) it is left out, and
   * elsewhere it heads no name; and a sentence's first word joins the capitalised words after it.
   */
  everyWordCapitalised: boolean;
  /** Lower-case words inside such a name, between capitalised ones (Təhlükəsizlik və Əməkdaşlıq Təşkilatı, Qaçqınlar üzrə Ali Komissarlığı). */
  connectors: readonly string[];
}

/**
 * Organisation names that begin with their head noun or with adjectives before it, with only the
 * first word capitalised (Russian: Верховный суд, Федеральной миграционной службы, Министерство
 * иностранных дел). The head is one of the pack's organisationHeads.
 */
export interface HeadInitialOrganisations {
  /** Endings of an adjective in the singular, which agrees with a head after it (Верховный, Федеральной, миграционной). */
  adjective: RegExp;
  /** Endings of an adjective in the genitive, which qualifies a noun after a capitalised head (иностранных, национальной). */
  genitiveAdjective: RegExp;
  /** Endings of a noun in the genitive, which names what a capitalised head is of when no adjective comes between (юстиции, обороны, министров). */
  genitiveNoun: RegExp;
  /** Words that are no nouns after a head: prepositions, conjunctions, adverbs (при, для, среди, если, вчера). Words of two letters or fewer never are. */
  notNouns: readonly string[];
  /** Endings of words that are no nouns after a head: verbs in the past, adverbs (была, приняли, фактически). */
  notNounEnding: RegExp;
}

/** Region names that are adjectives agreeing with their region word (see NameCues.regionAdjectives). */
export interface RegionAdjectives {
  /** For each form of a region word (края), the ending of an adjective that agrees with it (-ского). */
  agreeing: Readonly<Record<string, RegExp>>;
  /** The forms of the region words in the genitive (края, области), which name what a body before them is of. */
  genitive: readonly string[];
}

/** Cues to names the gazetteer does not know. */
export interface NameCues {
  /** Acronyms of this language that are not names (media, NGOs, legal forms: БАҚ, СМИ, ASC). Shared across languages. */
  notNames: readonly string[];
  /** Words before «…» that make the quoted name an organisation (фонд «…»), or a pattern that never matches. */
  organisationCueBefore: RegExp;
  /** Words after «…» that make the quoted name an organisation («…» қоры), or a pattern that never matches. */
  organisationCueAfter: RegExp;
  /** Head nouns of organisation names, as whole lower-case base forms (министерство, басқармасы). */
  organisationHeads: readonly string[];
  /**
   * Words after a region's name that are part of it, as whole lower-case base forms (vilayəti:
   * Aqtöbe vilayəti, as KazNERD annotates Қостанай облысы), or every form where the name is an
   * adjective that agrees with them (Russian: края, области); empty where the entity model has learnt them.
   */
  regionWords: readonly string[];
  /**
   * The word after a sea's, lake's or river's name that names what it is, in any case form (kk
   * теңізі, көлінде; az dənizi, çayında): no part of the name, as KazNERD annotates `Каспий |
   * теңізінде`, `Жайық | өзені`. A listed name that ends in it is tagged without it. A pattern that
   * never matches where the word is part of the name (Russian `Каспийское море`, `Боденским озером`).
   */
  featureWordAfter: RegExp;
  /**
   * Where a region's name is an adjective that agrees with its region word (Russian:
   * Ставропольского края, Донецкой области), the adjective endings that agree with each lower-case
   * form of the region word, and the forms in the genitive; absent where the name is a noun
   * before it (Aqtöbe vilayəti).
   */
  regionAdjectives?: RegionAdjectives;
  /** Organisation names that end in their head noun are found from it backwards (Kazakh, Azerbaijani); `false` where they do not. */
  headFinalOrganisations: HeadFinalOrganisations | false;
  /** Organisation names led by their head or by adjectives before it (Russian); `false` where they are not. */
  headInitialOrganisations: HeadInitialOrganisations | false;
  /**
   * The endings of an adjective in any case and number (Общественного, Российские): a capitalised
   * one right before a lower-case word qualifies a common noun and is no name alone (Общественного
   * фонда, Большого театра), unless the dictionary knows it as a proper word (Крым, Китая). `false`
   * where an adjective so placed tells nothing (kk, az).
   */
  adjectiveBeforeNoun: RegExp | false;
  /** Roles and titles before a name, as regular-expression alternatives (председател\p{L}*, төрағасы). Shared across languages. */
  personRoles: readonly string[];
  /** Surname endings in their base form, as regular-expression alternatives (ов, ұлы, zadə). Shared across languages. */
  surnameEndings: readonly string[];
  personBaseName: PersonBaseName;
  /**
   * Titles and positions before a name are capitalised (Елбасы, Президенті, Prezident): a
   * capitalised word before a person's name is then no sign of a given name, and a name found by
   * its shape never takes it in front of the model's person (see nameShapeSource).
   */
  capitalisedTitles: boolean;
  /**
   * Whether organisation phrases that take in no known name are proposed in a text the entity
   * model tagged. Chosen per language on five folds of the training part (see the README).
   */
  phrasesBesideModel: boolean;
}

/** An entity a pack adds to the gazetteer: its kind, names and aliases by language code, and its Wikidata id. */
export interface PackEntity {
  kind: EntityKind;
  names: Readonly<Partial<Record<string, string>>>;
  aliases?: Readonly<Partial<Record<string, readonly string[]>>>;
  wikidata?: string;
}

/** Everything the tool knows of one language. Each language is one folder, languages/<code>/, whose index.ts exports its pack. */
export interface LanguagePack<Code extends string = string> {
  /** BCP 47 code, as front matter's `language` writes it. */
  code: Code;
  /** The English name, for messages. */
  name: string;
  /** Lower-case letters of the alphabet as the body of a character class (`а-яёәғқ…`). */
  letters: string;
  identification: readonly IdentificationCue[];
  /** Date grammar and resources: the lexicon of month, unit, number and relative words, and the suffix rules. */
  dates: TemporalGrammar;
  morphology: Morphology;
  names: NameCues;
  /**
   * Whether the SHIPPED entity model covers this language (was trained on, or transfers well to,
   * it). Only the shipped model reads this flag; any other model declares the languages it covers
   * (`Scorer.languages`: a workspace model covers these and those of the curator's decisions).
   */
  entityModel: boolean;
  /** Entities this language adds to the shipped gazetteer, with names in it (and any other language). */
  gazetteer: readonly PackEntity[];
}
