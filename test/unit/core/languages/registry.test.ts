import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { languagePackProblems } from '../../../../src/core/languages/checkPack';
import type { LanguagePack } from '../../../../src/core/languages/pack';
import {
  BUILTIN_LANGUAGE_PACKS, isLanguageCode, languageCodes, LanguagePackError, languageNamesList, registerLanguagePack, unregisterLanguagePack,
} from '../../../../src/core/languages/registry';
import { REPO_ROOT } from '../../paths';
import { uzbekLatinPack } from './toyPack';


/** A copy of the pack without one of its fields, as JavaScript or a cast would hand it over. */
function withoutField<K extends keyof LanguagePack>(pack: LanguagePack, field: K): Omit<LanguagePack, K> {
  return Object.fromEntries(Object.entries(pack).filter(([key]) => key !== field)) as Omit<LanguagePack, K>;
}

describe('core/languages: the registry', () => {
  afterEach(() => unregisterLanguagePack('uz'));

  it('lists the built-in packs, kk, ru and az, each complete', () => {
    assert.deepEqual(languageCodes(), ['kk', 'ru', 'az']);
    assert.equal(languageNamesList(), 'Kazakh, Russian or Azerbaijani');
    for (const pack of BUILTIN_LANGUAGE_PACKS) assert.deepEqual(languagePackProblems(pack), [], pack.code);
    assert.ok(isLanguageCode('kk') && !isLanguageCode('uz') && !isLanguageCode('und') && !isLanguageCode(undefined));
  });

  it('holds the shipped schema\'s language enum to the built-in packs', () => {
    const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'src/core/schema/article.schema.json'), 'utf8')) as { properties: { language: { enum: string[] } } };
    assert.deepEqual(schema.properties.language.enum, BUILTIN_LANGUAGE_PACKS.map((pack) => pack.code),
      'add the new pack\'s code to "language" in src/core/schema/article.schema.json, in the registry\'s order');
  });

  it('has the compiler refuse an incomplete pack', () => {
    const withoutDates = withoutField(uzbekLatinPack(), 'dates');
    // @ts-expect-error a pack without its date grammar does not type-check
    const incomplete: LanguagePack = withoutDates;
    // @ts-expect-error nor does one whose name cues lack the surname endings
    const noSurnames: LanguagePack['names'] = { ...uzbekLatinPack().names, surnameEndings: undefined };
    assert.ok(incomplete.code === 'uz' && noSurnames.personRoles.length > 0);
  });

  it('refuses, naming each field, a pack that did not come through the compiler', () => {
    const withoutDates = withoutField(uzbekLatinPack(), 'dates');
    const broken = { ...withoutDates, morphology: { plural: /lar/u }, identification: [{ kind: 'letter-share', script: 'Latn', letters: /oʻ/u, minShare: 0.01 }] };
    assert.throws(() => { registerLanguagePack(broken as unknown as LanguagePack); }, (error: unknown) => {
      assert.ok(error instanceof LanguagePackError);
      assert.deepEqual(error.problems, [
        'identification[0]: letters must be a regular expression with the g flag',
        'dates.lexicon must be a list of [pattern, meaning] entries',
        'dates.yearSuffix must be a regular expression',
        'dates.daySuffix must be a regular expression',
        'dates.loneMonth must be a function',
        'dates.postpositions must be true or false',
        'dates.unitWordAfterName must be true or false',
        'dates.joinDayPart must be true or false',
        'morphology.baseForms must be a function',
      ]);
      assert.match(error.message, /^language pack 'uz': /u);
      return true;
    });
    assert.equal(isLanguageCode('uz'), false, 'nothing of a refused pack is registered');
  });

  it('refuses a bad date pattern, a second pack for a code, and removing a built-in pack', () => {
    const pack = uzbekLatinPack();
    const badPattern = { ...pack, dates: { ...pack.dates, lexicon: [['yil(', { type: 'unit', unit: 'Y' }]] } } as unknown as LanguagePack;
    assert.deepEqual(languagePackProblems(badPattern), ['dates.lexicon[0] must be a pattern and a meaning with a type']);
    assert.throws(() => { registerLanguagePack({ ...pack, code: 'kk' }); }, /language pack 'kk': a pack with this code is already registered/u);
    registerLanguagePack(pack);
    assert.deepEqual(languageCodes(), ['kk', 'ru', 'az', 'uz']);
    assert.equal(languageNamesList(), 'Kazakh, Russian, Azerbaijani or Uzbek');
    assert.equal(unregisterLanguagePack('kk'), false);
    assert.equal(unregisterLanguagePack('uz'), true);
    assert.deepEqual(languageCodes(), ['kk', 'ru', 'az']);
  });
});
