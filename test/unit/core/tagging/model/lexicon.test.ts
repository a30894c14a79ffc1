import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LEXICON_BITS, lexiconCode, lexiconPath, useLexiconFolder } from '../../../../../src/core/tagging/model/lexicon';
import { ModelFileError } from '../../../../../src/core/tagging/model/modelFile';
import { readModel, shippedModelPath } from '../../../../../src/core/tagging/model/shippedModel';
import { LexiconFileError, lexiconHas, lexiconHash, parseLexicon, serializeLexicon } from '../../../../../src/core/tagging/model/lexiconFile';
import { REPO_ROOT } from '../../../paths';

const LEXICONS = path.join(REPO_ROOT, 'data', 'lexicons');
interface ManifestEntry { package: string; version: string; lexiconSha256: string; bytes: number; sets: Record<string, number> }
const manifest = JSON.parse(readFileSync(path.join(LEXICONS, 'manifest.json'), 'utf8')) as Record<string, ManifestEntry>;

describe('core/tagging/model: the lexicons of the entity model', () => {
  it('the committed lexicons are the files scripts/lexicons/generate.ts recorded, from the named Debian packages', () => {
    for (const lang of ['ru', 'kk']) {
      const entry = manifest[lang] as ManifestEntry;
      const bytes = readFileSync(path.join(LEXICONS, `${lang}.lexicon`));
      assert.equal(createHash('sha256').update(bytes).digest('hex'), entry.lexiconSha256, lang);
      assert.equal(entry.package, `hunspell-${lang}`);
      const lexicon = parseLexicon(bytes, `${lang}.lexicon`);
      assert.match(lexicon.header.source, new RegExp(`^Debian hunspell-${lang} ${entry.version.replace(/[.+]/gu, '\\$&')}`, 'u'));
      for (const { name, count } of lexicon.header.sets) assert.ok(count > 0 && count <= (entry.sets[name] ?? 0), `${lang} ${name}`);
    }
  });

  it('reads inflected capitalised words through the morphology: common words, given names, surnames, places', () => {
    const code = (word: string, lang: 'ru' | 'kk' | 'az'): number => lexiconCode(word.toLocaleLowerCase(lang), lang);
    assert.equal(code('Указе', 'ru'), LEXICON_BITS.commonBase);
    assert.equal(code('Восточный', 'ru'), LEXICON_BITS.commonWord);
    assert.equal(code('Ивановича', 'ru'), LEXICON_BITS.given);
    assert.equal(code('Берлине', 'ru') & LEXICON_BITS.place, LEXICON_BITS.place);
    assert.equal(code('Пушкина', 'ru') & LEXICON_BITS.surname, LEXICON_BITS.surname);
    assert.equal(code('Нетаньяху', 'ru'), 0);
    assert.equal(code('Бас', 'kk'), LEXICON_BITS.commonWord);
    assert.equal(code('Ақтөбеде', 'kk') & LEXICON_BITS.commonBase, LEXICON_BITS.commonBase);
    assert.equal(code('Азаматқа', 'kk') & LEXICON_BITS.given, LEXICON_BITS.given);
    assert.equal(code('Берлинде', 'kk') & LEXICON_BITS.place, LEXICON_BITS.place, 'Kazakh words are looked up in the Russian names too');
    assert.equal(code('Berlində', 'az') & LEXICON_BITS.place, LEXICON_BITS.place, 'Azerbaijani, by the Turkic Latin key');
    assert.equal(code('Prezident', 'az'), LEXICON_BITS.commonWord, 'Azerbaijani reads the Kazakh dictionary (президент)');
    assert.equal(code('Hüseynzadə', 'az'), 0);
    assert.ok(lexiconPath('ru').endsWith('ru.lexicon'));
  });

  /** The file with its header replaced (the sets' bytes kept). */
  function withHeader(bytes: Buffer, header: object): Buffer {
    const headerLength = bytes.readUInt32LE(8);
    const json = Buffer.from(JSON.stringify(header), 'utf8');
    const prefix = Buffer.from(bytes.subarray(0, 12));
    prefix.writeUInt32LE(json.length, 8);
    return Buffer.concat([prefix, json, bytes.subarray(12 + headerLength)]);
  }

  it('a lexicon file round-trips, and a truncated, foreign or damaged one is refused with a message naming the file', () => {
    const bytes = serializeLexicon('ru', 'test', [{ name: 'common', words: ['указ', 'план', 'указ'] }, { name: 'given', words: ['иван'] }]);
    const lexicon = parseLexicon(bytes, 'test.lexicon');
    assert.deepEqual(lexicon.header.sets, [{ name: 'common', count: 2 }, { name: 'given', count: 1 }]);
    assert.ok(lexiconHas(lexicon.sets.get('common') as Uint32Array, lexiconHash('план')));
    assert.ok(!lexiconHas(lexicon.sets.get('common') as Uint32Array, lexiconHash('иван')));
    const cases: [Buffer, RegExp][] = [
      [bytes.subarray(0, bytes.length - 2), /truncated/u],
      [Buffer.concat([bytes, Buffer.from([1])]), /bytes after the last set/u],
      [Buffer.from('{"not":"a lexicon"}'), /not a lexicon file/u],
      [Buffer.alloc(0), /not a lexicon file/u],
      [withHeader(bytes, { lang: 'ru', source: 'test', sets: [{ name: 'common', count: 2 ** 40 }] }), /the set "common" claims 1099511627776 words, more than the file holds/u],
      [withHeader(bytes, { lang: 'ru', source: 'test', sets: [{ name: 'common', count: -1 }] }), /claims -1 words/u],
    ];
    for (const [content, reason] of cases) {
      assert.throws(() => parseLexicon(content, 'bad.lexicon'), (error: unknown) => error instanceof LexiconFileError && error.message.includes('bad.lexicon') && reason.test(error.message));
    }
  });

  it('a missing or truncated lexicon makes the shipped model refuse to load, naming the lexicon file', () => {
    const model = readFileSync(shippedModelPath());
    const folder = mkdtempSync(path.join(tmpdir(), 'corpus-curator-lexicon-'));
    try {
      copyFileSync(path.join(LEXICONS, 'kk.lexicon'), path.join(folder, 'kk.lexicon'));
      const ru = readFileSync(path.join(LEXICONS, 'ru.lexicon'));
      writeFileSync(path.join(folder, 'ru.lexicon'), ru.subarray(0, ru.length / 2));
      useLexiconFolder(folder);
      assert.throws(() => readModel('entities.model', model), (error: unknown) => error instanceof ModelFileError && /entities\.model: its lexicon .*ru\.lexicon cannot be read \(the set "common" is truncated\)/u.test(error.message));
      assert.equal(lexiconCode('указе', 'ru'), -1, 'no lexicon features from a corrupt file');
      useLexiconFolder(path.join(folder, 'missing'));
      assert.throws(() => readModel('entities.model', model), /kk\.lexicon cannot be read \(the file is missing or unreadable\)/u);
    } finally {
      useLexiconFolder(undefined);
    }
    assert.ok(readModel('entities.model', model).fixedWeights !== undefined);
    assert.equal(lexiconCode('указе', 'ru'), LEXICON_BITS.commonBase);
  });
});
