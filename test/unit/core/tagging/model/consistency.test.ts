import * as assert from 'node:assert/strict';
import { tagRepeatedNames } from '../../../../../src/core/tagging/model/consistency';
import { tokenizeWords } from '../../../../../src/core/text/tokenize';
import type { Span } from '../../../../../src/core/tagging/types';

/** A span of `kind` over the first occurrence of `name` in `text` (its canonical name: the name). */
function spanOf(text: string, name: string, kind: Span['kind']): Span {
  const start = text.indexOf(name);
  return { start, end: start + name.length, kind, text: name, canonical: name };
}

function repeated(text: string, spans: Span[]): string[] {
  return tagRepeatedNames(text, tokenizeWords(text), spans, 'ru').map((span) => `${span.kind} ${span.text} → ${span.canonical ?? ''}`);
}

describe('core/tagging/model: one article, one reading of a name (consistency.ts)', () => {
  // A surname alone keeps its own canonical form here; linking later gives it the full name's (shortMentionsRefiner).
  it('a surname alone after the full name is the same person', () => {
    const text = 'Президент США Дональд Трамп прилетел в Анкару. Встреча Трампа с Эрдоганом прошла во дворце.';
    assert.deepEqual(repeated(text, [spanOf(text, 'Дональд Трамп', 'PER')]), ['PER Дональд Трамп → Дональд Трамп', 'PER Трампа → Трампа']);
  });

  it('the full name again, in another case, is tagged whole: the given name right before the surname joins it', () => {
    const text = 'Андрей Санников был приговорен к пяти годам. Адвокат сообщил, что Андрею Санникову стало хуже.';
    assert.deepEqual(repeated(text, [spanOf(text, 'Андрей Санников', 'PER')]), ['PER Андрей Санников → Андрей Санников', 'PER Андрею Санникову → Андрей Санников']);
  });

  it('another capitalised word before the surname does not join it', () => {
    const text = 'Андрей Санников был приговорен. В четверг Минск выслал Санникова.';
    assert.deepEqual(repeated(text, [spanOf(text, 'Андрей Санников', 'PER')]), ['PER Андрей Санников → Андрей Санников', 'PER Санникова → Санникова']);
  });

  it('two words side by side, each a person tagged alone elsewhere, are one person', () => {
    const text = 'Бут отрицает вину. Виктор давно живет в Москве. Виктору Буту предъявили обвинение.';
    const found = repeated(text, [spanOf(text, 'Бут', 'PER'), spanOf(text, 'Виктор', 'PER')]);
    assert.deepEqual(found.filter((span) => span.includes('Буту')), ['PER Виктору Буту → Виктор Бут']);
  });

  it('a one-word name read as a Russian adjective before its noun is not tagged there, unless the dictionary knows the word as a name', () => {
    const theatre = 'Большой представил премьеру. Солисты Большого театра выступили в Париже.';
    assert.deepEqual(repeated(theatre, [spanOf(theatre, 'Большой', 'ORG')]), ['ORG Большой → Большой']);
    const country = 'Россия ответила на ноту. Посол России заявил протест.';
    assert.deepEqual(repeated(country, [spanOf(country, 'Россия', 'LOC')]), ['LOC Россия → Россия', 'LOC России → Россия']);
  });
});
