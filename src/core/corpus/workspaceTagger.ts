import { entityDecisionsFromFile } from '../knowledge/entityDecisionsLoad';
import { type CorpusTagger, createTagger, type TaggerSettings } from '../tagging/createTagger';
import { gazetteerFromFile } from '../tagging/gazetteer/gazetteerFile';
import type { Scorer } from '../tagging/model/entityModel';

/** A workspace's own files the tagger reads: .corpus/gazetteer.yaml and .corpus/entities.yaml (absent: none). */
export interface WorkspaceTaggerFiles {
  gazetteer?: string | undefined;
  entities?: string | undefined;
  /** The workspace's model learnt from the curator's decisions (.corpus/model/), when one is usable; otherwise the shipped model. */
  model?: Scorer | undefined;
}

/**
 * The tagger of a workspace: the shipped gazetteer with the workspace's merged over it, and the
 * curator's entity decisions (each file re-read only when it changes). The extension and the
 * index's workers build their taggers here; the CLI, which reports the files' problems as it
 * reads them, calls createTagger with what it read.
 */
export function workspaceTagger(files: WorkspaceTaggerFiles, settings: Omit<TaggerSettings, 'gazetteer' | 'entityDecisions'> = {}): CorpusTagger {
  return createTagger({ ...settings, gazetteer: gazetteerFromFile(files.gazetteer), entityDecisions: entityDecisionsFromFile(files.entities), ...(files.model ? { model: files.model } : {}) });
}
