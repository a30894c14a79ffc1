import * as assert from 'node:assert/strict';
import { conllevalReport, countConlleval, type TagPair } from '../../../../src/core/evaluation/conlleval';
import { evaluateDocuments } from '../../../../src/core/evaluation/evaluate';
import type { AnnotatedDocument } from '../../../../src/core/formats/document';
import type { Span, Tagger } from '../../../../src/core/tagging/types';

// A three-column file as conlleval reads it (token, gold, guess). Worked by hand:
// gold phrases PER(Эльвира Азимова) LOC(Женеве) LOC(Астана қаласы) ORG(БҰҰ) = 4;
// guessed PER(Эльвира Азимова) ORG(Женеве) LOC(Астана) ORG(БҰҰ) = 4; correct PER and ORG(БҰҰ) = 2.
// Tokens 9, equal tags 7 (all but Женеве and қаласы): accuracy 77.78%.
// P = R = 2/4 = 50.00%. LOC: 0 of 1 found, 0 of 2 gold. ORG: 1 of 2 found, 1 of 1 gold, FB1 66.67.
const THREE_COLUMNS = `Эльвира B-PER B-PER
Азимова I-PER I-PER
выступила O O
в O O
Женеве B-LOC B-ORG
. O O

Астана B-LOC B-LOC
қаласы I-LOC O
БҰҰ B-ORG B-ORG
`;

const CONLLEVAL_OUTPUT = `processed 9 tokens with 4 phrases; found: 4 phrases; correct: 2.
accuracy:  77.78%; precision:  50.00%; recall:  50.00%; FB1:  50.00
              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  1
              ORG: precision:  50.00%; recall: 100.00%; FB1:  66.67  2
              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1
`;

function pairs(text: string): TagPair[] {
  return text.trimEnd().split('\n').map((line) => {
    const fields = line.split(' ');
    return fields.length < 3 ? null : { gold: fields[1] as string, guess: fields[2] as string };
  });
}

describe('core/evaluation: figures as conlleval prints them', () => {
  it('counts phrases, tokens and tags as conlleval does on a small file worked by hand', () => {
    const counts = countConlleval(pairs(THREE_COLUMNS));
    assert.equal(conllevalReport(counts, counts.byType), CONLLEVAL_OUTPUT);
  });

  it('counts I- after O as a phrase start, as conlleval does', () => {
    const counts = countConlleval([{ gold: 'O', guess: 'O' }, { gold: 'B-PER', guess: 'I-PER' }, { gold: 'I-PER', guess: 'I-PER' }]);
    assert.deepEqual([counts.gold, counts.found, counts.correct], [1, 1, 1]);
  });

  it('eval (the scorer of npm run score) agrees with conlleval on the same text and tags', () => {
    const text = 'Эльвира Азимова выступила в Женеве.\nАстана қаласы БҰҰ';
    const at = (word: string, length = word.length): { start: number; end: number } => ({ start: text.indexOf(word), end: text.indexOf(word) + length });
    const gold: AnnotatedDocument = { meta: { lang: 'ru' }, text, spans: [
      { ...at('Эльвира Азимова'), label: 'PER', text: 'Эльвира Азимова' },
      { ...at('Женеве'), label: 'LOC', text: 'Женеве' },
      { ...at('Астана қаласы'), label: 'LOC', text: 'Астана қаласы' },
      { ...at('БҰҰ'), label: 'ORG', text: 'БҰҰ' },
    ] };
    const guesses: Span[] = [
      { ...at('Эльвира Азимова'), kind: 'PER', text: 'Эльвира Азимова' },
      { ...at('Женеве'), kind: 'ORG', text: 'Женеве' },
      { ...at('Астана'), kind: 'LOC', text: 'Астана' },
      { ...at('БҰҰ'), kind: 'ORG', text: 'БҰҰ' },
    ];
    const tagger: Tagger = () => ({ lang: 'ru', script: 'Cyrl', spans: guesses });
    const evaluation = evaluateDocuments([gold], tagger, 'exact');
    assert.equal(conllevalReport(evaluation.total, evaluation.total.byKind), CONLLEVAL_OUTPUT);
    const overlap = evaluateDocuments([gold], tagger, 'overlap');
    assert.deepEqual(overlap.total.byKind.get('LOC'), { gold: 2, found: 1, correct: 1 });
  });
});
