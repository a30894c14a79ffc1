import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { splitArticle } from '../../../../src/core/article/frontMatterBlock';
import { setStatus } from '../../../../src/core/metadata/setStatus';
import { fencedFrontMatter } from '../../../../src/core/frontmatter/fence';
import { recordDecisions, writeArticle } from '../../../../src/core/metadata/writeArticle';
import { changeLine, summaryLine } from '../../../../src/core/review/describe';
import { diffArticle } from '../../../../src/core/review/diffArticle';
import type { Change } from '../../../../src/core/review/types';
import { versionFromText } from '../../../../src/core/review/version';
import { versionFromBytes } from '../../../../src/core/review/versionBytes';
import { SEEDS } from '../../paths';

const NAME = '001_eb5c65e7f4da4a69.txt';

function written(name: string): string {
  const seed = readFileSync(path.join(SEEDS, name), 'utf8');
  const result = writeArticle(seed, name);
  assert.equal(result.status, 'changed');
  return result.status === 'changed' ? result.newText : seed;
}

function changed(result: ReturnType<typeof writeArticle>): string {
  assert.equal(result.status, 'changed', JSON.stringify(result.problems));
  return result.status === 'changed' ? result.newText : '';
}

/** A hand edit of the front matter through the yaml Document, the body kept. */
function handEdit(text: string, edit: (document: ReturnType<typeof parseDocument>) => void): string {
  const split = splitArticle(text);
  const document = parseDocument(split.frontMatter?.yaml ?? '');
  edit(document);
  return fencedFrontMatter(document, split.eol) + split.body;
}

function changes(before: string, after: string): Change[] {
  return diffArticle(NAME, versionFromText(before), versionFromText(after)).changes;
}

const lines = (list: readonly Change[]): string[] => list.map(changeLine);

/** How many entries each entity list of a written article has: `+N PER, +N ORG, +N LOC`. */
function entityCounts(text: string, sign: string): string {
  const document = parseDocument(splitArticle(text).frontMatter?.yaml ?? '');
  const count = (key: string): number => { const list: unknown = document.get(key, true); return isSeq(list) ? list.items.length : 0; };
  return `${sign}${count('people')} PER, ${sign}${count('organizations')} ORG, ${sign}${count('places')} LOC`;
}

/** The index of the entry named `name` in an entity list of a written article. */
function entryIndex(text: string, key: string, name: string): number {
  const list: unknown = parseDocument(splitArticle(text).frontMatter?.yaml ?? '').get(key, true);
  const index = isSeq(list) ? list.items.findIndex((item) => isMap(item) && item.get('name') === name) : -1;
  assert.ok(index >= 0, `${name} is in ${key}`);
  return index;
}

describe('core/review: the semantic diff of an article on real seed front matter', () => {
  const base = written(NAME);

  it('two equal versions have no change; a re-run of the writer neither', () => {
    assert.deepEqual(changes(base, base), []);
    assert.equal(writeArticle(base, NAME).status, 'unchanged');
  });

  it('an article that gets its front matter for the first time: every entity added, a note says so', () => {
    const seed = readFileSync(path.join(SEEDS, NAME), 'utf8');
    const diff = diffArticle(NAME, versionFromText(seed), versionFromText(base));
    assert.deepEqual(diff.notes, ['front matter written for the first time']);
    assert.ok(lines(diff.changes).includes('+ PER Эльвира Азимова [kb:elvira-azimova]'));
    assert.ok(lines(diff.changes).includes('+ LOC Женева [Q71]'));
    assert.ok(lines(diff.changes).includes('status: (absent) → draft'));
    assert.ok(summaryLine(diff).startsWith(`${entityCounts(base, '+')}, (absent) → draft, `), summaryLine(diff));
  });

  it('rejecting a tag: the entity removed and the decision made', () => {
    const after = changed(recordDecisions(base, NAME, [{ type: 'reject', kind: 'LOC', name: 'Женева' }]));
    assert.deepEqual(lines(changes(base, after)), ['− LOC Женева [Q71]', 'decision: rejected LOC Женева']);
  });

  it('accepting a rejected tag back: a reversal that says what the decision is now, and the entity returns', () => {
    const rejected = changed(recordDecisions(base, NAME, [{ type: 'reject', kind: 'LOC', name: 'Женева' }]));
    const accepted = changed(recordDecisions(rejected, NAME, [{ type: 'accept', kind: 'LOC', name: 'Женева' }]));
    const found = changes(rejected, accepted);
    assert.deepEqual(lines(found), ['+ LOC Женева [Q71]', 'decision: accepted LOC Женева', 'decision reversed: rejected LOC Женева (now accepted)']);
    const withdrawn = changes(accepted, rejected);
    assert.ok(lines(withdrawn).includes('decision reversed: accepted LOC Женева (now rejected)'));
  });

  it('a correction renames an entity (with its id) and does not count as reversing an acceptance', () => {
    const accepted = changed(recordDecisions(base, NAME, [{ type: 'accept', kind: 'ORG', name: 'ООН' }]));
    const corrected = changed(recordDecisions(accepted, NAME, [{ type: 'correct', kind: 'ORG', from: 'ООН', to: 'Организация Объединённых Наций' }]));
    const found = changes(accepted, corrected);
    assert.deepEqual(lines(found), [
      '~ ORG ООН renamed Организация Объединённых Наций [Q1065]',
      // A correction accepts what it names: no second line says so (the format before 2026-11-30 wrote one).
      'decision: corrected ORG ООН → Организация Объединённых Наций',
    ]);
    assert.ok(!found.some((change) => change.type === 'decision-reversed'));
  });

  it('a correction into an entity that already exists is a merge', () => {
    const merged = changed(recordDecisions(base, NAME, [{ type: 'correct', kind: 'PER', from: 'Жанат Эрнст', to: 'Эльвира Азимова' }]));
    const found = changes(base, merged);
    assert.equal(lines(found)[0], '~ PER Жанат Эрнст merged into Эльвира Азимова [kb:elvira-azimova]');
    assert.equal(summaryLine(diffArticle(NAME, versionFromText(base), versionFromText(merged))), '1 renamed, 1 decision');
  });

  it('a tag the curator added: the entity appears and the decision is listed', () => {
    const after = changed(recordDecisions(base, NAME, [{ type: 'add', kind: 'EVENT', name: 'Сессия СПЧ', text: 'Совете ООН по правам человека' }]));
    const found = lines(changes(base, after));
    assert.ok(found.includes('+ EVENT Сессия СПЧ'), found.join('\n'));
    assert.ok(found.includes('decision: added EVENT Сессия СПЧ «Совете ООН по правам человека»'));
  });

  it('a status change, draft → reviewed, in the one-line summary', () => {
    const after = changed(setStatus(base, NAME, 'reviewed'));
    const diff = diffArticle(NAME, versionFromText(base), versionFromText(after));
    assert.deepEqual(lines(diff.changes), ['status: draft → reviewed']);
    assert.equal(summaryLine(diff), 'draft → reviewed');
  });

  it('an entity re-linked to another Wikidata id, and an entity dropped that the curator had accepted', () => {
    const accepted = changed(recordDecisions(base, NAME, [{ type: 'accept', kind: 'PER', name: 'Эймон Гилмор' }]));
    const after = handEdit(accepted, (document) => {
      document.setIn(['places', entryIndex(accepted, 'places', 'Женева'), 'wikidata'], 'Q11990');
      const people: unknown = document.get('people', true);
      assert.ok(isSeq(people));
      people.items = people.items.filter((item) => !(isMap(item) && item.get('name') === 'Эймон Гилмор'));
    });
    const found = changes(accepted, after);
    assert.deepEqual(lines(found), [
      '− PER Эймон Гилмор [kb:eamon-gilmore] (the curator had accepted it, and no decision removed it)',
      '~ LOC Женева: wikidata Q71 → Q11990',
    ]);
  });

  it('published and dates changed, boilerplate changed, and keys this version does not know', () => {
    const seed3 = '003_c55b704b24c84185.txt';
    const before = written(seed3);
    const after = handEdit(before, (document) => {
      document.set('published', '2026-02-28');
      document.deleteIn(['boilerplate', 4]);
      document.set('dates', { published: { value: '2026-02-28', source: 'dateline' } });
      document.set('license', 'CC BY 4.0');
      document.setIn(['authors'], ['Айгүл Сапарова']);
    });
    const found = lines(diffArticle(seed3, versionFromText(before), versionFromText(after)).changes);
    const partners: unknown = parseDocument(splitArticle(before).frontMatter?.yaml ?? '').getIn(['boilerplate', 4, 'lines', 0]);
    assert.deepEqual(found, [
      'published: 2026-02-27 → 2026-02-28',
      '+ authors: Айгүл Сапарова',
      '− date 2025',
      '− date 2026',
      '− date P20Y',
      '− date P30Y',
      '− date P35Y',
      'dates.published: (absent) → {value: 2026-02-28, source: dateline}',
      `− boilerplate lines ${String(partners)}–${String(partners)} partners`,
      'license: (absent) → CC BY 4.0',
    ]);
  });

  it('a change to the body is flagged, with the line where it starts', () => {
    const { bodyStart } = splitArticle(base);
    const after = base.slice(0, bodyStart) + base.slice(bodyStart).replace('Эльвира Азимова', 'Эльвира Азимова-Иванова');
    const found = changes(base, after);
    assert.equal(found[0]?.type, 'body-changed');
    assert.match(changeLine(found[0] as Change), /^BODY CHANGED at line \d+: \+1 −1 lines/u);
    const line = base.slice(0, bodyStart).split('\n').length + base.slice(bodyStart).split('\n').findIndex((text) => text.includes('Эльвира Азимова'));
    assert.equal((found[0] as Extract<Change, { type: 'body-changed' }>).firstLine, line);
  });

  it('bad input: conflict markers, unreadable YAML, binary and non-UTF-8 bytes, a deleted file', () => {
    const conflicted = base.replace('status: draft\n', '<<<<<<< HEAD\nstatus: draft\n=======\nstatus: reviewed\n>>>>>>> theirs\n');
    const conflict = diffArticle(NAME, versionFromText(base), versionFromText(conflicted));
    assert.equal(conflict.state, 'conflict');
    assert.match(conflict.notes[0] ?? '', /merge-conflict markers in the front matter \(line \d+, new version\)/u);
    const broken = diffArticle(NAME, versionFromText(base), versionFromText(base.replace('status: draft', 'status: [draft')));
    assert.equal(broken.state, 'unreadable');
    assert.match(broken.notes[0] ?? '', /new version: front matter is not valid YAML \(line \d+: /u);
    const binary = diffArticle(NAME, versionFromText(base), versionFromBytes(new Uint8Array([0x2d, 0x00, 0x01])));
    assert.match(binary.notes[0] ?? '', /binary file \(NUL byte at byte 1\)/u);
    const latin1 = diffArticle(NAME, versionFromBytes(new Uint8Array([0x41, 0xe9, 0x41])), versionFromText(base));
    assert.match(latin1.notes[0] ?? '', /old version: not valid UTF-8 \(at byte 1\)/u);
    const deleted = diffArticle(NAME, versionFromText(base), undefined);
    assert.equal(deleted.state, 'deleted');
    assert.ok(summaryLine(deleted).startsWith(`deleted, ${entityCounts(base, '−')}`), summaryLine(deleted));
  });
});
