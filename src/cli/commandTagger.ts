import { NO_ENTITY_DECISIONS } from '../core/knowledge/entityDecisions';
import type { CorpusTagger } from '../core/tagging/createTagger';
import { createTagger } from '../core/tagging/createTagger';
import { type GazetteerSource, loadGazetteerSource } from './gazetteer';
import { type EntityDecisionsSource, loadEntityDecisions } from './entityDecisions';
import type { CliIo } from './io';
import { loadWorkspaceModel } from './workspaceModel';

/** The workspace files a tagging command reads (`--gazetteer`, `--entities`, `--workspace`). */
export interface TaggerFileOptions {
  gazetteer?: string | undefined;
  /** `false`: the command applies no entity decisions (eval scores spans, which they do not move). */
  entities?: string | false | undefined;
  workspace?: string | undefined;
}

/** A command's tagger, what it was built from, and the files a worker reads to build the same one. */
export interface CommandTagger {
  tagger: CorpusTagger;
  gazetteer: GazetteerSource;
  entities: EntityDecisionsSource;
  model: ReturnType<typeof loadWorkspaceModel>;
  /** For a worker: the workspace gazetteer, entity decisions and model files (undefined: none, or the shipped model). */
  workerFiles: { gazetteerFile: string | undefined; entitiesFile: string | undefined; modelFile: string | undefined };
}

/**
 * The tagger of a CLI command, built once: the shipped gazetteer with the workspace's over it,
 * the curator's entity decisions, and the workspace model when DIR/.corpus/model/ has a usable
 * one. Problems in these files are printed as they are read (in that order); a malformed entity
 * decisions file stops the command, and an unusable model is named and the shipped one tags.
 */
export async function commandTagger(options: TaggerFileOptions, io: CliIo): Promise<CommandTagger> {
  const gazetteer = await loadGazetteerSource(options.gazetteer, io);
  const entities: EntityDecisionsSource = options.entities === false ? { decisions: NO_ENTITY_DECISIONS } : await loadEntityDecisions(options.entities, io);
  const model = loadWorkspaceModel(options.workspace, io);
  const tagger = createTagger({ gazetteer: gazetteer.gazetteer, ...(options.entities === false ? {} : { entityDecisions: entities.decisions }), ...(model.model ? { model: model.model } : {}) });
  return { tagger, gazetteer, entities, model, workerFiles: { gazetteerFile: gazetteer.file, entitiesFile: entities.file, modelFile: model.model ? model.file : undefined } };
}
