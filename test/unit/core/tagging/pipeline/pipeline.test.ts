import * as assert from 'node:assert/strict';
import { createTagger } from '../../../../../src/core/tagging/createTagger';
import type { TaggerSource } from '../../../../../src/core/tagging/pipeline';
import { GROUPS } from '../../../../../src/core/tagging/sources';
import type { Span } from '../../../../../src/core/tagging/types';

const TEXT = 'Вчера в Алматы прошёл Форум правозащитников. Эльвира Азимова выступила на Форуме правозащитников.';

/** A source that learns its names only once loaded, as a workspace model learnt from the curator's decisions would. */
function lateSource(names: readonly string[]): { source: TaggerSource; finishLoading: () => void } {
  let loaded: readonly string[] = [];
  let finish: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => { finish = resolve; });
  const source: TaggerSource = {
    name: 'workspace names',
    stamp: 'model',
    find: (draft) => {
      const spans: Span[] = [];
      for (const name of loaded) {
        for (let at = draft.text.indexOf(name); at !== -1; at = draft.text.indexOf(name, at + name.length)) {
          spans.push({ start: at, end: at + name.length, kind: 'EVENT', text: name, canonical: name });
        }
      }
      return { 'workspace-model': spans };
    },
    load: () => ready.then(() => { loaded = names; }),
  };
  return { source, finishLoading: finish };
}

describe('core/tagging: the pipeline and its seams', () => {
  it('lists its sources, its priority and its refiners in order', () => {
    const { config } = createTagger();
    assert.deepEqual(config.sources.map((source) => source.name), ['gazetteer', 'newsmakers', 'dates', 'model', 'organisation phrases', 'name shapes', 'cities']);
    assert.deepEqual(config.priority, [GROUPS.media, GROUPS.enclosingPhrases, GROUPS.regionsOverModel, GROUPS.confidentModel, GROUPS.enclosingNewsmakers, GROUPS.enclosingCities, GROUPS.gazetteer, GROUPS.newsmakers, GROUPS.dates, GROUPS.extendingNames, GROUPS.model, GROUPS.phrases, GROUPS.names, GROUPS.cities]);
    assert.deepEqual(config.refiners.map((refiner) => refiner.name),
      ['names inside quoted names', 'closing quotes', 'descriptors', 'Latin names', 'adjacent organisations', 'repeated names', 'short mentions', 'knowledge base', 'boilerplate']);
    assert.deepEqual(createTagger({ model: null, link: false }).config.sources.map((source) => source.name), ['gazetteer', 'newsmakers', 'dates', 'organisation phrases', 'name shapes', 'cities']);
  });

  it('every span says which source proposed it', () => {
    const spans = createTagger()(TEXT, { lang: 'ru', referenceDate: '2024-05-29' }).spans;
    const sourceOf = (text: string): string | undefined => spans.find((span) => span.text === text)?.source;
    assert.equal(sourceOf('Вчера'), 'rule');
    assert.equal(sourceOf('Алматы'), 'gazetteer');
    assert.ok(spans.every((span) => span.source !== undefined));
  });

  it('a source that loads later is one more entry in the list: tagging never waits, and uses it once loaded', async () => {
    const { source, finishLoading } = lateSource(['Форум правозащитников']);
    const tagger = createTagger({
      configure: (shipped) => ({ ...shipped, sources: [...shipped.sources, source], priority: ['workspace-model', ...shipped.priority] }),
    });
    const before = tagger(TEXT, { lang: 'ru' }).spans;
    assert.ok(!before.some((span) => span.kind === 'EVENT'), 'not loaded yet: nothing from it');
    const loading = tagger.load();
    assert.strictEqual(tagger.load(), loading, 'loaded once');
    finishLoading();
    await loading;
    const after = tagger(TEXT, { lang: 'ru' }).spans.filter((span) => span.kind === 'EVENT');
    // Its spans go through the refiners after it: the name again in another case (the repeated names), linked to one entity of the corpus's own.
    assert.deepEqual(after.map((span) => [span.text, span.source]), [['Форум правозащитников', 'model'], ['Форуме правозащитников', 'rule']]);
    assert.match(after[0]?.entityId ?? '', /^local:EVENT:/u);
    assert.equal(after[1]?.entityId, after[0]?.entityId);
  });

  it('leaves out the spans in excluded ranges (an article\'s boilerplate), after they gave the links their context', () => {
    const tagger = createTagger();
    const all = tagger(TEXT, { lang: 'ru' }).spans;
    const cut = TEXT.indexOf('Эльвира');
    const kept = tagger(TEXT, { lang: 'ru', exclude: [{ start: cut, end: TEXT.length }] }).spans;
    assert.deepEqual(kept, all.filter((span) => span.end <= cut));
    assert.ok(kept.length > 0 && kept.length < all.length);
  });
});
