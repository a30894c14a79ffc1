// `npm run bench`: the figures the README quotes, measured on this machine.
import { machineLine } from './machine';
import { runCorpusIndexBench } from './corpusIndex.bench';
import { runParsingBench } from './parsing.bench';
import { runFormatsBench } from './formats.bench';
import { runReviewBench } from './review.bench';
import { runLearningBench } from './learning.bench';
import { runLinkingBench } from './linking.bench';
import { runStaleDecisionsBench } from './staleDecisions.bench';
import { runTaggingBench } from './tagging.bench';
import { runWriteBench } from './write.bench';

async function main(): Promise<void> {
  console.log(`Corpus Curator benchmarks on ${machineLine()}`);
  // The index first: the tagging benchmark leaves a large heap behind that would slow it down.
  const taggingOnly = process.argv.includes('--tagging-only');
  if (!taggingOnly) {
    await runCorpusIndexBench();
    runWriteBench({ huge: process.argv.includes('--huge') });
    await runReviewBench();
    await runLearningBench();
    await runStaleDecisionsBench();
  }
  runTaggingBench();
  runLinkingBench();
  if (!taggingOnly) {
    runParsingBench();
    await runFormatsBench();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
