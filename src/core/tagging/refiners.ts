// The shipped refiners of the tagging pipeline (see pipeline.ts), in the order they run.
import { languagePack } from '../languages/registry';
import { applyEntityDecisions, type EntityDecisions } from '../knowledge/entityDecisions';
import { knowledgeBase } from '../knowledge/knowledgeBase';
import { linkEntities } from '../knowledge/link';
import { tagRepeatedNames } from './model/consistency';
import { tagRepeatedPhrases } from './model/repeatedPhrases';
import type { Refiner } from './pipeline';
import { withClosingQuotes, withoutNamesInsideQuotedNames } from './quotes';
import { withoutDescriptors } from './descriptors';
import { joinLatinRuns } from './latinRuns';
import { joinAdjacentOrganisations, linkShortMentions } from './refine';
import { GROUPS, isShippedName, quotationsOf } from './sources';
import type { Span } from './types';

/**
 * A name of the shipped gazetteer inside a quoted name or title, and not all of it, is part of
 * that name (see withoutNamesInsideQuotedNames); the curator's own names stay.
 */
export const quotedNamesRefiner: Refiner = {
  name: 'names inside quoted names',
  refine: (spans, draft) => withoutNamesInsideQuotedNames(draft.text, spans, (span) => span.source === 'gazetteer' && isShippedName(span, draft), quotationsOf(draft)),
};

/** A name that opens a quotation ends with it: «Республика Казахстан - Европейский Союз». */
export const closingQuotesRefiner: Refiner = {
  name: 'closing quotes',
  refine: (spans, draft) => withClosingQuotes(draft.text, spans),
};

/** An organisation of common words the model proposes before a «quoted» one is its descriptor, not a name. */
export const descriptorsRefiner: Refiner = {
  name: 'descriptors',
  refine: (spans, draft) => withoutDescriptors(draft.text, spans, draft.lang),
};

/** In Cyrillic text, the pieces of a run of capitalised Latin words that the tagger found are the whole run (Digital Sky Technologies). */
export const latinRunsRefiner: Refiner = {
  name: 'Latin names',
  refine: (spans, draft) => joinLatinRuns(draft.text, spans, (span) => span.source === 'curator' || span.source === 'memory' || (span.source === 'gazetteer' && !isShippedName(span, draft))),
};

/** Two organisations with nothing but a space between them are one (a unit named after its body), unless the first ends in an oblique case. */
export const adjacentOrganisationsRefiner: Refiner = {
  name: 'adjacent organisations',
  refine: (spans, draft) => {
    const headFinal = languagePack(draft.lang).names.headFinalOrganisations;
    return joinAdjacentOrganisations(draft.text, spans, headFinal === false ? undefined : headFinal.obliqueCase);
  },
};

/**
 * Where the model ran: a name of several words tagged once is tagged again where its words come
 * again, inflected (repeatedPhrases.ts); then an untagged capitalised word that is, inflected, the
 * surname of a person named in full, or a one-word name tagged elsewhere in the text, gets the same kind.
 */
export const repeatedNamesRefiner: Refiner = {
  name: 'repeated names',
  stamp: 'rule',
  refine: (spans, draft) => (draft.proposed(GROUPS.model) ? tagRepeatedNames(draft.text, draft.tokens, tagRepeatedPhrases(draft.text, draft.tokens, spans, draft.lang), draft.lang) : [...spans]),
};

/** A short mention (Э.Азимова, Азимова) takes the canonical name of the fuller one in the text. */
export const shortMentionsRefiner: Refiner = {
  name: 'short mentions',
  refine: (spans) => linkShortMentions([...spans]),
};

/** Links entity spans to the knowledge base, or to an entity of the corpus's own (see knowledge/link.ts). */
export const knowledgeBaseRefiner: Refiner = {
  name: 'knowledge base',
  refine: (spans, draft) => linkEntities(spans, draft.lang, knowledgeBase(), draft.text),
};

/** The curator's merges and splits of entities (.corpus/entities.yaml) applied to the links. */
export function entityDecisionsRefiner(decisions: EntityDecisions): Refiner {
  return {
    name: 'entity decisions',
    refine: (spans, draft) => applyEntityDecisions(spans, decisions, draft.options.article),
  };
}

/**
 * Leaves out the spans in the ranges the caller excludes (an article's boilerplate: bylines,
 * "read also", site furniture). Last, so that furniture still gives context to the links before.
 */
export const excludedRangesRefiner: Refiner = {
  name: 'boilerplate',
  refine: (spans, draft) => {
    const excluded = draft.options.exclude ?? [];
    if (excluded.length === 0) return [...spans];
    const inside = (span: Span): boolean => excluded.some((range) => span.start < range.end && range.start < span.end);
    return spans.filter((span) => !inside(span));
  },
};
