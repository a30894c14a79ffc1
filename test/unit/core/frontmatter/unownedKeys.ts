import * as assert from 'node:assert/strict';
import { isMap, isScalar, type Node, parseDocument } from 'yaml';
import { splitArticle } from '../../../../src/core/article/frontMatterBlock';
import { writeArticle } from '../../../../src/core/metadata/writeArticle';
import { FIELD_ORDER } from '../../../../src/core/frontmatter/fields';

const OWNED = new Set<string>(FIELD_ORDER);

export const BODY = 'Астана қаласында адам құқықтары жөнінде форум өтті.\n';

/** The source text of each top-level pair whose key the writer does not own, and its value. */
function unownedPairs(yaml: string): { key: unknown; source: string }[] {
  const document = parseDocument(yaml, { intAsBigInt: true, merge: true });
  if (!isMap(document.contents)) return [];
  return document.contents.items.flatMap((pair) => {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    if (typeof key === 'string' && OWNED.has(key)) return [];
    const keyNode = pair.key as Node | null;
    const valueNode = pair.value as Node | null;
    const start = keyNode?.range?.[0] ?? valueNode?.range?.[0] ?? 0;
    const end = valueNode?.range?.[1] ?? keyNode?.range?.[1] ?? start;
    return [{ key, source: yaml.slice(start, end) }];
  });
}

function valueOf(yaml: string, key: unknown): unknown {
  const value = parseDocument(yaml, { intAsBigInt: true, merge: true }).toJS({ mapAsMap: true }) as Map<unknown, unknown>;
  return value.get(key);
}

/** Whether `written` is `original` with text inserted at one place. */
export function isOneInsertion(original: string, written: string): boolean {
  let common = 0;
  while (common < original.length && original[common] === written[common]) common++;
  return written.length >= original.length && written.endsWith(original.slice(common));
}

/** Every line of `original` is in `written`, in the same order. */
export function assertLinesKeptInOrder(original: string, written: string): void {
  const lines = written.split('\n');
  let at = 0;
  for (const line of original.split('\n')) {
    const found = lines.indexOf(line, at);
    assert.ok(found !== -1, `${JSON.stringify(line)} is kept, in order, in:\n${written}`);
    at = found + 1;
  }
}

export type Outcome = 'written' | 'skipped';

/**
 * Writes an article whose front matter is `yaml` twice and checks what the README promises: the
 * body and every unowned key's bytes and value are kept, and the second write changes nothing.
 */
export function assertUnownedKept(yaml: string, eol: '\n' | '\r\n' = '\n'): Outcome {
  const text = `---${eol}${yaml}---${eol}${BODY.replace(/\n/gu, eol)}`;
  const result = writeArticle(text, 'a.txt');
  if (result.status === 'skipped') {
    assert.ok(result.problems.length > 0 && result.problems.every((problem) => problem.code !== '' && problem.message !== ''), 'a skipped article says why');
    return 'skipped';
  }
  assert.equal(result.status, 'changed', 'an article without generated fields gains them');
  const out = result.newText;
  assert.ok(out.endsWith(BODY.replace(/\n/gu, eol)), 'the body is byte-identical');
  const written = splitArticle(out).frontMatter?.yaml ?? '';
  for (const pair of unownedPairs(yaml)) {
    assert.ok(written.includes(pair.source), `the bytes of ${JSON.stringify(pair.source)} are kept in:\n${written}`);
    if (typeof pair.key !== 'object' || pair.key === null) assert.deepEqual(valueOf(written, pair.key), valueOf(yaml, pair.key), `the value of ${String(pair.key)}`);
  }
  const keys = [...(parseDocument(yaml).toJS({ mapAsMap: true }) as Map<unknown, unknown>).keys()];
  if (!keys.some((key) => typeof key === 'string' && OWNED.has(key))) {
    assert.ok(isOneInsertion(yaml, written), `the front matter is kept byte for byte, the fields added in one place:\n${written}`);
  }
  const again = writeArticle(out, 'a.txt');
  assert.equal(again.status, 'unchanged', again.status === 'changed' ? `second write changed:\n${again.newText}` : JSON.stringify(again.problems));
  return 'written';
}
