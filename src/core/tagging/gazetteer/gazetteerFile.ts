import { readFileSync, statSync } from 'node:fs';
import { defaultGazetteer, type Gazetteer } from './gazetteer';
import { parseWorkspaceGazetteer } from './workspaceGazetteer';

const loaded = new Map<string, { stamp: string; gazetteer: Gazetteer }>();

/** What identifies one version of a gazetteer file ('none' when there is no such file). */
export function gazetteerFileStamp(file: string): string {
  try {
    const info = statSync(file);
    return `${String(info.mtimeMs)}:${String(info.size)}`;
  } catch {
    return 'none';
  }
}

/**
 * The shipped gazetteer with a workspace gazetteer file (.corpus/gazetteer.yaml) merged over it,
 * re-read only when the file changes; the shipped gazetteer alone when there is no file.
 * Unusable entries are skipped (the CLI's tag command lists them).
 */
export function gazetteerFromFile(file: string | undefined): Gazetteer {
  if (file === undefined) return defaultGazetteer();
  const stamp = gazetteerFileStamp(file);
  if (stamp === 'none') return defaultGazetteer();
  const cached = loaded.get(file);
  if (cached?.stamp === stamp) return cached.gazetteer;
  let yaml: string;
  try {
    yaml = readFileSync(file, 'utf8');
  } catch {
    return defaultGazetteer();
  }
  const gazetteer = defaultGazetteer().withEntries(parseWorkspaceGazetteer(yaml).entries);
  loaded.set(file, { stamp, gazetteer });
  return gazetteer;
}
