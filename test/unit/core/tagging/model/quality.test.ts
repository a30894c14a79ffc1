import * as assert from 'node:assert/strict';
import { tag } from '../../../../../src/core/tagging/tag';
import { loadCorpusDev } from '../../../../quality/gold';
import { f1, precision, recall, scoreDocuments } from '../../../../quality/score';
import { REPO_ROOT } from '../../../paths';

/**
 * Floors a little under what the shipped model measures on the held-out dev split of the corpora
 * (npm run score prints the figures; README lists them): a retrained model that is worse fails.
 */
const FLOORS = {
  // With the least confidence of a model name (0.4, fitted on held-out training text) precision rose
  // and recall fell a little by design: kk P 0.75 → 0.76, R 0.77 → 0.76; kk LOC R 0.83 → 0.82;
  // ru ORG P 0.73 → 0.77, R 0.62 → 0.61. Those recall floors went down by 0.01, the precision and
  // F1 floors up where they rose.
  // With the lexicon features (2026-12-01) the floors rose where the figures did (kk ENTITIES
  // P 0.786 R 0.763 F1 0.775; kk PER 0.877; kk LOC R 0.834; ru ENTITIES P 0.833 R 0.793 F1 0.812;
  // ru PER R 0.890 F1 0.843; ru LOC P 0.911 F1 0.891); none went down.
  // With Russian weights of their own (2026-12-01; the least confidence fitted at 0.40 instead of
  // 0.45) Russian rose and recall rose where precision fell a little: kk ENTITIES P 0.786 → 0.770,
  // R 0.763 → 0.777, F1 0.775 → 0.774; kk LOC P 0.82 → 0.803, R 0.834 → 0.845, F1 0.82 → 0.824;
  // ru ENTITIES P 0.844 R 0.828 F1 0.836; ru PER P 0.857 R 0.907 F1 0.881; ru LOC P 0.929 R 0.899
  // F1 0.914. Three precision floors went down (kk ENTITIES, kk LOC, ru ORG below); no F1 floor did.
  // With the right-to-left reading of the shared weights (2026-12-01, Kazakh and Azerbaijani;
  // Russian's own weights moved to a region of the table of their own, free of collisions) Kazakh
  // rose: ENTITIES P 0.76 R 0.80 F1 0.78, PER 0.89, ORG 0.55 → 0.58, EVENT 0.23 → 0.31; Kazakh
  // floors rose where it did and a kk ORG floor was added. Kazakh LOC precision fell 0.803 → 0.794,
  // and Russian, whose weights were learnt as before, moved by 0.01 or less: ENTITIES R 0.819 F1 0.8297,
  // PER P 0.843, LOC F1 0.908 R 0.888, ORG F1 0.695 R 0.657. Those floors went down by 0.01 (ru ORG
  // recall by 0.02).
  'kk ENTITIES': { f1: 0.77, precision: 0.75, recall: 0.79 },
  'kk PER': { f1: 0.88, precision: 0.88, recall: 0.89 },
  'kk ORG': { f1: 0.57, precision: 0.51, recall: 0.63 },
  'kk LOC': { f1: 0.82, precision: 0.79, recall: 0.84 },
  'ru ENTITIES': { f1: 0.82, precision: 0.84, recall: 0.81 },
  'ru PER': { f1: 0.87, precision: 0.84, recall: 0.90 },
  'ru LOC': { f1: 0.90, precision: 0.92, recall: 0.88 },
  // Measured 0.636 / 0.756 / 0.549 once linking, slogans and joined organisations came in with the model;
  // 0.66 / 0.72 / 0.61 with the model averaged over six learners; 0.673 / 0.732 / 0.623 with document
  // features and ten learners; 0.679 / 0.774 / 0.606 with the floor on the model's confidence.
  // 0.684 / 0.775 / 0.611 with the lexicon features; 0.702 / 0.733 / 0.674 with Russian weights of their own.
  // 0.695 / 0.737 / 0.657 with the Russian weights in a region of their own.
  'ru ORG': { f1: 0.69, precision: 0.73, recall: 0.65 },
} as const;

describe('core/tagging/model: the whole tagger with the shipped model on the corpora\'s held-out dev split', function () {
  this.timeout(120000);
  const scores = scoreDocuments(loadCorpusDev(REPO_ROOT));
  for (const [key, floor] of Object.entries(FLOORS)) {
    it(`${key}: exact-match F1 ≥ ${floor.f1}, P ≥ ${floor.precision}, R ≥ ${floor.recall}`, () => {
      const entry = scores.get(key);
      assert.ok(entry && entry.gold > 0, 'the dev split has spans of this kind');
      const measured = `P ${precision(entry, entry.exact).toFixed(3)} R ${recall(entry, entry.exact).toFixed(3)} F1 ${f1(entry, entry.exact).toFixed(3)}`;
      assert.ok(f1(entry, entry.exact) >= floor.f1, measured);
      assert.ok(precision(entry, entry.exact) >= floor.precision, measured);
      assert.ok(recall(entry, entry.exact) >= floor.recall, measured);
    });
  }

  it('the model finds names that no gazetteer lists, in any case form, and a surname alone after the full name', () => {
    const text = 'Президент США Дональд Трамп прилетел в Анкару. Встреча Трампа с Эрдоганом прошла во дворце.';
    const spans = tag(text, { lang: 'ru' }).spans.map((span) => `${span.kind} ${span.text}`);
    assert.ok(spans.includes('PER Дональд Трамп'), spans.join(', '));
    assert.ok(spans.includes('PER Трампа'), spans.join(', '));
    assert.ok(spans.includes('LOC Анкару'), spans.join(', '));
  });

  it('a person\'s name goes on into a particle (аль-Хадж) but never into another lower-case word', () => {
    const text = 'Журналист Серикжан Билаш задержан в Алматы. Ранее сообщалось, что Сами аль-Хадж провёл шесть лет в Гуантанамо.';
    const persons = tag(text, { lang: 'ru' }).spans.filter((span) => span.kind === 'PER').map((span) => span.text);
    assert.deepEqual(persons, ['Серикжан Билаш', 'Сами аль-Хадж']);
  });
});
