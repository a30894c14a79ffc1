import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../../../../src/core/article/analyze';
import { SummaryWorkerPool } from '../../../../../src/core/corpus/workerPool';
import { tagArticleText } from '../../../../../src/core/decisions/articleTags';
import { localEntityId } from '../../../../../src/core/knowledge/link';
import { workspaceTagger } from '../../../../../src/core/corpus/workspaceTagger';
import { REPO_ROOT, SEED_NAMES } from '../../../paths';
import { TempWorkspace } from '../../../helpers/tempWorkspace';

interface Compared { start: number; end: number; kind: string; name: string }

const DIALOGUE = 'Диалог по правам человека';
const MERGED_INTO = 'kb:eu-kazakhstan-human-rights-dialogue';

/**
 * The extension, the index's workers and the CLI each build their tagger with createTagger; this
 * shows they tag the seeds alike, with a workspace gazetteer and an entity decision in force.
 */
describe('core/tagging: one tagger for the extension, the workers and the CLI', function () {
  this.timeout(240_000);
  let temp: TempWorkspace;
  let workspace: string;
  let gazetteerFile: string;
  let entitiesFile: string;

  before(() => {
    temp = new TempWorkspace('one-tagger');
    workspace = temp.root;
    temp.copySeeds();
    gazetteerFile = temp.corpusFile('gazetteer.yaml');
    entitiesFile = temp.corpusFile('entities.yaml');
    writeFileSync(gazetteerFile, `entities:\n  - kind: EVENT\n    names: {ru: ${DIALOGUE}}\n`);
    writeFileSync(entitiesFile, `merges:\n  - into: ${MERGED_INTO}\n    from: [${localEntityId('EVENT', DIALOGUE, 'ru')}]\n`);
  });

  after(() => { temp.remove(); });

  it('the CLI tag command, a worker of the index and the extension\'s tagger give the same spans on the seeds', async () => {
    const files = SEED_NAMES.map((name) => path.join(workspace, name));
    // The CLI, run in the workspace: it reads .corpus/gazetteer.yaml and .corpus/entities.yaml there.
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), 'tag', ...SEED_NAMES], { cwd: workspace, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(run.status, 0, run.stderr);
    const fromCli = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { spans: (Compared & { text: string; canonical?: string; value?: string; entityId?: string; source?: string })[] });
    // The extension: what its taggerFor(uri) builds for the folder, used as its tag state uses it.
    const extensionTagger = workspaceTagger({ gazetteer: gazetteerFile, entities: entitiesFile });
    const pool = new SummaryWorkerPool(path.join(REPO_ROOT, 'dist', 'summaryWorker.js'), 1);
    try {
      for (const [index, file] of files.entries()) {
        const text = readFileSync(file, 'utf8');
        const bodyStart = analyzeArticle(text, { plainText: true }).split.bodyStart;
        const inEditor = tagArticleText(text, file, extensionTagger);
        const editorSpans: Compared[] = inEditor.tags.map((tag) => ({ start: tag.start, end: tag.end, kind: tag.kind, name: tag.name }));
        const cli = fromCli[index]?.spans ?? [];
        const cliSpans: Compared[] = cli.map((span) => ({ start: span.start, end: span.end, kind: span.kind, name: span.kind === 'DATE' ? (span.value ?? span.text) : (span.canonical ?? span.text) }));
        const exported = await pool.computeExport(file, { tags: 'all', withoutBoilerplate: false }, gazetteerFile, entitiesFile);
        assert.ok('document' in exported, `${file} exported`);
        const workerSpans: Compared[] = exported.document.spans.map((span) => ({ start: span.start + bodyStart, end: span.end + bodyStart, kind: span.label, name: span.name ?? span.text }));
        assert.ok(editorSpans.length > 10, `${SEED_NAMES[index]}: tags found`);
        assert.deepEqual(cliSpans, editorSpans, `${SEED_NAMES[index]}: the CLI tags as the extension does`);
        assert.deepEqual(workerSpans, editorSpans, `${SEED_NAMES[index]}: a worker tags as the extension does`);
        assert.deepEqual(cli.map((span) => span.entityId), inEditor.tags.map((tag) => tag.entityId), `${SEED_NAMES[index]}: same entity links`);
        assert.ok(cli.every((span) => span.source !== undefined), 'every span says which source proposed it');
      }
    } finally {
      await pool.close();
    }
    // The workspace's gazetteer entry and the curator's merge are in force in all three.
    const dialogue = fromCli[2]?.spans.find((span) => span.kind === 'EVENT' && span.text === 'Диалога по правам человека');
    assert.equal(dialogue?.entityId, MERGED_INTO);
    assert.equal(dialogue?.source, 'gazetteer');
  });
});
