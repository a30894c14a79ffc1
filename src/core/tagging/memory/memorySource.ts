// The curator's memory in the tagging pipeline: a source that proposes the names the curator kept,
// in every inflected form, as pending suggestions (source `memory`), and a refiner that drops the
// forms the curator rejected, whatever proposed them.
import type { Refiner, TaggerSource } from '../pipeline';
import { GROUPS } from '../sources';
import type { LanguageCode } from '../types';
import type { CuratorMemory } from './curatorMemory';

export function curatorMemorySource(memory: CuratorMemory): TaggerSource {
  return {
    name: 'curator memory',
    stamp: 'memory',
    find: (draft) => ({ [GROUPS.memory]: memory.find(draft.text, draft.tokens, draft.lang) }),
  };
}

/** Drops every span whose surface form and kind the curator rejected more often than kept. */
export function refusedFormsRefiner(memory: CuratorMemory): Refiner {
  return {
    name: 'refused forms',
    refine: (spans, draft) => spans.filter((span) => !memory.refuses(draft.lang, span.text, span.kind)),
  };
}

/** The source's spans below the language's confidence floor dropped (the model's own names in a language it learnt only from decisions). */
export function withConfidenceFloors(source: TaggerSource, floors: Partial<Record<LanguageCode, number>>): TaggerSource {
  return {
    ...source,
    find: (draft) => {
      const groups = source.find(draft);
      const floor = floors[draft.lang];
      if (floor === undefined) return groups;
      return Object.fromEntries(Object.entries(groups).map(([group, spans]) => [group, spans.filter((span) => (span.confidence ?? 0) >= floor)]));
    },
  };
}
