import type { Tagger } from '../tagging/types';
import { type ArticleSummary, contentHash, summarizeArticle } from './summary';
import manifest from '../tagging/model/weights/entities.manifest.json';
import { KNOWLEDGE_STAMP } from '../knowledge/knowledgeBase';

/** How the index reads the corpus: injected, so the VS Code adapter and the CLI/bench use their own I/O. */
export interface CorpusFiles {
  stat(path: string): Promise<{ mtimeMs: number; size: number } | undefined>;
  read(path: string): Promise<string | undefined>;
}

export interface IndexedArticle {
  path: string;
  mtimeMs: number;
  size: number;
  hash: string;
  summary: ArticleSummary;
}

/**
 * The persisted cache: summaries by content hash, what each path held last time, and the
 * gazetteers that tagged the articles without front matter.
 */
export interface IndexCache {
  version: number;
  byHash: Record<string, ArticleSummary>;
  byPath: Record<string, { mtimeMs: number; size: number; hash: string }>;
  gazetteerStamp?: string;
  /** The shipped entity model and knowledge base that tagged the summaries: a retrained model or another knowledge base makes them stale. */
  model?: string;
}

/** 4: summaries of articles without front matter record the ids before the entity decisions; 5: organisations' local ids fold their case endings. */
export const CACHE_VERSION = 5;
/** The shipped entity model and knowledge base that tagged and linked the summaries: another of either makes them stale. */
const MODEL_STAMP = `${manifest.payloadSha256}/${KNOWLEDGE_STAMP}`;
/** Files read and summarised at once while building. */
const IN_FLIGHT = 256;
const PROGRESS_STEP = 200;

export function emptyCache(): IndexCache {
  return { version: CACHE_VERSION, model: MODEL_STAMP, byHash: {}, byPath: {} };
}

export interface FileSummary { hash: string; summary: ArticleSummary }

/** Reads, hashes and summarises one file (undefined when it cannot be read). */
export type FileSummarizer = (path: string) => Promise<FileSummary | undefined>;

export interface CorpusIndexOptions {
  /** The persisted cache to start from. */
  cache?: IndexCache;
  /** Does the heavy work; a worker pool (SummaryWorkerPool) spreads it over the cores. In-process by default. */
  summarizeFile?: FileSummarizer;
  /** Tags an article without front matter (the workspace gazetteer over the shipped one). */
  taggerFor?: (path: string) => Tagger;
  /** Identifies the gazetteers in force: cached summaries of untagged articles made under others are dropped. */
  gazetteerStamp?: string;
}

/**
 * The corpus index: a summary per article, cached by content hash. A path whose modification time
 * and size are unchanged is not even read; a changed file is read and hashed, and only content
 * never seen before is summarised. Builds with a bounded number of files in flight, reporting progress.
 */
export class CorpusIndex {
  private readonly articles = new Map<string, IndexedArticle>();
  private readonly cache: IndexCache;
  private readonly summarizeFile: FileSummarizer;
  private readonly taggerFor: ((path: string) => Tagger) | undefined;

  constructor(private readonly files: CorpusFiles, options: CorpusIndexOptions = {}) {
    this.cache = options.cache?.version === CACHE_VERSION && options.cache.model === MODEL_STAMP ? options.cache : emptyCache();
    this.taggerFor = options.taggerFor;
    this.summarizeFile = options.summarizeFile ?? (async (path) => {
      const content = await this.files.read(path);
      return content === undefined ? undefined : { hash: contentHash(content), summary: this.summarizeContent(content, path) };
    });
    if ((this.cache.gazetteerStamp ?? '') !== (options.gazetteerStamp ?? '')) this.forgetUntaggedSummaries(options.gazetteerStamp);
  }

  private summarizeContent(content: string, path: string): ArticleSummary {
    return summarizeArticle(content, path, this.taggerFor?.(path));
  }

  /** Drops the cached summaries that a gazetteer made (articles without front matter). */
  private forgetUntaggedSummaries(gazetteerStamp: string | undefined): void {
    for (const [hash, summary] of Object.entries(this.cache.byHash)) if (summary.state === 'none') Reflect.deleteProperty(this.cache.byHash, hash);
    if (gazetteerStamp === undefined) Reflect.deleteProperty(this.cache, 'gazetteerStamp');
    else this.cache.gazetteerStamp = gazetteerStamp;
  }

  /**
   * The gazetteers changed: the articles without front matter are summarised again (their
   * entities come from the gazetteer). Returns whether any summary changed.
   */
  async regazetteer(gazetteerStamp: string): Promise<boolean> {
    if (this.cache.gazetteerStamp === gazetteerStamp) return false;
    this.forgetUntaggedSummaries(gazetteerStamp);
    const untagged = [...this.articles.values()].filter((article) => article.summary.state === 'none');
    // Each article is compared as its new summary comes, not all at once: the host's other tasks run in between.
    const before = new Map(untagged.map((article) => [article.path, article.summary]));
    let changed = false;
    await this.indexEach([...before.keys()], undefined, (path) => {
      changed ||= JSON.stringify(this.articles.get(path)?.summary) !== JSON.stringify(before.get(path));
    });
    return changed;
  }

  get size(): number {
    return this.articles.size;
  }

  all(): IndexedArticle[] {
    return [...this.articles.values()];
  }

  get(path: string): IndexedArticle | undefined {
    return this.articles.get(path);
  }

  /** Indexes (or re-indexes) every path and forgets the others; `onProgress` every PROGRESS_STEP articles. */
  async build(paths: readonly string[], onProgress?: (done: number, total: number) => void): Promise<void> {
    const keep = new Set(paths);
    for (const path of [...this.articles.keys()]) if (!keep.has(path)) this.articles.delete(path);
    await this.indexEach(paths, onProgress);
  }

  /** Updates each path, IN_FLIGHT at a time, so reading, hashing and summarising overlap. */
  private async indexEach(paths: readonly string[], onProgress?: (done: number, total: number) => void, afterEach?: (path: string) => void): Promise<void> {
    let next = 0;
    let done = 0;
    const lane = async (): Promise<void> => {
      while (next < paths.length) {
        const path = paths[next++];
        if (path !== undefined) {
          await this.update(path);
          afterEach?.(path);
        }
        done++;
        if (done % PROGRESS_STEP === 0 || done === paths.length) onProgress?.(done, paths.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, paths.length) }, lane));
  }

  /** Re-indexes one path (created or changed); returns whether its summary changed. */
  async update(path: string): Promise<boolean> {
    const info = await this.files.stat(path);
    if (!info) return this.remove(path);
    const known = this.cache.byPath[path];
    const current = this.articles.get(path);
    if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) {
      const summary = this.cache.byHash[known.hash];
      if (summary) {
        if (current?.hash === known.hash) return false;
        this.articles.set(path, { path, ...info, hash: known.hash, summary });
        return true;
      }
    }
    const summarized = await this.summarizeFile(path);
    if (!summarized) return this.remove(path);
    return this.record(path, summarized.hash, summarized.summary, info);
  }

  /** Indexes text that is not on disk yet (an editor's unsaved content). */
  updateContent(path: string, content: string, info: { mtimeMs: number; size: number } = { mtimeMs: 0, size: content.length }): boolean {
    const hash = contentHash(content);
    if (this.articles.get(path)?.hash === hash) return false;
    return this.record(path, hash, this.cache.byHash[hash] ?? this.summarizeContent(content, path), info);
  }

  private record(path: string, hash: string, summary: ArticleSummary, info: { mtimeMs: number; size: number }): boolean {
    const current = this.articles.get(path);
    this.cache.byHash[hash] = summary;
    this.cache.byPath[path] = { mtimeMs: info.mtimeMs, size: info.size, hash };
    this.articles.set(path, { path, ...info, hash, summary });
    return current?.hash !== hash;
  }

  remove(path: string): boolean {
    Reflect.deleteProperty(this.cache.byPath, path);
    return this.articles.delete(path);
  }

  /** The cache to persist: the indexed paths and their summaries, nothing a deleted file left behind. */
  snapshot(): IndexCache {
    const byPath: IndexCache['byPath'] = {};
    const byHash: IndexCache['byHash'] = {};
    for (const article of this.articles.values()) {
      const known = this.cache.byPath[article.path];
      if (known) byPath[article.path] = known;
      byHash[article.hash] = article.summary;
    }
    return { version: CACHE_VERSION, model: MODEL_STAMP, byHash, byPath, ...(this.cache.gazetteerStamp === undefined ? {} : { gazetteerStamp: this.cache.gazetteerStamp }) };
  }
}
