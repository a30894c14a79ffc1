import * as assert from 'node:assert/strict';
import { splitArticle } from '../../../../src/core/article/frontMatterBlock';
import { writeArticle } from '../../../../src/core/metadata/writeArticle';
import type { Tagger } from '../../../../src/core/tagging/types';
import { frontMatterOf, written } from './helpers';

const ARTICLE = 'Заголовок статьи о правах человека\n\nКазахстан и ООН провели встречу в Женеве, передает корреспондент «24KZ».\n';

function rerun(text: string, tagger?: Tagger): string {
  const result = writeArticle(text, 'a.txt', tagger);
  return result.status === 'changed' ? result.newText : text;
}

describe('core/metadata: curated values win', () => {
  it('keeps a title edited by hand on a later run, and keeps its fingerprint to remember it', () => {
    const first = written(ARTICLE, 'a.txt');
    const edited = first.replace('title: Заголовок статьи о правах человека', 'title: Казахстан и ООН: встреча в Женеве # исправлено');
    assert.notEqual(edited, first);
    assert.equal(rerun(edited), edited);
  });

  it('does not bring back a generated field the curator deleted', () => {
    const first = written(ARTICLE, 'a.txt');
    const without = first.replace(/^source: 24KZ\n/mu, '');
    assert.equal(rerun(without), without);
  });

  it('keeps comments, quoting and the order of keys a person added', () => {
    const text = `---\n# curator notes\nproject: "HR-CA" # pilot\nzeta: 1\nalpha: 'two'\n---\n${ARTICLE}`;
    const result = written(text, 'a.txt');
    const yaml = splitArticle(result).frontMatter?.yaml ?? '';
    assert.match(yaml, /^# curator notes$/mu);
    assert.match(yaml, /^project: "HR-CA" # pilot$/mu);
    assert.ok(yaml.indexOf('zeta: 1') < yaml.indexOf("alpha: 'two'"), 'person-added key order is kept');
    assert.equal(rerun(result), result, 'idempotent');
  });

  it('updates a generated value the curator did not touch when the text changes', () => {
    const first = written(ARTICLE, 'a.txt');
    const retitled = first.replace('Заголовок статьи о правах человека\n\n', 'Новый заголовок статьи о правах\n\n');
    assert.equal(frontMatterOf(rerun(retitled)).title, 'Новый заголовок статьи о правах');
  });

  it('changes nothing but additions in a reviewed article, and never adds a rejected tag', () => {
    const spans: Tagger = (text) => ({
      lang: 'ru', script: 'Cyrl',
      spans: [
        { start: text.indexOf('Казахстан'), end: text.indexOf('Казахстан') + 9, kind: 'LOC', text: 'Казахстан', canonical: 'Казахстан', wikidata: 'Q232' },
        { start: text.indexOf('ООН'), end: text.indexOf('ООН') + 3, kind: 'ORG', text: 'ООН', canonical: 'ООН', wikidata: 'Q1065' },
        { start: text.indexOf('Женеве'), end: text.indexOf('Женеве') + 6, kind: 'LOC', text: 'Женеве', canonical: 'Женева' },
      ],
    });
    const first = rerun(`---\nstatus: reviewed\ntitle: Curated title\ncuration:\n  rejected:\n    - {kind: LOC, name: Женева}\n---\n${ARTICLE}`, spans);
    const metadata = frontMatterOf(first);
    assert.equal(metadata.title, 'Curated title');
    assert.deepEqual(metadata.places, [{ name: 'Казахстан', wikidata: 'Q232', mentions: 1 }]);
    assert.deepEqual(metadata.organizations, [{ name: 'ООН', wikidata: 'Q1065', mentions: 1 }]);
    assert.equal(rerun(first, spans), first, 'idempotent');
  });

  it('uses a corrected canonical form', () => {
    const spans: Tagger = () => ({ lang: 'ru', script: 'Cyrl', spans: [{ start: 0, end: 9, kind: 'LOC', text: 'Казахстана', canonical: 'Казахстана' }] });
    const text = rerun(`---\ncuration:\n  corrected:\n    - {kind: LOC, from: Казахстана, to: Казахстан}\n---\n${ARTICLE}`, spans);
    assert.deepEqual(frontMatterOf(text).places, [{ name: 'Казахстан', forms: ['Казахстана'], mentions: 1 }]);
  });
});
