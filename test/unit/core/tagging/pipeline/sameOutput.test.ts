import * as assert from 'node:assert/strict';
import { CASES, caseName, fingerprint, outputJson, readFingerprints, tagCase, taggedTexts } from '../../../../equivalence/taggedTexts';
import { REPO_ROOT } from '../../../paths';

/**
 * The tagger's output is fixed by fingerprints (test/fixtures/equivalence/tagOutputs.json), so
 * that making it faster changes no span and no field. Here a quick part of the texts; the whole
 * set with `node out/test/equivalence/run.js`, which also records the fingerprints anew when a
 * change of output is intended (`--record`).
 */
describe('core/tagging: the tagger\'s output is the recorded one', function () {
  this.timeout(120_000);

  it('tags the seeds, the development sentences, part of the corpora and generated news as recorded, in every language and without the model', () => {
    const expected = readFingerprints(REPO_ROOT);
    const differing: string[] = [];
    let compared = 0;
    for (const { name, text } of taggedTexts(REPO_ROOT, true)) {
      for (const taggingCase of CASES) {
        const key = caseName(name, taggingCase);
        assert.ok(expected[key] !== undefined, `no fingerprint recorded for ${key}`);
        if (fingerprint(outputJson(tagCase(text, taggingCase))) !== expected[key]) differing.push(key);
        compared++;
      }
    }
    assert.ok(compared > 500, `only ${compared} outputs compared`);
    assert.deepEqual(differing, [], `${differing.length} of ${compared} outputs differ from the recorded ones (node out/test/equivalence/run.js --dump FOLDER shows them)`);
  });
});
