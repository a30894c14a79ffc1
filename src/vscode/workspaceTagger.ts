import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { defaultGazetteer, type Gazetteer } from '../core/tagging/gazetteer/gazetteer';
import { parseWorkspaceGazetteer, WORKSPACE_GAZETTEER_PATH } from '../core/tagging/gazetteer/workspaceGazetteer';
import { tag } from '../core/tagging/tag';
import type { Tagger } from '../core/tagging/types';

const cache = new Map<string, { mtimeMs: number; gazetteer: Gazetteer }>();

/** The shipped gazetteer with the workspace folder's .corpus/gazetteer.yaml merged over it (re-read when it changes). */
export function gazetteerFor(uri: vscode.Uri): Gazetteer {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || folder.uri.scheme !== 'file') return defaultGazetteer();
  const file = path.join(folder.uri.fsPath, WORKSPACE_GAZETTEER_PATH);
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    return defaultGazetteer();
  }
  const cached = cache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.gazetteer;
  const gazetteer = defaultGazetteer().withEntries(parseWorkspaceGazetteer(readFileSync(file, 'utf8')).entries);
  cache.set(file, { mtimeMs, gazetteer });
  return gazetteer;
}

export function taggerFor(uri: vscode.Uri): Tagger {
  const gazetteer = gazetteerFor(uri);
  return (text, options) => tag(text, options, { gazetteer });
}
