import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { splitArticle } from '../../../../src/core/article/frontMatterBlock';
import { readDecisions } from '../../../../src/core/decisions/read';
import { quickFrontMatterValue } from '../../../../src/core/frontmatter/quickRead';
import { ENTITY_FIELDS } from '../../../../src/core/kinds';
import { writeArticle } from '../../../../src/core/metadata/writeArticle';
import { entityChanges } from '../../../../src/core/review/entities';
import { countSchemaErrors } from '../../../../src/core/schema/validate';
import { fingerprint } from '../../../../src/core/text/fingerprint';
import { SEEDS } from '../../paths';
import { frontMatterOf, written } from './helpers';

const LIST_FIELDS = new Set<string>(Object.values(ENTITY_FIELDS));

/**
 * The front matter an earlier version wrote for the same article: every entity with its `forms`
 * (the name alone included), and the fingerprints of those values as a block of one key a line.
 */
function oldShape(text: string): string {
  const value = frontMatterOf(text);
  const generated = { ...(value.curation as { generated: Record<string, string> }).generated };
  for (const field of Object.keys(value)) {
    if (!LIST_FIELDS.has(field) || !Array.isArray(value[field])) continue;
    generated[field] = fingerprint((value[field] as Record<string, unknown>[]).map((entry) => {
      const { mentions, forms, ...rest } = entry;
      return { ...rest, forms: forms ?? [entry.name], mentions };
    }));
  }
  return text
    .replace(/^( {2}- \{name: ([^,]+),(?:(?!forms: ).)*?)(mentions: \d+\})$/gmu, (_, head: string, entryName: string, mentions: string) => `${head}forms: [${entryName}], ${mentions}`)
    .replace(/^ {2}generated: \{.*\}$/mu, () => `  generated:\n${Object.entries(generated).map(([field, hash]) => `    ${field}: ${/^\d+(?:e\d+)?$/u.test(hash) ? `"${hash}"` : hash}`).join('\n')}`);
}

describe('core/metadata: a front matter as short as its information allows', () => {
  const seeds = readdirSync(SEEDS).sort().map((name) => ({ name, text: written(readFileSync(path.join(SEEDS, name), 'utf8'), name) }));

  it('writes the fingerprints on one line and leaves out forms that are only the name', () => {
    for (const { name, text } of seeds) {
      const yaml = splitArticle(text).frontMatter?.yaml ?? '';
      assert.match(yaml, /^curation:\n {2}generated: \{id: /mu, name);
      assert.doesNotMatch(yaml, /^ {4}\w+: "?[0-9a-f]{8}"?$/mu, `${name}: a fingerprint on a line of its own`);
      for (const line of yaml.split('\n')) {
        const entry = /^ {2}- \{name: ([^,]+),.*forms: \[([^\]]+)\]/u.exec(line);
        if (entry) assert.notEqual(entry[2], entry[1], `${name}: forms repeat the name in ${line}`);
      }
      const value = quickFrontMatterValue(yaml);
      assert.ok(value, `${name}: the index's quick reader reads the new shape`);
      assert.equal(countSchemaErrors(value), 0, `${name}: the schema accepts the new shape`);
    }
  });

  it('turns a front matter of the earlier shape into the new one in one write, and then changes nothing', () => {
    for (const { name, text } of seeds) {
      const old = oldShape(text);
      assert.notEqual(old, text);
      assert.equal(countSchemaErrors(frontMatterOf(old)), 0, `${name}: the schema still accepts the earlier shape`);
      const converted = writeArticle(old, name);
      assert.equal(converted.status, 'changed', name);
      if (converted.status !== 'changed') continue;
      assert.equal(converted.newText, text, `${name}: one write gives what a first write gives`);
      assert.equal(writeArticle(converted.newText, name).status, 'unchanged', `${name}: a second write changes nothing`);
    }
  });

  it('reviews an entity whose forms are left out as the same entity as one that lists its name', () => {
    const { text } = seeds[0] ?? { text: '' };
    const now = frontMatterOf(text);
    const before = frontMatterOf(oldShape(text));
    const changes = entityChanges(before, now, readDecisions(before), readDecisions(now));
    assert.deepEqual(changes, []);
  });
});
