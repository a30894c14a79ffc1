import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { splitArticle } from '../../../../src/core/article/frontMatterBlock';
import { writeArticle, type WriteResult } from '../../../../src/core/metadata/writeArticle';

export function written(text: string, file = 'article.txt'): string {
  const result = writeArticle(text, file);
  assert.equal(result.status, 'changed', JSON.stringify(result.problems));
  return (result as Extract<WriteResult, { status: 'changed' }>).newText;
}

export function frontMatterOf(text: string): Record<string, unknown> {
  const yaml = splitArticle(text).frontMatter?.yaml;
  assert.ok(yaml !== undefined, 'the text has front matter');
  return parse(yaml, { merge: true }) as Record<string, unknown>;
}
