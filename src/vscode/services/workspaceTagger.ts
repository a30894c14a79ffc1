import * as path from 'node:path';
import * as vscode from 'vscode';
import { entityDecisionsFileBeside, entityDecisionsFromFile } from '../../core/knowledge/entityDecisionsLoad';
import type { EntityDecisions } from '../../core/knowledge/entityDecisions';
import type { Gazetteer } from '../../core/tagging/gazetteer/gazetteer';
import { gazetteerFromFile } from '../../core/tagging/gazetteer/gazetteerFile';
import { WORKSPACE_GAZETTEER_PATH } from '../../core/tagging/gazetteer/workspaceGazetteer';
import { workspaceTagger } from '../../core/corpus/workspaceTagger';
import type { CorpusTagger } from '../../core/tagging/createTagger';
import type { Scorer } from '../../core/tagging/model/entityModel';
import { workspaceModelFileBeside, workspaceModelInMemory } from '../../core/tagging/model/workspaceModel';
import { WorkspaceTaggers } from './workspaceTaggers';

/** The workspace gazetteer file that applies to a document: its workspace folder's .corpus/gazetteer.yaml. */
export function workspaceGazetteerFile(uri: vscode.Uri): string | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return folder?.uri.scheme === 'file' ? path.join(folder.uri.fsPath, WORKSPACE_GAZETTEER_PATH) : undefined;
}

/** The shipped gazetteer with the workspace folder's .corpus/gazetteer.yaml merged over it (re-read when it changes). */
export function gazetteerFor(uri: vscode.Uri): Gazetteer {
  return gazetteerFromFile(workspaceGazetteerFile(uri));
}

/** The workspace folder's .corpus/entities.yaml, where the curator's merges and splits of entities are kept. */
export function workspaceEntityDecisionsFile(uri: vscode.Uri): string | undefined {
  const gazetteer = workspaceGazetteerFile(uri);
  return gazetteer === undefined ? undefined : entityDecisionsFileBeside(gazetteer);
}

/** The merges and splits of entities in force for a document (re-read when the file changes). */
export function entityDecisionsFor(uri: vscode.Uri): EntityDecisions {
  return entityDecisionsFromFile(workspaceEntityDecisionsFile(uri));
}

/**
 * Entity decisions for many documents at once (every tag of the corpus): each workspace folder's
 * file is looked at once, not once per tag.
 */
export function entityDecisionsReader(): (uri: vscode.Uri) => EntityDecisions {
  const byFile = new Map<string | undefined, EntityDecisions>();
  return (uri) => {
    const file = workspaceEntityDecisionsFile(uri);
    const known = byFile.get(file);
    if (known) return known;
    const decisions = entityDecisionsFromFile(file);
    byFile.set(file, decisions);
    return decisions;
  };
}

/** The workspace folder's model learnt from the curator's decisions, once it is in memory (it is read and rebuilt on a worker). */
export function workspaceModelFor(uri: vscode.Uri): Scorer | undefined {
  const gazetteer = workspaceGazetteerFile(uri);
  return gazetteer === undefined ? undefined : workspaceModelInMemory(workspaceModelFileBeside(gazetteer));
}

function buildTagger(uri: vscode.Uri): CorpusTagger {
  return workspaceTagger({ gazetteer: workspaceGazetteerFile(uri), entities: workspaceEntityDecisionsFile(uri), model: workspaceModelFor(uri) });
}

let current: WorkspaceTaggers | undefined;

/** Each workspace folder's tagger, kept until the services tell it that the folder's files changed (one set per activation). */
export function createWorkspaceTaggers(): WorkspaceTaggers {
  current = new WorkspaceTaggers(buildTagger);
  return current;
}

/** The tagger of a document's workspace folder: the one pipeline (createTagger) with the folder's gazetteer, entity decisions and learnt model, built once per version of them. */
export function taggerFor(uri: vscode.Uri): CorpusTagger {
  current ??= new WorkspaceTaggers(buildTagger);
  return current.get(uri);
}
