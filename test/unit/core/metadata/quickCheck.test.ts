import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkArticle } from '../../../../src/core/metadata/checkArticle';
import { isCleanArticle } from '../../../../src/core/metadata/quickCheck';
import { writeArticle } from '../../../../src/core/metadata/writeArticle';
import { SEED_NAMES, SEEDS } from '../../paths';

/** Variants of a written article: clean, and with the problems check reports. */
function variants(written: string): string[] {
  return [
    written,
    written.replace(/^id: .*$/mu, "id: 'other'"),
    written.replace(/^language: .*$/mu, 'language: xx'),
    written.replace(/^title: .*\n/mu, ''),
    written.replace(/^published: .*$/mu, "published: '2024-13-45'"),
    written.replace(/^---\n/u, '---\nextra_key: 1\n'),
    written.replace(/^---\n/u, '---\nid: dup\n'),
    written.replace(/^---\n/u, '---\nanchor: &a 1\nalias: *a\n'),
    written.replace(/\n---\n/u, '\n'),
    written.replace(/^---\n[\s\S]*?\n---\n/u, ''),
    written.replace(/^title: (.*)$/mu, 'title: "unclosed'),
  ];
}

describe('core/metadata/quickCheck', () => {
  it('calls an article clean only when check finds no problem, and every written seed clean', () => {
    let clean = 0;
    for (const name of SEED_NAMES) {
      const file = path.join(SEEDS, name);
      const result = writeArticle(readFileSync(file, 'utf8'), file);
      assert.equal(result.status, 'changed');
      if (result.status !== 'changed') continue;
      for (const text of variants(result.newText)) {
        const problems = checkArticle(text, file);
        if (!isCleanArticle(text, file)) continue;
        clean++;
        assert.deepEqual(problems, [], `quick check called clean: ${text.slice(0, 200)}`);
      }
    }
    assert.ok(clean >= SEED_NAMES.length, `every written seed is clean (${clean})`);
  });
});
