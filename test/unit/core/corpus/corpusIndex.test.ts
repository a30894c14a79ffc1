import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { listArticleFiles } from '../../../../src/core/corpus/articleFiles';
import { KNOWLEDGE_STAMP } from '../../../../src/core/knowledge/knowledgeBase';
import manifest from '../../../../src/core/tagging/model/weights/entities.manifest.json';
import { CorpusIndex, type CorpusFiles } from '../../../../src/core/corpus/corpusIndex';
import { nodeCorpusFiles } from '../../../../src/core/corpus/nodeFiles';
import { corpusEntities, filterArticles, groupArticles } from '../../../../src/core/corpus/views';
import { writeArticle } from '../../../../src/core/metadata/writeArticle';
import { gazetteerFileStamp, gazetteerFromFile } from '../../../../src/core/tagging/gazetteer/gazetteerFile';
import { taggerWith } from '../../../../src/core/tagging/tag';
import type { Tagger } from '../../../../src/core/tagging/types';
import { SEEDS } from '../../paths';

/** The disk, counting reads, so tests can tell what the cache saved. */
function countingFiles(): CorpusFiles & { reads: number } {
  const disk = nodeCorpusFiles();
  const files = { reads: 0, stat: (file: string) => disk.stat(file), read: (file: string) => { files.reads++; return disk.read(file); } };
  return files;
}

describe('core/corpus/corpusIndex', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'cc-index-'));
    cpSync(SEEDS, folder, { recursive: true });
  });

  afterEach(() => { rmSync(folder, { recursive: true, force: true }); });

  it('summarises the seeds: titles where they exist, languages, states and entities', async () => {
    const index = new CorpusIndex(nodeCorpusFiles());
    await index.build(await listArticleFiles(folder));
    const byName = new Map(index.all().map((article) => [path.basename(article.path), article.summary]));
    assert.equal(byName.get('002_dc49007d92890326.txt')?.title, 'Казахстан и Евросоюз переходят на новый уровень сотрудничества в сфере защиты прав человека');
    assert.equal(byName.get('000_a37ffc7efebda23c.txt')?.title, undefined);
    assert.deepEqual([...byName.values()].map((summary) => summary.language), ['kk', 'ru', 'ru', 'kk', 'az']);
    assert.ok([...byName.values()].every((summary) => summary.state === 'none'));
    assert.ok(byName.get('001_eb5c65e7f4da4a69.txt')?.entities.some((entity) => entity.kind === 'PER' && entity.name === 'Эльвира Азимова'));
  });

  it('reads front matter only, and a warm build reads nothing at all', async () => {
    for (const file of await listArticleFiles(folder)) {
      const result = writeArticle(readFileSync(file, 'utf8'), file);
      if (result.status === 'changed') writeFileSync(file, result.newText);
    }
    const cold = new CorpusIndex(countingFiles());
    await cold.build(await listArticleFiles(folder));
    assert.ok(cold.all().every((article) => article.summary.state === 'draft'));
    const files = countingFiles();
    const warm = new CorpusIndex(files, { cache: JSON.parse(JSON.stringify(cold.snapshot())) as ReturnType<CorpusIndex['snapshot']> });
    await warm.build(await listArticleFiles(folder));
    assert.equal(files.reads, 0);
    const byPath = (index: CorpusIndex): unknown => JSON.parse(JSON.stringify([...index.all()].sort((a, b) => (a.path < b.path ? -1 : 1)).map((article) => [article.path, article.summary])));
    assert.deepEqual(byPath(warm), byPath(cold));
  });

  it('a cache made with another shipped model or knowledge base is read as empty: its summaries were tagged and linked by them', async () => {
    const cold = new CorpusIndex(countingFiles());
    const paths = await listArticleFiles(folder);
    await cold.build(paths);
    const snapshot = JSON.parse(JSON.stringify(cold.snapshot())) as ReturnType<CorpusIndex['snapshot']>;
    assert.equal(snapshot.model, `${manifest.payloadSha256}/${KNOWLEDGE_STAMP}`);
    for (const model of [`${manifest.payloadSha256}/0000000000000000`, `0000/${KNOWLEDGE_STAMP}`]) {
      const files = countingFiles();
      const warm = new CorpusIndex(files, { cache: { ...snapshot, model } });
      await warm.build(paths);
      assert.equal(files.reads, paths.length, `${model}: every article read again`);
    }
  });

  it('updates one file, reuses a summary for content it has seen (a rename), and forgets deleted files', async () => {
    const files = countingFiles();
    const index = new CorpusIndex(files);
    const paths = await listArticleFiles(folder);
    await index.build(paths);
    const target = paths[3] ?? '';
    writeFileSync(target, `${readFileSync(target, 'utf8')}\nЖаңа абзац.\n`);
    utimesSync(target, new Date(), new Date(Date.now() + 5000));
    assert.equal(await index.update(target), true);
    const renamed = path.join(folder, 'renamed.txt');
    renameSync(target, renamed);
    const readsBefore = files.reads;
    index.remove(target);
    assert.equal(await index.update(renamed), true);
    assert.equal(files.reads, readsBefore + 1, 'read once, summarised from the cache');
    assert.equal(index.get(target), undefined);
    assert.equal(index.size, 5);
  });

  it('groups by language with counts, filters by entity, and merges entities across languages', async () => {
    const index = new CorpusIndex(nodeCorpusFiles());
    await index.build(await listArticleFiles(folder));
    assert.deepEqual(groupArticles(index.all(), 'language', folder).map((group) => [group.key, group.articles.length]), [['az', 1], ['kk', 2], ['ru', 2]]);
    assert.deepEqual(filterArticles(index.all(), 'азимова').map((article) => path.basename(article.path)), ['001_eb5c65e7f4da4a69.txt', '002_dc49007d92890326.txt']);
    const kazakhstan = corpusEntities(index.all()).find((entity) => entity.wikidata === 'Q232');
    assert.ok(kazakhstan);
    assert.deepEqual(kazakhstan.names.sort(), ['Казахстан', 'Қазақстан']);
    assert.equal(kazakhstan.articles.length, 4);
  });

  it('tags articles without front matter with the workspace gazetteer, again when it changes, and distrusts a cache made under another', async () => {
    const gazetteerFile = path.join(folder, '.corpus', 'gazetteer.yaml');
    const taggerFor = (): Tagger => taggerWith(gazetteerFromFile(gazetteerFile));
    const paths = await listArticleFiles(folder);
    const index = new CorpusIndex(nodeCorpusFiles(), { taggerFor, gazetteerStamp: gazetteerFileStamp(gazetteerFile) });
    await index.build(paths);
    const reform = (of: CorpusIndex): unknown => of.all().find((article) => path.basename(article.path) === '003_c55b704b24c84185.txt')
      ?.summary.entities.find((entity) => entity.kind === 'EVENT' && entity.name === 'Конституциялық реформа');
    assert.equal(reform(index), undefined, 'not an entity of the shipped gazetteer');

    mkdirSync(path.dirname(gazetteerFile));
    writeFileSync(gazetteerFile, 'entities:\n  - kind: EVENT\n    names: {kk: Конституциялық реформа}\n');
    assert.equal(await index.regazetteer(gazetteerFileStamp(gazetteerFile)), true);
    assert.deepEqual(reform(index), { kind: 'EVENT', name: 'Конституциялық реформа', id: 'local:EVENT:konstitucalik_raforma', mentions: 1 });
    assert.equal(await index.regazetteer(gazetteerFileStamp(gazetteerFile)), false, 'nothing to do for the same gazetteer');

    const snapshot = JSON.stringify(index.snapshot());
    const sameGazetteer = countingFiles();
    const warm = new CorpusIndex(sameGazetteer, { taggerFor, cache: JSON.parse(snapshot) as ReturnType<CorpusIndex['snapshot']>, gazetteerStamp: gazetteerFileStamp(gazetteerFile) });
    await warm.build(paths);
    assert.equal(sameGazetteer.reads, 0);
    assert.ok(reform(warm));

    rmSync(gazetteerFile);
    const otherGazetteer = countingFiles();
    const restarted = new CorpusIndex(otherGazetteer, { taggerFor, cache: JSON.parse(snapshot) as ReturnType<CorpusIndex['snapshot']>, gazetteerStamp: gazetteerFileStamp(gazetteerFile) });
    await restarted.build(paths);
    assert.equal(otherGazetteer.reads, paths.length, 'every untagged article is tagged again');
    assert.equal(reform(restarted), undefined);
  });
});
