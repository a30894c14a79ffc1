import * as assert from 'node:assert/strict';
import { registerLanguagePack, unregisterLanguagePack } from '../../../../src/core/languages/registry';
import { checkArticle } from '../../../../src/core/metadata/checkArticle';
import { writeArticle } from '../../../../src/core/metadata/writeArticle';
import { identifyLanguage } from '../../../../src/core/tagging/lang/identify';
import { tag } from '../../../../src/core/tagging/tag';
import { frontMatterOf, written } from '../metadata/helpers';
import { uzbekLatinPack } from './toyPack';

const TEXT = 'Oʻzbekiston Respublikasi Prezidenti Shavkat Mirziyoyev 12 noyabrda Samarqandga tashrif buyurdi. Uchrashuvda inson huquqlari masalalari muhokama qilindi.\n';

describe('core/languages: a fourth language added at run time, with no edit elsewhere', () => {
  afterEach(() => unregisterLanguagePack('uz'));

  it('is not known before its pack is registered', () => {
    assert.deepEqual(identifyLanguage(TEXT), { lang: 'und', script: 'Latn' });
  });

  it('is identified, and its dates and names are tagged', () => {
    registerLanguagePack(uzbekLatinPack());
    assert.deepEqual(identifyLanguage(TEXT), { lang: 'uz', script: 'Latn' });
    // Azerbaijani Latin stays Azerbaijani.
    assert.equal(identifyLanguage('Azərbaycan Respublikasının Prezidenti İlham Əliyev Bakıda görüş keçirib.').lang, 'az');

    const result = tag(TEXT, { referenceDate: '2024-11-20' });
    assert.equal(result.lang, 'uz');
    const spans = result.spans.map((span) => [span.kind, span.text, span.kind === 'DATE' ? span.value : span.canonical]);
    assert.deepEqual(spans.filter(([kind]) => kind === 'DATE'), [['DATE', '12 noyabrda', '2024-11-12']]);
    assert.ok(spans.some(([kind, text]) => kind === 'PER' && text === 'Shavkat Mirziyoyev'), JSON.stringify(spans));
    // The pack's gazetteer entry, found through its suffixes (Samarqandga → Samarqand).
    assert.ok(spans.some(([kind, text, canonical]) => kind === 'LOC' && text === 'Samarqandga' && canonical === 'Samarqand'), JSON.stringify(spans));
  });

  it('is written into front matter by the real writer, valid against the schema', () => {
    registerLanguagePack(uzbekLatinPack());
    const file = 'uz_article.txt';
    const text = written(TEXT, file);
    const metadata = frontMatterOf(text);
    assert.equal(metadata.language, 'uz');
    assert.equal(metadata.script, 'Latn');
    const names = (field: unknown): string[] => (field as { name: string }[] | undefined ?? []).map((entity) => entity.name);
    assert.deepEqual(names(metadata.people), ['Shavkat Mirziyoyev']);
    assert.deepEqual(names(metadata.places), ['Samarqand']);
    assert.deepEqual(checkArticle(text, file), []);
    assert.deepEqual(writeArticle(text, file), { status: 'unchanged', problems: [] });

    // Once the pack is gone, `uz` is no longer a language the schema allows.
    unregisterLanguagePack('uz');
    assert.ok(checkArticle(text, file).some((problem) => problem.message.includes("'uz' is not one of kk, ru, az")), JSON.stringify(checkArticle(text, file)));
  });
});
