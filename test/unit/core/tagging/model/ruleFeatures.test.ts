import * as assert from 'node:assert/strict';
import { tagWithGazetteer } from '../../../../../src/core/tagging/entities/gazetteerTagger';
import { ruleNamesForModel, shapeRuleNames } from '../../../../../src/core/tagging/entities/shapeRuleNames';
import { defaultGazetteer } from '../../../../../src/core/tagging/gazetteer/gazetteer';
import type { Scorer } from '../../../../../src/core/tagging/model/entityModel';
import { tagWithModel, textFeatures } from '../../../../../src/core/tagging/model/modelSource';
import { shippedModel } from '../../../../../src/core/tagging/model/shippedModel';
import { runPipeline } from '../../../../../src/core/tagging/pipeline';
import { gazetteerSource, GROUPS, modelSource } from '../../../../../src/core/tagging/sources';
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
  const { features } = textFeatures(text, lang, known, { all: tokens, words });
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
    const { features } = textFeatures(text, 'ru', known, { all: tokens, words });
    const at = tokens.findIndex((token) => token.text === 'ОБСЕ');
    assert.ok((features.gazetteer[at] ?? 0) > 0 && (features.rules[at] ?? 0) > 0);
    assert.equal(features.rules[tokens.findIndex((token) => token.text === 'Алматы')], 0);
  });

  it('in the tagger the model reads the rules the sources share, as training reads them, and they change its scores', () => {
    const scorer = shippedModel();
    assert.ok(scorer, 'the shipped model loads');
    const texts: [string, LanguageCode][] = [
      ['Юристы ОО «Хартия за права человека» и представители ФСИН провели семинар в Бишкеке.', 'ru'],
      ['Бүгін мектеп өкілдері Ақтөбе облыстық білім басқармасына барды , ал ҚР ІІМ өкілі « Жарқын болашақ » қорына келді .', 'kk'],
    ];
    for (const [text, lang] of texts) {
      const { tokens, words, known } = read(text, lang);
      const pipeline = runPipeline({ sources: [gazetteerSource, modelSource(() => scorer)], priority: [GROUPS.model], refiners: [] }, {
        text, lang, options: {}, allTokens: tokens, tokens: words, gazetteer: defaultGazetteer(),
      });
      // tagWithModel without the sources' rules finds them itself, as training (trainingSequence) does.
      const alone = tagWithModel(text, lang, scorer as Scorer, known);
      const shown = (spans: readonly Span[]) => spans.map((span) => `${span.kind} ${span.text} ${(span.confidence ?? 0).toFixed(6)}`);
      assert.deepEqual(shown(pipeline), shown(alone));
      const withoutRules = tagWithModel(text, lang, scorer as Scorer, known, undefined, { all: tokens, words, rules: { names: [], phrases: [], listed: known } });
      assert.notDeepEqual(shown(withoutRules), shown(alone), `${lang}: the rules' names change what the model finds or how sure it is`);
      // Rules found beside other gazetteer names are not the ones for these: they are found again.
      const rulesForOtherNames = tagWithModel(text, lang, scorer as Scorer, known, undefined, { all: tokens, words, rules: { names: [], phrases: [], listed: [...known] } });
      assert.deepEqual(shown(rulesForOtherNames), shown(alone), `${lang}: rules made beside other gazetteer names are not read`);
    }
  });

  it('where a phrase and a shape name overlap, the model reads the leftmost, then the longest, and no persons', () => {
    const span = (start: number, end: number, kind: Span['kind']): Span => ({ start, end, kind, text: '', canonical: '' });
    const chosen = ruleNamesForModel({ phrases: [span(10, 40, 'ORG'), span(50, 60, 'ORG'), span(95, 120, 'ORG')], names: [span(10, 20, 'PER'), span(30, 55, 'LOC'), span(70, 80, 'PER'), span(90, 100, 'PER')], listed: [] });
    assert.deepEqual(chosen.map((s) => [s.start, s.end, s.kind]), [[10, 40, 'ORG'], [50, 60, 'ORG']]);
  });

  it('an initial and a surname is left to the model', () => {
    const text = 'Адвокат Э. Азимова провела встречу.';
    const { words, known } = read(text, 'ru');
    assert.ok(shapeRuleNames(text, words, 'ru', known).names.some((span) => span.kind === 'PER' && span.text === 'Э. Азимова'), 'the rules name the person');
    assert.deepEqual(ruleWords(text, 'ru'), []);
  });
});
