// The chunk counting of conlleval (the CoNLL-2000 shared task's evaluation script), so figures
// printed here agree with it on the same tags: a phrase is correct when it starts and ends on
// the same tokens with the same type in both columns.

/** One token's tags (gold, then the guess); `null` marks a sentence boundary. */
export type TagPair = { gold: string; guess: string } | null;

export interface PhraseCounts { gold: number; found: number; correct: number }
export interface ConllevalCounts extends PhraseCounts { tokens: number; correctTags: number; byType: Map<string, PhraseCounts> }

function split(tag: string): [string, string] {
  const match = /^([^-]+)-(.+)$/u.exec(tag);
  return match ? [match[1] as string, match[2] as string] : [tag, ''];
}

function endOfChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  return (prevTag === 'B' && (tag === 'B' || tag === 'S' || tag === 'O'))
    || (prevTag === 'I' && (tag === 'B' || tag === 'S' || tag === 'O'))
    || prevTag === 'E' || prevTag === 'S'
    || (prevTag !== 'O' && prevTag !== '.' && prevType !== type);
}

function startOfChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  return tag === 'B' || tag === 'S'
    || ((prevTag === 'E' || prevTag === 'S' || prevTag === 'O') && (tag === 'E' || tag === 'I'))
    || (tag !== 'O' && tag !== '.' && prevType !== type);
}

export function countConlleval(rows: Iterable<TagPair>): ConllevalCounts {
  const counts: ConllevalCounts = { tokens: 0, correctTags: 0, gold: 0, found: 0, correct: 0, byType: new Map() };
  const byType = (type: string): PhraseCounts => {
    let entry = counts.byType.get(type);
    if (!entry) { entry = { gold: 0, found: 0, correct: 0 }; counts.byType.set(type, entry); }
    return entry;
  };
  let lastCorrect = 'O';
  let lastCorrectType = '';
  let lastGuessed = 'O';
  let lastGuessedType = '';
  let inCorrect = false;
  for (const row of [...rows, null]) {
    const [correct, correctType] = row ? split(row.gold) : ['O', ''];
    const [guessed, guessedType] = row ? split(row.guess) : ['O', ''];
    const endCorrect = endOfChunk(lastCorrect, correct, lastCorrectType, correctType);
    const endGuessed = endOfChunk(lastGuessed, guessed, lastGuessedType, guessedType);
    const startCorrect = startOfChunk(lastCorrect, correct, lastCorrectType, correctType);
    const startGuessed = startOfChunk(lastGuessed, guessed, lastGuessedType, guessedType);
    if (inCorrect) {
      if (endCorrect && endGuessed && lastGuessedType === lastCorrectType) {
        inCorrect = false;
        counts.correct++;
        byType(lastCorrectType).correct++;
      } else if (endCorrect !== endGuessed || guessedType !== correctType) {
        inCorrect = false;
      }
    }
    if (startCorrect && startGuessed && guessedType === correctType) inCorrect = true;
    if (startCorrect) { counts.gold++; byType(correctType).gold++; }
    if (startGuessed) { counts.found++; byType(guessedType).found++; }
    if (row) {
      if (row.gold === row.guess) counts.correctTags++;
      counts.tokens++;
    }
    lastCorrect = correct;
    lastCorrectType = correctType;
    lastGuessed = guessed;
    lastGuessedType = guessedType;
  }
  return counts;
}

export interface Figures { precision: number; recall: number; f1: number }

/** Precision, recall and F1 as conlleval computes them (0 when there is nothing to divide by), as fractions. */
export function figures(counts: PhraseCounts): Figures {
  const precision = counts.found === 0 ? 0 : counts.correct / counts.found;
  const recall = counts.gold === 0 ? 0 : counts.correct / counts.gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

const percent = (value: number): string => (100 * value).toFixed(2).padStart(6);

/** conlleval's report: the totals line, the accuracy line, then a line per type in code-point order. */
export function conllevalReport(counts: PhraseCounts & { tokens: number; correctTags: number }, byType: ReadonlyMap<string, PhraseCounts>): string {
  const total = figures(counts);
  const lines = [
    `processed ${counts.tokens} tokens with ${counts.gold} phrases; found: ${counts.found} phrases; correct: ${counts.correct}.`,
    `accuracy: ${percent(counts.tokens === 0 ? 0 : counts.correctTags / counts.tokens)}%; precision: ${percent(total.precision)}%; recall: ${percent(total.recall)}%; FB1: ${percent(total.f1)}`,
  ];
  for (const type of [...byType.keys()].filter((key) => key !== '').sort()) {
    const entry = byType.get(type) as PhraseCounts;
    const scores = figures(entry);
    lines.push(`${type.padStart(17)}: precision: ${percent(scores.precision)}%; recall: ${percent(scores.recall)}%; FB1: ${percent(scores.f1)}  ${entry.found}`);
  }
  return `${lines.join('\n')}\n`;
}
