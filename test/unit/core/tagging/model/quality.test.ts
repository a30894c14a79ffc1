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
  // each set of weights in a region of the table of its own, free of collisions; the least
  // confidence refitted 0.40 → 0.45) Kazakh rose and Russian traded recall for precision:
  // kk ENTITIES P 0.771 R 0.789 F1 0.780; kk PER P 0.887 R 0.877 F1 0.882; kk ORG P 0.533
  // R 0.627 F1 0.577 (a floor added); kk LOC P 0.798 R 0.854 F1 0.825; ru ENTITIES P 0.858
  // R 0.804 F1 0.830; ru LOC P 0.927 R 0.878 F1 0.902; ru ORG P 0.775 R 0.629 F1 0.694. Floors
  // rose where the figures did; these went down: kk PER R and kk LOC P by 0.01, ru ENTITIES R and
  // ru LOC R by 0.02, ru LOC F1 and ru ORG F1 by 0.01, ru ORG R by 0.05.
  // With the rules chosen on five folds of the training part (2026-12-01: no organisation phrase
  // without a known name in Kazakh text the model tagged; a capitalised word joins the model's person
  // where titles are lower-case, and at a sentence's start only when the dictionary knows it as a
  // name): kk ENTITIES P 0.804 R 0.788 F1 0.796; kk PER P 0.917 R 0.907 F1 0.912; kk ORG P 0.604
  // R 0.569 F1 0.586; kk LOC unchanged; ru ENTITIES P 0.866 R 0.811 F1 0.838; ru PER P 0.878
  // R 0.924 F1 0.901. Floors rose with them; kk ORG R went down by 0.06, the price of its
  // precision (+0.07) and F1 (+0.01). With an organisation the model is sure of taking in the
  // place it is named after: kk ENTITIES P 0.811 R 0.793 F1 0.802, kk ORG P 0.623 R 0.595 F1 0.609,
  // ru ENTITIES P 0.870 R 0.815 F1 0.842, ru ORG P 0.774 R 0.646 F1 0.704.
  // With organisation phrases that never reach back over a word in a case other than the nominative
  // or genitive, nor over a person before another capitalised word (Парламентте | үш партияның):
  // kk ENTITIES P 0.814 R 0.795 F1 0.804, kk ORG P 0.637 R 0.608 F1 0.622; Russian unchanged.
  // With a person's full name tagged whole wherever it appears again (its given name untagged
  // before the surname), and two persons' words side by side joined: ru ENTITIES P 0.880 R 0.822
  // F1 0.850, ru PER P 0.906 R 0.948 F1 0.926; Kazakh unchanged.
  // With names of several words tagged again where their words come again (repeatedPhrases.ts;
  // chosen on the training folds, where ru ORG F1 went 0.613 → 0.658 and ru LOC P and R rose): ru
  // ENTITIES P 0.880 R 0.824 F1 0.851, ru ORG P 0.767 R 0.657 F1 0.708, ru LOC P 0.953 R 0.867
  // F1 0.908. The ru ORG P and ru LOC R floors went down by 0.01 (a place taken into the longer
  // name it is part of where the annotation has the place alone: Манежную площадь), ru ORG R up.
  // With the legal forms (ООО, ПАО, …) never names alone: ru ENTITIES P 0.887 R 0.824 F1 0.855,
  // ru ORG P 0.788 R 0.657 F1 0.717; the floors rose with them.
  // With the shape rules' organisations read by the model as features (chosen on
  // five folds of the training part: kk F1 0.838 → 0.841, ru 0.833 → 0.836, ru PER 0.849 → 0.845;
  // the least confidence refitted 0.45 → 0.40): kk ENTITIES P 0.829 R 0.813 F1 0.821, kk PER
  // P 0.922 R 0.922 F1 0.922, kk ORG P 0.687 R 0.660 F1 0.673, kk LOC P 0.819 R 0.862 F1 0.840;
  // ru ENTITIES P 0.881 R 0.834 F1 0.857, ru PER P 0.882 R 0.953 F1 0.916, ru LOC P 0.943 R 0.883
  // F1 0.912, ru ORG P 0.806 R 0.663 F1 0.727. Floors rose with them; ru PER F1 went down by 0.01
  // and P by 0.02: six more persons proposed, some of them wrong, below the 0.92.
  // With the Russian official bodies found by their shape (2026-12-02): ru ENTITIES P 0.882 R 0.841
  // F1 0.861, ru ORG P 0.811 R 0.686 F1 0.743; the rest unchanged. Floors rose with them. A review
  // of that rule then found it took verbs, adverbs and plural heads for names and read sentence
  // starts unlike the model; mended, ru ENTITIES P 0.880 R 0.839 F1 0.859, ru ORG P 0.804 R 0.680
  // F1 0.737 (one organisation fewer), and those floors went back to what they were before the rule,
  // ru ORG recall excepted (0.66 → 0.68).
  // With a run of capitalised Latin words in Cyrillic text one name (2026-12-02; chosen on five
  // folds of the training part): ru ENTITIES P 0.895 R 0.847 F1 0.870, ru PER P 0.932 R 0.953 F1
  // 0.943, ru ORG P 0.818 R 0.691 F1 0.749; kk ENTITIES F1 0.826 → 0.825, kk ORG P 0.687 → 0.680,
  // F1 0.680 → 0.673 (within their floors). The Russian floors rose with them. After the review's
  // mends of that rule: kk ENTITIES P 0.838 R 0.826 F1 0.832, kk ORG P 0.702 R 0.693 F1 0.697, kk
  // LOC P 0.828 R 0.867 F1 0.848; Russian the same. The Kazakh floors rose with them. With a Kazakh
  // case ending part of a Latin run: kk ENTITIES P 0.839 R 0.827 F1 0.833, kk ORG P 0.707 R 0.693 F1 0.700.
  'kk ENTITIES': { f1: 0.82, precision: 0.83, recall: 0.82 },
  'kk PER': { f1: 0.91, precision: 0.91, recall: 0.91 },
  'kk ORG': { f1: 0.69, precision: 0.70, recall: 0.69 },
  'kk LOC': { f1: 0.83, precision: 0.81, recall: 0.85 },
  'ru ENTITIES': { f1: 0.86, precision: 0.89, recall: 0.84 },
  'ru PER': { f1: 0.94, precision: 0.93, recall: 0.95 },
  'ru LOC': { f1: 0.91, precision: 0.94, recall: 0.88 },
  // Measured 0.636 / 0.756 / 0.549 once linking, slogans and joined organisations came in with the model;
  // 0.66 / 0.72 / 0.61 with the model averaged over six learners; 0.673 / 0.732 / 0.623 with document
  // features and ten learners; 0.679 / 0.774 / 0.606 with the floor on the model's confidence.
  // 0.684 / 0.775 / 0.611 with the lexicon features; 0.702 / 0.733 / 0.674 with Russian weights of their own.
  // 0.694 / 0.775 / 0.629 with Kazakh read both ways and the least confidence at 0.45.
  // 0.704 / 0.774 / 0.646 with an organisation taking in the place it is named after.
  // 0.708 / 0.767 / 0.657 with the repeated names of several words; 0.717 / 0.788 / 0.657 with the legal forms.
  // 0.727 / 0.806 / 0.663 with the shape rules' names read by the model.
  // 0.743 / 0.811 / 0.686 with the Russian official bodies found by their shape; 0.737 / 0.804 / 0.680
  // with that rule's defects mended; 0.749 / 0.818 / 0.691 with a run of Latin words one name.
  'ru ORG': { f1: 0.74, precision: 0.81, recall: 0.69 },
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
