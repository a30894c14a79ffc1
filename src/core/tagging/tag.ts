import type { EntityDecisions } from '../knowledge/entityDecisions';
import { createTagger } from './createTagger';
import type { Gazetteer } from './gazetteer/gazetteer';
import type { Scorer } from './model/entityModel';
import type { Tagger, TagOptions, TagResult } from './types';

export interface TagContext {
  gazetteer?: Gazetteer;
  /** Link entity spans to the knowledge base and the corpus's own entities (default true). */
  link?: boolean;
  /** The curator's merges and splits of entities (.corpus/entities.yaml), applied to the links. */
  entityDecisions?: EntityDecisions;
  /** The entity model; `null` tags with rules and gazetteers only. Default: the shipped model once loaded. */
  model?: Scorer | null;
}

/**
 * Tags a text: language and script, then dates and named entities as spans with canonical forms
 * (UTF-16 offsets into `text`), with the pipeline createTagger builds. Callers that tag many
 * texts build one tagger with createTagger and keep it.
 */
export function tag(text: string, options: TagOptions = {}, context: TagContext = {}): TagResult {
  return createTagger(context)(text, options);
}

/** The tagger that uses `gazetteer` (a workspace gazetteer merged over the shipped one), the curator's entity decisions and the workspace model, if any. */
export function taggerWith(gazetteer: Gazetteer, entityDecisions?: EntityDecisions, model?: Scorer): Tagger {
  return createTagger({ gazetteer, ...(entityDecisions ? { entityDecisions } : {}), ...(model ? { model } : {}) });
}
