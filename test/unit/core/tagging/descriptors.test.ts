import * as assert from 'node:assert/strict';
import { withoutDescriptors } from '../../../../src/core/tagging/descriptors';
import { tag } from '../../../../src/core/tagging/tag';
import type { Span } from '../../../../src/core/tagging/types';

function span(text: string, name: string, kind: Span['kind'], source: NonNullable<Span['source']>): Span {
  const start = text.indexOf(name);
  return { start, end: start + name.length, kind, text: name, canonical: name, source };
}

describe('core/tagging: a descriptor before a «quoted» organisation is not a name', () => {
  it('the whole tagger tags the quoted name and not the common words before it, with or without a space before the quote', () => {
    for (const text of ['Встреча прошла с участием Общественного фонда «Хартия за права человека» и журналистов.', 'Юрист Общественного фонда«Хартия за права человека» подал иск.']) {
      const orgs = tag(text, { lang: 'ru' }).spans.filter((found) => found.kind === 'ORG').map((found) => found.text);
      assert.deepEqual(orgs, ['Хартия за права человека'], text);
    }
  });

  it('keeps a name with a word the dictionary knows only as a name, one not before a quote, and one from the gazetteer', () => {
    const text = 'Сотрудники Газпрома «Северный поток» и Общественного фонда и Общественного фонда «Хартия».';
    const kept: Span[] = [
      span(text, 'Газпрома', 'ORG', 'model'), span(text, 'Северный поток', 'ORG', 'rule'),
    ];
    assert.deepEqual(withoutDescriptors(text, kept, 'ru'), kept, 'Газпрома is not a common word');
    const alone = { ...span(text, 'Общественного фонда и', 'ORG', 'model'), end: text.indexOf(' и Общественного фонда «') };
    assert.deepEqual(withoutDescriptors(text, [alone], 'ru'), [alone], 'no quoted organisation follows');
    const descriptorAt = text.lastIndexOf('Общественного фонда');
    const descriptor: Span = { start: descriptorAt, end: descriptorAt + 'Общественного фонда'.length, kind: 'ORG', text: 'Общественного фонда', canonical: 'Общественного фонда', source: 'model' };
    const quoted = span(text, 'Хартия', 'ORG', 'gazetteer');
    assert.deepEqual(withoutDescriptors(text, [descriptor, quoted], 'ru'), [quoted]);
    assert.deepEqual(withoutDescriptors(text, [{ ...descriptor, source: 'rule' }, quoted], 'ru'), [quoted], 'a rule\'s phrase is read as one too');
    assert.deepEqual(withoutDescriptors(text, [{ ...descriptor, source: 'gazetteer' }, quoted], 'ru'), [{ ...descriptor, source: 'gazetteer' }, quoted], 'only the model\'s and the rules\' names are read as descriptors');
  });
});
