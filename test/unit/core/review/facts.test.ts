import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { writeArticle } from '../../../../src/core/metadata/writeArticle';
import { metadataFacts, textconv, withoutFacts } from '../../../../src/core/review/facts';
import { versionFromText } from '../../../../src/core/review/version';
import { versionFromBytes } from '../../../../src/core/review/versionBytes';
import { SEED_NAMES, SEEDS } from '../../paths';

describe('core/review: textconv facts and reading versions from bytes', () => {
  it('every seed: facts are sorted lines, and the article comes back byte for byte from its textconv rendering', () => {
    for (const name of SEED_NAMES) {
      const seed = readFileSync(path.join(SEEDS, name), 'utf8');
      const result = writeArticle(seed, name);
      const text = result.status === 'changed' ? result.newText : seed;
      const facts = metadataFacts(versionFromText(text));
      assert.equal(facts[0], 'status: draft', name);
      assert.ok(facts.some((fact) => /^(?:PER|ORG|LOC|EVENT) /u.test(fact)), name);
      const rendered = new TextEncoder().encode(textconv(versionFromText(text), text));
      assert.equal(new TextDecoder().decode(withoutFacts(rendered)), text, name);
      const bytes = new TextEncoder().encode(text);
      assert.deepEqual(withoutFacts(bytes), bytes);
    }
  });

  it('reading bytes decodes only the front matter, keeps the body as bytes, and agrees with reading text', () => {
    const seed = readFileSync(path.join(SEEDS, SEED_NAMES[1]), 'utf8');
    const result = writeArticle(seed, SEED_NAMES[1]);
    const text = result.status === 'changed' ? result.newText : seed;
    const fromBytes = versionFromBytes(new TextEncoder().encode(`\ufeff${text.replace(/\n/gu, '\r\n')}`));
    const fromText = versionFromText(text);
    assert.equal(fromBytes.kind, 'article');
    assert.equal(fromText.kind, 'article');
    if (fromBytes.kind !== 'article' || fromText.kind !== 'article') return;
    assert.deepEqual(fromBytes.metadata, fromText.metadata);
    assert.ok(fromBytes.body instanceof Uint8Array);
    assert.equal(fromBytes.bodyFirstLine, fromText.bodyFirstLine);
    // The limit is the one every command puts on articles (10 MB), not one of its own.
    const huge = versionFromBytes(new Uint8Array(11 * 1024 * 1024).fill(0x61));
    assert.deepEqual(huge, { kind: 'unreadable', reason: 'file too large to compare (11.0 MB; the limit is 10 MB)' });
    const unclosed = versionFromBytes(new TextEncoder().encode('---\nid: x\nТекст без конца'));
    assert.equal(unclosed.kind, 'unreadable');
  });
});
