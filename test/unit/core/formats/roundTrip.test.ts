import * as assert from 'node:assert/strict';
import { documentFromArticle } from '../../../../src/core/formats/fromArticle';
import { importDocument } from '../../../../src/core/formats/importDocument';
import { writeArticle } from '../../../../src/core/metadata/writeArticle';
import { tag } from '../../../../src/core/tagging/tag';
import { SEED_NAMES } from '../../paths';
import { curatedSeed, IMPORT_FORMATS, seedText, throughFormat } from './helpers';

describe('core/formats: export then import gives the same front matter, byte for byte', () => {
  for (const format of IMPORT_FORMATS) {
    for (const name of SEED_NAMES) {
      it(`${format}: curated ${name} (accepted tags, imported as gold)`, () => {
        const original = curatedSeed(name);
        for (const decision of ['accept', 'reject', 'correct', 'add']) assert.match(original, new RegExp(`^ {4}- \\{${decision}: `, 'mu'), decision);
        const exported = documentFromArticle(original, name, tag, { tags: 'accepted', withoutBoilerplate: false });
        assert.ok(exported.spans.length > 5);
        const { documents, problems } = throughFormat(format, [exported]);
        assert.deepEqual(problems, []);
        const imported = importDocument(documents[0] ?? exported, undefined, name, 'gold', tag, false);
        assert.equal(imported.status, 'create');
        assert.equal(imported.status === 'create' ? imported.newText : '', original);
      });

      it(`${format}: written ${name} (all tags, imported as suggestions)`, () => {
        const written = writeArticle(seedText(name), name, tag);
        const original = written.status === 'changed' ? written.newText : '';
        const exported = documentFromArticle(original, name, tag, { tags: 'all', withoutBoilerplate: false });
        const { documents } = throughFormat(format, [exported]);
        const imported = importDocument(documents[0] ?? exported, undefined, name, 'suggestions', tag, false);
        assert.equal(imported.status === 'create' ? imported.newText : '', original);
      });
    }
  }
});
