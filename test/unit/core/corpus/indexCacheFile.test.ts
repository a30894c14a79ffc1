import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { listArticleFiles } from '../../../../src/core/corpus/articleFiles';
import { CorpusIndex, emptyCache, type IndexCache } from '../../../../src/core/corpus/corpusIndex';
import { readIndexCache, removeUnfinishedIndexCaches, serializeIndexCache, writeIndexCache } from '../../../../src/core/corpus/indexCacheFile';
import { nodeCorpusFiles } from '../../../../src/core/corpus/nodeFiles';
import { SEEDS } from '../../paths';

describe('core/corpus/indexCacheFile', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'cc-index-cache-'));
    cpSync(SEEDS, path.join(folder, 'corpus'), { recursive: true });
  });

  afterEach(() => { rmSync(folder, { recursive: true, force: true }); });

  it('serialises the index of the seeds exactly as JSON.stringify does, and a new index starts from the file written', async () => {
    const files = await listArticleFiles(path.join(folder, 'corpus'));
    const index = new CorpusIndex(nodeCorpusFiles(), { gazetteerStamp: 'shipped' });
    await index.build(files);
    const snapshot = index.snapshot();
    assert.equal(await serializeIndexCache(snapshot), JSON.stringify(snapshot));
    const cacheFile = path.join(folder, 'storage', 'corpus-index.json');
    await writeIndexCache(cacheFile, snapshot);
    assert.deepEqual(readdirSync(path.dirname(cacheFile)), ['corpus-index.json'], 'no temporary file is left');
    const reads = { count: 0 };
    const disk = nodeCorpusFiles();
    const again = new CorpusIndex({ stat: (file) => disk.stat(file), read: (file) => { reads.count++; return disk.read(file); } }, { cache: JSON.parse(readFileSync(cacheFile, 'utf8')) as typeof snapshot, gazetteerStamp: 'shipped' });
    await again.build(files);
    assert.equal(reads.count, 0, 'every summary came from the cache');
    const summaries = (of: CorpusIndex): unknown[] => files.map((file) => of.get(file)?.summary);
    // As JSON has them: a property whose value is undefined is not written.
    assert.deepEqual(summaries(again), JSON.parse(JSON.stringify(summaries(index))));
  });

  it('leaves out what JSON.stringify leaves out (an undefined value), keeping the JSON valid', async () => {
    const cache = { version: 3, byHash: {}, byPath: { 'a.txt': { mtimeMs: 1, size: 2, hash: 'h' }, 'b.txt': undefined as unknown as { mtimeMs: number; size: number; hash: string } }, gazetteerStamp: undefined };
    const json = await serializeIndexCache(cache as unknown as IndexCache);
    assert.equal(json, JSON.stringify(cache));
    assert.deepEqual(JSON.parse(json), { version: 3, byHash: {}, byPath: { 'a.txt': { mtimeMs: 1, size: 2, hash: 'h' } } });
  });

  it('a save that fails half way leaves the cache before it whole and no temporary file', async () => {
    const files = await listArticleFiles(path.join(folder, 'corpus'));
    const index = new CorpusIndex(nodeCorpusFiles(), { gazetteerStamp: 'shipped' });
    await index.build(files);
    const cacheFile = path.join(folder, 'storage', 'corpus-index.json');
    await writeIndexCache(cacheFile, index.snapshot());
    const before = readFileSync(cacheFile, 'utf8');
    const broken = JSON.parse(before) as IndexCache;
    // JSON cannot write a BigInt: the writer throws in the middle of the file.
    const [first] = Object.keys(broken.byPath);
    assert.ok(first, 'the cache has entries');
    (broken.byPath as Record<string, unknown>)[first] = { mtimeMs: 1, size: 10n, hash: 'x' };
    await assert.rejects(writeIndexCache(cacheFile, broken), /BigInt/u);
    assert.equal(readFileSync(cacheFile, 'utf8'), before);
    assert.deepEqual(readdirSync(path.dirname(cacheFile)), ['corpus-index.json']);
  });

  it('reads back the cache written, and an empty cache where there is none, it is not JSON or there is no storage', async () => {
    const files = await listArticleFiles(path.join(folder, 'corpus'));
    const index = new CorpusIndex(nodeCorpusFiles(), { gazetteerStamp: 'shipped' });
    await index.build(files);
    const cacheFile = path.join(folder, 'storage', 'corpus-index.json');
    assert.deepEqual(readIndexCache(cacheFile), emptyCache());
    await writeIndexCache(cacheFile, index.snapshot());
    assert.deepEqual(readIndexCache(cacheFile), JSON.parse(JSON.stringify(index.snapshot())));
    writeFileSync(cacheFile, '{"version":4,"byHash":');
    assert.deepEqual(readIndexCache(cacheFile), emptyCache());
    assert.deepEqual(readIndexCache(undefined), emptyCache());
  });

  it('removes the temporary files of saves that never finished, and nothing else', async () => {
    const storage = path.join(folder, 'storage');
    mkdirSync(storage);
    for (const name of ['corpus-index.json', 'corpus-index.json.tmp-123-0', 'corpus-index.json.tmp-456-7', 'other.json']) writeFileSync(path.join(storage, name), '{}');
    assert.equal(await removeUnfinishedIndexCaches(path.join(storage, 'corpus-index.json')), 2);
    assert.deepEqual(readdirSync(storage).sort(), ['corpus-index.json', 'other.json']);
    assert.equal(await removeUnfinishedIndexCaches(path.join(folder, 'missing', 'corpus-index.json')), 0);
  });
});
