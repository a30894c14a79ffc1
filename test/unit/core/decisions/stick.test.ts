import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { splitArticle } from '../../../../src/core/article/frontMatterBlock';
import { recordDecisions, writeArticle } from '../../../../src/core/metadata/writeArticle';
import { SEEDS } from '../../paths';

const NAME = '001_eb5c65e7f4da4a69.txt';
const SEED = readFileSync(path.join(SEEDS, NAME), 'utf8');

function decided(text: string, ...decisions: Parameters<typeof recordDecisions>[2]): string {
  const result = recordDecisions(text, NAME, decisions);
  assert.equal(result.status, 'changed');
  return result.status === 'changed' ? result.newText : text;
}

function metadata(text: string): Record<string, unknown> {
  return parse(splitArticle(text).frontMatter?.yaml ?? '') as Record<string, unknown>;
}

describe('core/curation: decisions that stick', () => {
  it('records accept and reject one line each, in a stable order, and keeps the body', () => {
    const text = decided(SEED, { type: 'reject', kind: 'ORG', name: '24KZ' }, { type: 'accept', kind: 'PER', name: 'Эльвира Азимова' }, { type: 'accept', kind: 'LOC', name: 'Женева' });
    assert.ok(text.endsWith(SEED));
    // The decision format changed on 2026-11-30: one `decisions` list, `{verb: KIND, name}` a line.
    assert.match(splitArticle(text).frontMatter?.yaml ?? '', /^ {2}decisions:\n {4}- \{reject: ORG, name: 24KZ\}\n {4}- \{accept: LOC, name: Женева\}\n {4}- \{accept: PER, name: Эльвира Азимова\}$/mu);
  });

  it('a rejected tag never comes back, and later runs change nothing', () => {
    const text = decided(SEED, { type: 'reject', kind: 'ORG', name: '24KZ' });
    const organizations = (metadata(text).organizations as { name: string }[]).map((entry) => entry.name);
    assert.ok(!organizations.includes('24KZ'));
    assert.equal(writeArticle(text, NAME).status, 'unchanged');
  });

  it('accepting after rejecting moves the tag, and a correction renames it everywhere', () => {
    const rejected = decided(SEED, { type: 'reject', kind: 'LOC', name: 'Женева' });
    const accepted = decided(rejected, { type: 'accept', kind: 'LOC', name: 'Женева' });
    assert.deepEqual((metadata(accepted).curation as { decisions?: unknown }).decisions, [{ accept: 'LOC', name: 'Женева' }]);
    const corrected = decided(accepted, { type: 'correct', kind: 'ORG', from: 'ООН', to: 'Организация Объединённых Наций' });
    const names = (metadata(corrected).organizations as { name: string }[]).map((entry) => entry.name);
    assert.ok(names.includes('Организация Объединённых Наций') && !names.includes('ООН'));
  });

  it('a tag the curator added is found in the text and written', () => {
    const text = decided(SEED, { type: 'add', kind: 'EVENT', name: 'Сегмент лидеров ООН высокого уровня', text: 'Сегменте лидеров ООН высокого уровня' });
    const events = (metadata(text).events as { name: string; mentions: number }[]);
    assert.deepEqual(events.map((event) => [event.name, event.mentions]), [['Сегмент лидеров ООН высокого уровня', 1]]);
  });
});
