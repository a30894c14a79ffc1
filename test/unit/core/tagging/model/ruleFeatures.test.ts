import * as assert from 'node:assert/strict';
import { tagWithGazetteer } from '../../../../../src/core/tagging/entities/gazetteerTagger';
import { ruleNamesForModel, shapeRuleNames } from '../../../../../src/core/tagging/entities/shapeRuleNames';
import { defaultGazetteer } from '../../../../../src/core/tagging/gazetteer/gazetteer';
import { textFeatures } from '../../../../../src/core/tagging/model/modelSource';
import type { LanguageCode, Span } from '../../../../../src/core/tagging/types';
import { isWord, tokenizeAll } from '../../../../../src/core/text/tokenize';

function read(text: string, lang: LanguageCode) {
  const tokens = tokenizeAll(text);
  const words = tokens.filter(isWord);
  const known = tagWithGazetteer(text, words, lang, defaultGazetteer());
  return { tokens, words, known };
}

/** The words the model reads as named by the rules (rule code not 0). */
function ruleWords(text: string, lang: LanguageCode): string[] {
  const { tokens, words, known } = read(text, lang);
  const { features } = textFeatures(text, lang, known, tokens, words);
  return tokens.filter((_, i) => features.rules[i] !== 0).map((token) => token.text);
}

describe('core/tagging/model: the shape rules are features of the model', () => {
  it('a Kazakh organisation phrase and a Russian «quoted» organisation are read as the rules name them', () => {
    const kk = ruleWords('Бүгін мектеп өкілдері Ақтөбе облыстық білім басқармасына барды .', 'kk');
    assert.deepEqual(kk, ['Ақтөбе', 'облыстық', 'білім', 'басқармасына']);
    const ru = ruleWords('Юристы ОО «Хартия за права человека» провели семинар.', 'ru');
    assert.ok(ru.includes('Хартия') && ru.includes('человека'), ru.join(' '));
    assert.ok(!ru.includes('Юристы') && !ru.includes('семинар'), ru.join(' '));
  });

  it('a name both the gazetteer and a rule give is read in both lists, apart', () => {
    const text = 'Встреча прошла в Алматы, где выступил представитель ОБСЕ.';
    const { tokens, words, known } = read(text, 'ru');
    const { features } = textFeatures(text, 'ru', known, tokens, words);
    const at = tokens.findIndex((token) => token.text === 'ОБСЕ');
    assert.ok((features.gazetteer[at] ?? 0) > 0 && (features.rules[at] ?? 0) > 0);
    assert.notEqual(features.gazetteer[at], features.rules[at]);
    assert.equal(features.rules[tokens.findIndex((token) => token.text === 'Алматы')], 0);
  });

  it('the tagger gives the model the rules it found itself, the same features as training reads', () => {
    const text = 'Правозащитники из «Кадыр-Кассиет» и ОО «Хартия за права человека» встретились с Э. Азимовой в НПО «Ар.рух.хак».';
    const { tokens, words, known } = read(text, 'ru');
    const own = textFeatures(text, 'ru', known, tokens, words).features.rules;
    const given = textFeatures(text, 'ru', known, tokens, words, shapeRuleNames(text, words, 'ru', known)).features.rules;
    assert.deepEqual([...given], [...own]);
    assert.ok(own.some((code) => code !== 0), 'the rules name something here');
  });

  it('where a phrase and a shape name overlap, the model reads the leftmost, then the longest, and no persons', () => {
    const span = (start: number, end: number, kind: Span['kind']): Span => ({ start, end, kind, text: '', canonical: '' });
    const chosen = ruleNamesForModel({ phrases: [span(10, 40, 'ORG'), span(50, 60, 'ORG'), span(95, 120, 'ORG')], names: [span(10, 20, 'PER'), span(30, 55, 'LOC'), span(70, 80, 'PER'), span(90, 100, 'PER')] });
    assert.deepEqual(chosen.map((s) => [s.start, s.end, s.kind]), [[10, 40, 'ORG'], [50, 60, 'ORG']]);
  });

  it('an initial and a surname is left to the model', () => {
    assert.deepEqual(ruleWords('Адвокат Э. Азимова провела встречу.', 'ru'), []);
  });
});
