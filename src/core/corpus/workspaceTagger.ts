import type { EntityDecisions } from '../knowledge/entityDecisions';
import { entityDecisionsFromFile } from '../knowledge/entityDecisionsLoad';
import { type CorpusTagger, createTagger, type TaggerSettings } from '../tagging/createTagger';
import type { Gazetteer } from '../tagging/gazetteer/gazetteer';
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

/**
 * One tagger per version of a workspace's files, for a host that tags many articles of the same
 * workspace and is told of no change (a worker thread): each ask looks at the files' stamps (the
 * loaders above re-read a file only when it changed) and builds a tagger only when what it read
 * is not what the kept tagger was built from.
 */
export class WorkspaceTaggerCache {
  private readonly known = new Map<string, { gazetteer: Gazetteer; decisions: EntityDecisions; model: Scorer | undefined; tagger: CorpusTagger }>();
  /** How many taggers were built (a test checks that a worker builds one per version). */
  builds = 0;

  /** `modelFile` names the model in the key: the same gazetteer may come with or without a workspace model. */
  get(files: WorkspaceTaggerFiles & { modelFile?: string | undefined }): CorpusTagger {
    const gazetteer = gazetteerFromFile(files.gazetteer);
    const decisions = entityDecisionsFromFile(files.entities);
    const key = [files.gazetteer ?? '', files.entities ?? '', files.modelFile ?? ''].join('\u0000');
    const known = this.known.get(key);
    if (known?.gazetteer === gazetteer && known.decisions === decisions && known.model === files.model) return known.tagger;
    const tagger = createTagger({ gazetteer, entityDecisions: decisions, ...(files.model ? { model: files.model } : {}) });
    this.builds++;
    this.known.set(key, { gazetteer, decisions, model: files.model, tagger });
    return tagger;
  }
}
