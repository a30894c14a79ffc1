import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { workspaceTagger } from '../../../../src/core/corpus/workspaceTagger';
import { CorpusIndex } from '../../../../src/core/corpus/corpusIndex';
import { nodeCorpusFiles } from '../../../../src/core/corpus/nodeFiles';
import { summaryIdsBeforeDecisions } from '../../../../src/core/corpus/summary';
import { tagArticleText } from '../../../../src/core/decisions/articleTags';
import { mergedId, parseEntityDecisions } from '../../../../src/core/knowledge/entityDecisions';
import { type IndexedEntityIds, linkedIds, mergeTargets, staleDecisionProblems } from '../../../../src/core/knowledge/entityDecisionsStale';
import { currentEntityId } from '../../../../src/core/knowledge/entityIdForms';
import { placeCrossKey, placeNameKey } from '../../../../src/core/knowledge/personKey';
import { nameSkeleton } from '../../../../src/core/knowledge/transliterate';
import { loadShippedModelAsync } from '../../../../src/core/tagging/model/shippedModel';
import { tag } from '../../../../src/core/tagging/tag';
import type { Problem } from '../../../../src/core/problems';
import { LineIndex } from '../../../../src/core/text/lineIndex';
import { TimeSlices } from '../../../../src/core/timeSlices';
import { TempWorkspace } from '../../helpers/tempWorkspace';
import { REPO_ROOT } from '../../paths';

/** The seed article where the tagger finds the place `Сегменте`, a name the knowledge base lacks. */
const RU_ARTICLE = '001_eb5c65e7f4da4a69.txt';
const SEGMENT = 'Сегменте';
/** The Kazakh seed article where the tagger finds the body `БҰҰ ТДМ өңірлік орталығының` (genitive), which the knowledge base lacks. */
const KK_ARTICLE = '003_c55b704b24c84185.txt';
const CENTRE = 'БҰҰ ТДМ өңірлік орталығының';

const ids = (text: string, file: string, tagger: ReturnType<typeof workspaceTagger>): string[] =>
  tagArticleText(text, file, tagger).tags.flatMap((span) => (span.entityId === undefined ? [] : [span.entityId]));

/** Line and column (1-based) of a problem, as the Problems panel and the CLI show it. */
function located(yaml: string, problem: Problem | undefined): string {
  assert.ok(problem, 'a problem');
  const at = new LineIndex(yaml).positionAt(problem.start);
  return `${String(at.line + 1)}:${String(at.character + 1)}`;
}

function positionOf(yaml: string, text: string): string {
  const at = new LineIndex(yaml).positionAt(yaml.indexOf(text));
  return `${String(at.line + 1)}:${String(at.character + 1)}`;
}

describe('core/knowledge: decisions of .corpus/entities.yaml naming ids no mention has', function () {
  this.timeout(120_000);
  let workspace: TempWorkspace;
  let entitiesFile: string;
  let files: string[];
  let segmentOld: string;
  let segmentNow: string;

  before(async () => {
    await loadShippedModelAsync();
    workspace = new TempWorkspace('cc-stale-decisions');
    files = workspace.copySeeds();
    entitiesFile = workspace.corpusFile('entities.yaml');
    segmentOld = `local:LOC:${placeNameKey(SEGMENT, 'ru').replace(/ /gu, '_')}`;
    segmentNow = `local:LOC:${placeCrossKey(SEGMENT, 'ru').replace(/ /gu, '_')}`;
  });

  after(() => { workspace.remove(); });

  /** What the index records (the tagger with the decisions of the file), and the check on the file as it is on disk. */
  async function check(yaml: string): Promise<Problem[]> {
    writeFileSync(entitiesFile, yaml);
    const withDecisions = workspaceTagger({ entities: entitiesFile });
    const undecided = workspaceTagger({});
    const indexed: IndexedEntityIds[] = files.map((file) => ({ path: file, ids: ids(readFileSync(file, 'utf8'), file, withDecisions) }));
    const tagged: string[] = [];
    const problems = await staleDecisionProblems(readFileSync(entitiesFile, 'utf8'), indexed, (file) => {
      tagged.push(file);
      return Promise.resolve(new Set(ids(readFileSync(file, 'utf8'), file, undecided)));
    });
    assert.equal(new Set(tagged).size, tagged.length, 'each article is tagged again at most once');
    assert.equal(readFileSync(entitiesFile, 'utf8'), yaml, 'the file is never rewritten');
    return problems;
  }

  it('the seed names the place this test relies on, by its id of today', () => {
    const spans = tagArticleText(readFileSync(files[1] ?? '', 'utf8'), files[1] ?? '', workspaceTagger({})).tags;
    assert.ok(files[1]?.endsWith(RU_ARTICLE));
    assert.ok(spans.some((span) => span.text === SEGMENT && span.entityId === segmentNow), `${SEGMENT} is ${segmentNow}`);
    assert.notEqual(segmentOld, segmentNow, 'the id before 2026-12-01 differs');
  });

  it('a decision naming an id no mention has gets a warning at the id; ids with mentions get none', async () => {
    const yaml = [
      'merges:',
      '  - into: kb:elvira-azimova',
      '    from: [kb:zhemis-turmagambetova]',
      '  - into: Q232',
      '    from:',
      '      - local:PER:nobody_here',
      'splits:',
      '  - from: kb:no-such-entity',
      '    to: local:PER:x#2',
      '    mentions: [{article: a1, text: X}]',
      '',
    ].join('\n');
    const problems = await check(yaml);
    assert.deepEqual(problems.map((problem) => [problem.severity, problem.code, located(yaml, problem)]), [
      ['warning', 'entities-stale-id', positionOf(yaml, 'local:PER:nobody_here')],
      ['warning', 'entities-stale-id', positionOf(yaml, 'kb:no-such-entity')],
    ]);
    assert.match(problems[0]?.message ?? '', /^merges\[1\] names `local:PER:nobody_here`, which no mention in the corpus has now; merging it does nothing\. It may be an id of an older version: merge again in the Entities view, or remove it$/u);
    assert.match(problems[1]?.message ?? '', /^splits\[0\] names `kb:no-such-entity`, .*the split does nothing/u);
    assert.equal(problems[0]?.end, (problems[0]?.start ?? 0) + 'local:PER:nobody_here'.length, 'the id is underlined, not the line');
  });

  it('an id merged away is found by tagging the articles without the decisions, not reported', async () => {
    const kazakhstan = 'merges:\n  - into: local:PER:somebody-else\n    from: [Q232]\n';
    assert.deepEqual((await check(kazakhstan)).map((problem) => problem.message), [
      'merges[0] names `local:PER:somebody-else`, which the tagger gives no mention in the corpus, nor does the knowledge base know it: only the mentions merged into it carry this id, which nothing else in the corpus has, so it is probably a mistyped or old id. Correct it, or merge again in the Entities view',
    ], 'Q232 is merged away in every article, and still has mentions');
    const withDecisions = workspaceTagger({ entities: entitiesFile });
    const merged = files.flatMap((file) => tagArticleText(readFileSync(file, 'utf8'), file, withDecisions).tags.filter((span) => span.entityId === 'local:PER:somebody-else'));
    assert.ok(merged.length > 0 && merged.every((span) => span.linkReason === 'curator'), 'the mentions merged carry the id named by `into`, as the message says');
  });

  it('the tags record the ids the mentions had before the decisions: what a tagger without them gives', () => {
    writeFileSync(entitiesFile, `merges:\n  - into: local:PER:somebody-else\n    from: [Q232]\n  - into: Q232\n    from: [${segmentNow}]\n`);
    const withDecisions = workspaceTagger({ entities: entitiesFile });
    const undecided = workspaceTagger({});
    let changed = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const tags = tagArticleText(text, file, withDecisions);
      if (tags.idsBeforeDecisions !== undefined) changed++;
      assert.deepEqual(tags.idsBeforeDecisions ?? linkedIds(tags.tags), ids(text, file, undecided), file);
    }
    assert.ok(changed >= 3, 'the decisions changed the ids of several seeds');
    const plain = tagArticleText(readFileSync(files[0] ?? '', 'utf8'), files[0] ?? '', undecided);
    assert.equal(plain.idsBeforeDecisions, undefined, 'a tagger without decisions records nothing more');
  });

  it('the corpus index records the ids before the decisions, and the check reads them instead of tagging again', async () => {
    const yaml = 'merges:\n  - into: local:PER:somebody-else\n    from: [Q232]\n  - into: Q232\n    from: [local:PER:nobody_here]\n';
    const retagged = await check(yaml);
    const index = new CorpusIndex(nodeCorpusFiles(), { taggerFor: () => workspaceTagger({ entities: entitiesFile }) });
    await index.build(files);
    const indexed: IndexedEntityIds[] = index.all().map((article) => {
      const before = summaryIdsBeforeDecisions(article.summary);
      assert.ok(before, 'an article the index tagged has its ids before the decisions');
      return { path: article.path, ids: article.summary.entities.flatMap((entity) => (entity.id === undefined ? [] : [entity.id])), idsBeforeDecisions: before };
    });
    const naming = index.all().filter((article) => article.summary.idsBeforeDecisions?.includes('Q232') === true);
    assert.ok(naming.length >= 3, 'the seeds that name Kazakhstan record Q232 before the merge');
    assert.ok(naming.every((article) => !article.summary.entities.some((entity) => entity.id === 'Q232')), 'and after it, none has Q232');
    const tagged: string[] = [];
    const problems = await staleDecisionProblems(yaml, indexed, (file) => {
      tagged.push(file);
      return Promise.resolve(undefined);
    });
    assert.deepEqual(tagged, [], 'no article is tagged again');
    assert.deepEqual(problems, retagged, 'the same problems as tagging the articles again');
    assert.deepEqual(problems.map((problem) => problem.code), ['entities-stale-id', 'entities-stale-id']);
  });

  it('a place id of the form before 2026-12-01 is read as today\'s: the merge applies again, with a note at the id', async () => {
    const yaml = `merges:\n  - into: Q232\n    from: [${segmentOld}, local:LOC:otradno]\n`;
    const problems = await check(yaml);
    assert.deepEqual(problems.map((problem) => [problem.severity, problem.code, located(yaml, problem)]), [
      ['info', 'entities-old-id', positionOf(yaml, segmentOld)],
      ['warning', 'entities-stale-id', positionOf(yaml, 'local:LOC:otradno')],
    ]);
    assert.equal(problems[0]?.message, `merges[0] names \`${segmentOld}\`, a place id of the form before 2026-12-01; it is read as \`${segmentNow}\`, the id its mentions have now (the file is left as it is)`);
    assert.match(problems[1]?.message ?? '', /names `local:LOC:otradno` \(read as `local:LOC:otrdn`, the form of place ids since 2026-12-01\), which no mention in the corpus has now; merging it does nothing/u);
    const file = files[1] ?? '';
    const merged = tagArticleText(readFileSync(file, 'utf8'), file, workspaceTagger({ entities: entitiesFile })).tags.find((span) => span.text === SEGMENT);
    assert.equal(merged?.entityId, 'Q232', 'the merge made with the old id applies to the mention');
    assert.equal(merged?.linkReason, 'curator');
  });

  it('an organisation id of the form before 2026-12-02 (one per case form) is warned about: it cannot be read anew from the id alone', async () => {
    const file = files.find((name) => path.basename(name) === KK_ARTICLE) ?? '';
    const found = tagArticleText(readFileSync(file, 'utf8'), file, workspaceTagger({})).tags.find((span) => span.text === CENTRE);
    const now = found?.entityId ?? '';
    const old = `local:ORG:${nameSkeleton(found?.canonical ?? CENTRE, 'kk').replace(/ /gu, '_')}`;
    assert.ok(now.startsWith('local:ORG:') && old !== now, `${old} ${now}`);
    const yaml = `merges:\n  - into: Q1065\n    from: [${old}]\n`;
    const problems = await check(yaml);
    assert.deepEqual(problems.map((problem) => [problem.severity, problem.code, located(yaml, problem)]), [['warning', 'entities-stale-id', positionOf(yaml, old)]]);
    assert.match(problems[0]?.message ?? '', /which no mention in the corpus has now; merging it does nothing\. It may be an id of an older version: merge again in the Entities view, or remove it/u);
  });

  it('an old place id that the index itself still records is said to be recorded, not to be the id its mentions have now', async () => {
    const yaml = `merges:\n  - into: Q232\n    from: [${segmentOld}]\n`;
    const file = files[1] ?? '';
    const indexed: IndexedEntityIds[] = [{ path: file, ids: [segmentOld, 'Q232'] }];
    const problems = await staleDecisionProblems(yaml, indexed, () => Promise.resolve(new Set<string>()));
    assert.deepEqual(problems.map((problem) => problem.message), [
      `merges[0] names \`${segmentOld}\`, a place id of the form before 2026-12-01, which articles of the corpus still record; the decision applies to it and to \`${segmentNow}\`, the form the tagger gives since then (the file is left as it is)`,
    ]);
  });

  it('a check stops tagging once a newer one has started, and its result is empty', async () => {
    const yaml = 'merges:\n  - into: Q232\n    from: [local:PER:nobody_here]\n';
    const indexed: IndexedEntityIds[] = files.map((file) => ({ path: file, ids: ['Q232'] }));
    assert.ok(indexed.length >= 3, 'several articles hold the entity merged into');
    const tagged: string[] = [];
    const tagging = (file: string): Promise<ReadonlySet<string>> => {
      tagged.push(file);
      return Promise.resolve(new Set<string>());
    };
    assert.equal((await staleDecisionProblems(yaml, indexed, tagging)).length, 1, 'the whole check tags every candidate and warns');
    assert.equal(tagged.length, indexed.length);
    tagged.length = 0;
    const problems = await staleDecisionProblems(yaml, indexed, tagging, { superseded: () => tagged.length >= 1 });
    assert.deepEqual(problems, []);
    assert.equal(tagged.length, 1, 'no article is tagged after the check is superseded');
    tagged.length = 0;
    assert.deepEqual(await staleDecisionProblems(yaml, indexed, tagging, { superseded: () => true }), []);
    assert.equal(tagged.length, 0, 'a check superseded before it starts tags nothing');
  });

  it('a long check gives the event loop back between slices; without slices it runs straight through', async () => {
    const yaml = 'merges:\n  - into: Q232\n    from: [local:PER:nobody_here]\n';
    const indexed: IndexedEntityIds[] = Array.from({ length: 2000 }, (_, i) => ({ path: `/corpus/${String(i)}.txt`, ids: ['Q232', `local:PER:p${String(i)}`] }));
    const turnsDuring = async (options: Parameters<typeof staleDecisionProblems>[3]): Promise<number> => {
      let turns = 0;
      let running = true;
      const turn = (): void => { if (running) { turns++; setImmediate(turn); } };
      setImmediate(turn);
      const problems = await staleDecisionProblems(yaml, indexed, () => Promise.resolve(new Set<string>()), options);
      running = false;
      assert.equal(problems.length, 1, 'the stale id is found either way');
      return turns;
    };
    assert.equal(await turnsDuring({}), 0);
    assert.ok(await turnsDuring({ slices: new TimeSlices(0) }) > 10, 'other tasks run while the check goes on');
  });

  it('a malformed file reports its YAML error only, and an empty one nothing', async () => {
    assert.deepEqual(await check('merges:\n  - into: Q232\n    from: [kb:x\n'), []);
    assert.deepEqual(await check(''), []);
  });
});

describe('core/knowledge: merge chains resolved once per id', () => {
  it('gives what mergedId gives, through chains and cycles', () => {
    const { decisions } = parseEntityDecisions([
      'merges:',
      '  - into: kb:c',
      '    from: [kb:b]',
      '  - into: kb:b',
      '    from: [kb:a]',
      '  - into: kb:x',
      '    from: [kb:y]',
      '  - into: kb:y',
      '    from: [kb:x]',
      '  - into: kb:d',
      '    from: [kb:a]',
      '',
    ].join('\n'));
    const target = mergeTargets(decisions);
    for (const id of ['kb:a', 'kb:b', 'kb:c', 'kb:x', 'kb:y', 'kb:d', 'kb:unnamed', 'kb:a']) assert.equal(target(id), mergedId(id, decisions), id);
    assert.equal(target('kb:a'), 'kb:c');
  });
});

describe('core/knowledge: place ids of the form before 2026-12-01', () => {
  it('read as today\'s; today\'s ids, ids of other kinds and ids a split made stay as they are', () => {
    assert.equal(currentEntityId('local:LOC:otradno'), 'local:LOC:otrdn');
    assert.equal(currentEntityId('local:LOC:otrdn'), 'local:LOC:otrdn');
    assert.equal(currentEntityId('local:LOC:otradno#2'), 'local:LOC:otradno#2');
    assert.equal(currentEntityId('local:PER:arlan_kalav'), 'local:PER:arlan_kalav');
    assert.equal(currentEntityId('Q232'), 'Q232');
  });

  it('every local place id the tagger gives real sentences is its own current form, and its old form leads to it', async () => {
    await loadShippedModelAsync();
    const sentences: [string, 'ru' | 'kk' | 'az'][] = [
      // Towns the knowledge base does not list (Исфара and Лисаковск, here before, are in sources/towns.json since).
      ['Жители Канибадама и Хорога вышли на площадь в Канибадаме.', 'ru'],
      ['Қанибадамда және Хорогта наразылық болды.', 'kk'],
      ['Kanibadamda və Xoroqda etiraz oldu.', 'az'],
      ['Акция прошла в селе Отрадное Павлодарской области.', 'ru'],
      ['Акция прошла в городе Зыряновске и в селе Отрадное.', 'ru'],
      ['Активисты из Экибастуза приехали в Аксу.', 'ru'],
      ['Екібастұз қаласының белсенділері Ақсуға келді.', 'kk'],
      // Villages (Қарақалпақстан and Шыңжаң, here before, are in sources/regions.json since).
      ['Жители Кенжеколя вышли к акимату в Кенжеколе.', 'ru'],
      ['Қоғамдық белсенділер Шелек ауылында жиналды.', 'kk'],
    ];
    // The project's own parallel news sentences (test/quality/parallel), in kk, ru and az.
    for (const set of ['triples.tsv', 'heldout.tsv', 'heldout2.tsv']) {
      for (const line of readFileSync(path.join(REPO_ROOT, 'test', 'quality', 'parallel', set), 'utf8').split('\n')) {
        const [id, , kk, ru, az] = line.split('\t');
        if (id === undefined || id.startsWith('#') || az === undefined) continue;
        sentences.push([kk ?? '', 'kk'], [ru ?? '', 'ru'], [az, 'az']);
      }
    }
    let places = 0;
    for (const [text, lang] of sentences) {
      for (const span of tag(text, { lang }).spans) {
        if (span.entityId?.startsWith('local:LOC:') !== true) continue;
        places++;
        assert.equal(currentEntityId(span.entityId), span.entityId, `${span.text}: ${span.entityId}`);
        const old = `local:LOC:${placeNameKey(span.canonical ?? span.text, lang).replace(/ /gu, '_')}`;
        assert.equal(currentEntityId(old), span.entityId, `${span.text}: ${old}`);
      }
    }
    assert.ok(places >= 10, `local places found: ${String(places)}`);
  });

  it('a merge naming an old id keeps it among the ids it merges; a split\'s own ids are not read anew', () => {
    const { decisions } = parseEntityDecisions('merges:\n  - into: local:LOC:otradno\n    from: [local:LOC:sagmanta, local:LOC:otradno#2]\nsplits:\n  - from: local:LOC:otradno\n    to: local:LOC:otradno#2\n    mentions: [{text: Отрадное}]\n');
    assert.deepEqual(decisions.merges, [{ into: 'local:LOC:otrdn', from: ['local:LOC:sgmnt', 'local:LOC:otradno#2', 'local:LOC:sagmanta', 'local:LOC:otradno'] }]);
    assert.equal(decisions.splits[0]?.from, 'local:LOC:otrdn');
    assert.equal(decisions.splits[0]?.to, 'local:LOC:otradno#2');
  });
});
