import * as assert from 'node:assert/strict';
import { checkArticle } from '../../../../src/core/metadata/checkArticle';
import { LineIndex } from '../../../../src/core/text/lineIndex';

const BODY = 'Текст статьи.\n';

function problemsOf(yaml: string, file = 'a.txt'): { line: number; column: number; message: string; code: string; fix?: string }[] {
  const text = `---\n${yaml}---\n${BODY}`;
  const index = new LineIndex(text);
  return checkArticle(text, file).map((problem) => {
    const { line, character } = index.positionAt(problem.start);
    return { line: line + 1, column: character + 1, message: problem.message, code: problem.code, ...(problem.fix ? { fix: text.slice(0, problem.fix.start) + problem.fix.newText + text.slice(problem.fix.end) } : {}) };
  });
}

describe('core/schema/validate', () => {
  it('says what is wrong with a date, at the key', () => {
    const [problem] = problemsOf("id: a\nlanguage: ru\nstatus: draft\npublished: '2024-13-01'\n");
    assert.deepEqual({ line: problem?.line, column: problem?.column, message: problem?.message },
      { line: 5, column: 1, message: "published: '2024-13-01' is not a date (month 13)" });
    assert.match(problemsOf("id: a\nlanguage: ru\nstatus: draft\npublished: '2023-02-29'\n")[0]?.message ?? '', /day 29; 2023-02 has 28 days/u);
  });

  it('names a missing required key', () => {
    assert.deepEqual(problemsOf('id: a\nstatus: draft\n').map((p) => p.message), ["missing required key 'language'"]);
  });

  it('offers a quick fix for a wrongly cased value', () => {
    const [problem] = problemsOf('id: a\nlanguage: KK\nstatus: Draft\n');
    assert.equal(problem?.message, "language: 'KK' is not one of kk, ru, az");
    assert.match(problem?.fix ?? '', /^language: kk$/mu);
  });

  it('points into lists: a bad Wikidata id of the second person', () => {
    const [problem] = problemsOf('id: a\nlanguage: ru\nstatus: draft\npeople:\n  - {name: A, mentions: 1}\n  - {name: B, wikidata: X12, mentions: 2}\n');
    assert.equal(problem?.message, "people[1].wikidata: 'X12' does not match ^Q[1-9][0-9]*$");
    assert.equal(problem?.line, 7);
  });

  it('warns when the id does not match the file name and offers the fix', () => {
    const [problem] = problemsOf('id: other\nlanguage: ru\nstatus: draft\n', 'corpus/kk/a.txt');
    assert.equal(problem?.code, 'id-mismatch');
    assert.match(problem?.fix ?? '', /^id: 'a'$/mu);
  });

  it('keeps unknown keys people write', () => {
    assert.deepEqual(problemsOf('id: a\nlanguage: az\nstatus: reviewed\nproject: pilot\nnotes: [x]\n'), []);
  });

  it('reports YAML syntax errors with their line', () => {
    const [problem] = problemsOf('id: a\nlanguage: [ru\n');
    assert.equal(problem?.code.startsWith('yaml-'), true);
    assert.ok((problem?.line ?? 0) >= 2);
  });
});
