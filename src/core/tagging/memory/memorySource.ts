// The curator's memory in the tagging pipeline: a source that proposes the names the curator kept,
// in every inflected form, as pending suggestions (source `memory`), and a refiner that drops the
// forms the curator rejected, whatever proposed them.
import type { Refiner, TaggerSource } from '../pipeline';
import { GROUPS } from '../sources';
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
