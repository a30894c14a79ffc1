import * as assert from 'node:assert/strict';
import { tagArticleText } from '../../../../src/core/decisions/articleTags';
import type { AnnotatedDocument } from '../../../../src/core/formats/document';
import { documentFromArticle } from '../../../../src/core/formats/fromArticle';
import { importDocument } from '../../../../src/core/formats/importDocument';
import { checkArticle } from '../../../../src/core/metadata/checkArticle';
import { recordDecisions, writeArticle } from '../../../../src/core/metadata/writeArticle';
import { tag } from '../../../../src/core/tagging/tag';
import { IMPORT_FORMATS, seedText, throughFormat } from './helpers';

const NAME = '001_eb5c65e7f4da4a69.txt';

function created(document: AnnotatedDocument, mode: 'gold' | 'suggestions'): string {
  const outcome = importDocument(document, undefined, NAME, mode, tag, false);
  assert.equal(outcome.status, 'create');
  return outcome.status === 'create' ? outcome.newText : '';
}

describe('core/formats: imported suggestions are pending tags the curator reviews', () => {
  const body = seedText(NAME);
  const word = 'делегация';
  const start = body.indexOf(word);
  const document: AnnotatedDocument = { meta: { id: '001_eb5c65e7f4da4a69' }, text: body, spans: [{ start, end: start + word.length, label: 'ORG', text: word, name: 'Делегация РК' }] };

  it('a suggestion the engine does not make is kept in curation.suggested and shows as pending', () => {
    const text = created(document, 'suggestions');
    assert.match(text, /^ {2}decisions:\n {4}- \{suggest: ORG, name: Делегация РК, text: делегация\}$/mu);
    assert.deepEqual(checkArticle(text, NAME).filter((problem) => problem.severity === 'error'), []);
    const found = tagArticleText(text, NAME, tag).tags.filter((item) => item.name === 'Делегация РК');
    assert.ok(found.length > 0 && found.every((item) => item.status === 'pending'));
    assert.equal(writeArticle(text, NAME, tag).status, 'unchanged');
  });

  it('accepting it records the decision; rejecting it removes it for good', () => {
    const text = created(document, 'suggestions');
    const accepted = recordDecisions(text, NAME, [{ type: 'accept', kind: 'ORG', name: 'Делегация РК' }], tag);
    assert.equal(accepted.status, 'changed');
    const acceptedText = accepted.status === 'changed' ? accepted.newText : '';
    assert.ok(tagArticleText(acceptedText, NAME, tag).tags.filter((item) => item.name === 'Делегация РК').every((item) => item.status === 'accepted'));
    const rejected = recordDecisions(text, NAME, [{ type: 'reject', kind: 'ORG', name: 'Делегация РК' }], tag);
    const rejectedText = rejected.status === 'changed' ? rejected.newText : '';
    assert.doesNotMatch(rejectedText, /suggest:/u);
    assert.ok(!tagArticleText(rejectedText, NAME, tag).tags.some((item) => item.name === 'Делегация РК'));
  });

  it('as gold, the same span is an added, accepted tag', () => {
    const text = created(document, 'gold');
    // An added tag is accepted: one line says both (the format before 2026-11-30 wrote a second, `accepted`, line).
    assert.match(text, /^ {4}- \{add: ORG, name: Делегация РК, text: делегация\}$/mu);
    assert.ok(tagArticleText(text, NAME, tag).tags.some((item) => item.name === 'Делегация РК' && item.status === 'accepted'));
  });

  for (const format of IMPORT_FORMATS) {
    it(`${format}: an article with a suggestion goes out and comes back the same, byte for byte`, () => {
      const original = created(document, 'suggestions');
      const exported = documentFromArticle(original, NAME, tag, { tags: 'all', withoutBoilerplate: false });
      const { documents, problems } = throughFormat(format, [exported]);
      assert.deepEqual(problems, []);
      const again = importDocument(documents[0] ?? exported, undefined, NAME, 'suggestions', tag, false);
      assert.equal(again.status === 'create' ? again.newText : '', original);
    });
  }
});
