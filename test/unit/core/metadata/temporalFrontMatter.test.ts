import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { tagArticleText } from '../../../../src/core/decisions/articleTags';
import { writeArticle } from '../../../../src/core/metadata/writeArticle';
import { checkArticle } from '../../../../src/core/metadata/checkArticle';
import { tag } from '../../../../src/core/tagging/tag';
import { REPO_ROOT } from '../../paths';
import { frontMatterOf, written } from './helpers';

const BODY = 'Суд в Алматы вчера продлил арест журналиста на 2 месяца. В среду его адвокат подал жалобу, а в прошлом году дело уже рассматривалось.\n';

function schemaMessages(yaml: string): string[] {
  return checkArticle(`---\n${yaml}---\nТекст.\n`, 'a.txt').map((problem) => problem.message);
}

function rerun(text: string): string {
  const result = writeArticle(text, 'a.txt');
  return result.status === 'changed' ? result.newText : text;
}

describe('core/metadata: published, its source, and the dates front matter', () => {
  it('a dateline anchors relative dates: published, published_from and dates with kinds and counts', () => {
    const text = written(`Заголовок о суде\n\nАстана, 29 мая 2024 — ${BODY}`, 'a.txt');
    const metadata = frontMatterOf(text);
    assert.equal(metadata.published, '2024-05-29');
    assert.equal(metadata.published_from, 'dateline');
    assert.deepEqual(metadata.dates, [
      { value: '2023', kind: 'DATE', mentions: 1, relative: true },
      { value: '2024-05-28', kind: 'DATE', mentions: 1, relative: true },
      { value: '2024-05-29', kind: 'DATE', mentions: 2, relative: true },
      { value: 'P2M', kind: 'DURATION', mentions: 1 },
    ]);
    assert.equal(rerun(text), text, 'a second run changes nothing');
  });

  it('a byline date anchors them when there is no dateline, and is not taken for an author', () => {
    const metadata = frontMatterOf(written(`Заголовок о суде\n\n${BODY}\nАвтор: Жанат Эрнст, 3 июня 2024\n`, 'b.txt'));
    assert.equal(metadata.published, '2024-06-03');
    assert.equal(metadata.published_from, 'byline');
    assert.deepEqual(metadata.authors, ['Жанат Эрнст']);
  });

  it('a published date set by hand is kept, marked hand, and re-anchors the relative dates', () => {
    const first = written(`Заголовок о суде\n\nАстана, 29 мая 2024 — ${BODY}`, 'a.txt');
    const edited = first.replace("published: '2024-05-29'", "published: '2024-06-14'");
    const second = rerun(edited);
    const metadata = frontMatterOf(second);
    assert.equal(metadata.published, '2024-06-14');
    assert.equal(metadata.published_from, 'hand');
    assert.ok((metadata.dates as { value: string }[]).some((entry) => entry.value === '2024-06-13'), 'вчера is now the day before the hand date');
    assert.equal(rerun(second), second, 'and a further run changes nothing');
  });

  it('without an anchor, relative expressions are left out of dates rather than guessed', () => {
    const metadata = frontMatterOf(written(`Заголовок о суде\n\n${BODY}`, 'c.txt'));
    assert.equal(metadata.published, undefined);
    assert.deepEqual(metadata.dates, [{ value: 'P2M', kind: 'DURATION', mentions: 1 }]);
  });

  it('an impossible date is never written as a value', () => {
    const metadata = frontMatterOf(written('Заголовок\n\nЗаседание назначено на 31 февраля 2024 года.\n', 'd.txt'));
    assert.equal(metadata.dates, undefined);
  });

  it('the schema accepts TIMEX3 values and refuses others', () => {
    const ok = "id: a\nlanguage: ru\nstatus: draft\npublished: '2024-05-29'\npublished_from: dateline\ndates:\n  - {value: '199', kind: DATE, mentions: 1}\n  - {value: '2024-W22', kind: DATE, mentions: 1}\n  - {value: 'XXXX-XX-XXT10:00', kind: TIME, mentions: 1}\n  - {value: 'P3Y', kind: DURATION, mentions: 2}\n  - {value: 'XXXX-WXX-3', kind: SET, mentions: 1}\n";
    assert.deepEqual(schemaMessages(ok), []);
    const bad = "id: a\nlanguage: ru\nstatus: draft\npublished_from: rumour\ndates:\n  - {value: '2024-02-31', kind: DATE, mentions: 1}\n  - {value: 'soon', kind: TIME, mentions: 0}\n";
    const messages = schemaMessages(bad);
    assert.ok(messages.some((message) => message.startsWith("published_from: 'rumour' is not one of")), messages.join('\n'));
    assert.ok(messages.some((message) => message.includes("'2024-02-31' is not a TIMEX3 value")), messages.join('\n'));
    assert.ok(messages.some((message) => message.includes("'soon' is not a TIMEX3 value")), messages.join('\n'));
  });

  it('tags a seed article with its dateline as the anchor the editor and hover use', () => {
    const file = path.join(REPO_ROOT, 'seeds', '003_c55b704b24c84185.txt');
    const tags = tagArticleText(readFileSync(file, 'utf8'), file, tag);
    assert.deepEqual(tags.publication, { value: '2026-02-27', source: 'dateline' });
  });
});
