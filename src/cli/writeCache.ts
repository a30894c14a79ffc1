import { createHash, hash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { version } from '../../package.json';
import manifest from '../core/tagging/model/weights/entities.manifest.json';
import { KNOWLEDGE_STAMP } from '../core/knowledge/knowledgeBase';

/** Bumped whenever what `write` produces from an article can change without a new package version. */
const FORMAT = 3;

interface Stored { stamp: string; stable: string[] }

/** Where the cache lives: $CORPUS_CURATOR_CACHE_DIR, else the user's cache folder (never the corpus). */
function cacheFolder(): string {
  const chosen = process.env.CORPUS_CURATOR_CACHE_DIR;
  if (chosen) return chosen;
  return path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'corpus-curator', 'write');
}

/**
 * The articles that `write` would leave as they are: keys made of the file's path and its bytes,
 * valid for one version of the tool, of the shipped entity model, of the shipped knowledge base
 * and of the workspace gazetteer (`stamp`). A re-run reads and
 * hashes such a file and goes on, without tagging it again.
 */
export class WriteCache {
  private readonly stable: Set<string>;
  private readonly file: string;
  private changed = false;

  private constructor(private readonly stamp: string, stored: Stored | undefined) {
    this.file = path.join(cacheFolder(), `${createHash('sha1').update(process.cwd()).digest('hex').slice(0, 16)}.json`);
    this.stable = new Set(stored?.stamp === stamp ? stored.stable : []);
  }

  /** The cache of this working folder, for the tagger set up by `gazetteerYaml` (the workspace gazetteer's text, if any). */
  static open(gazetteerYaml: string | undefined): WriteCache {
    const stamp = `${version}/${FORMAT}/${manifest.payloadSha256.slice(0, 16)}/${KNOWLEDGE_STAMP}/${createHash('sha1').update(gazetteerYaml ?? '').digest('hex')}`;
    const empty = new WriteCache(stamp, undefined);
    try {
      return new WriteCache(stamp, JSON.parse(readFileSync(empty.file, 'utf8')) as Stored);
    } catch {
      return empty;
    }
  }

  static key(target: string, bytes: Uint8Array): string {
    // The one-shot hash of the same bytes (the path in UTF-8, a NUL, the content): no Hash object per article.
    return hash('sha1', Buffer.concat([Buffer.from(`${target}\u0000`), bytes]), 'base64');
  }

  isStable(key: string): boolean {
    return this.stable.has(key);
  }

  remember(key: string): void {
    if (this.stable.has(key)) return;
    this.stable.add(key);
    this.changed = true;
  }

  /** Writes the cache back (atomically); a cache that cannot be written is only a slower next run. */
  save(): void {
    if (!this.changed) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ stamp: this.stamp, stable: [...this.stable] }));
      renameSync(temporary, this.file);
    } catch {
      // read-only home or cache folder
    }
  }
}
