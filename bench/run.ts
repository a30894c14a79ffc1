// `npm run bench`: the figures the README quotes, measured on this machine.
import { machineLine } from './machine';
import { runCorpusIndexBench } from './corpusIndex.bench';
import { runTaggingBench } from './tagging.bench';

async function main(): Promise<void> {
  console.log(`Corpus Curator benchmarks on ${machineLine()}`);
  // The index first: the tagging benchmark leaves a large heap behind that would slow it down.
  if (!process.argv.includes('--tagging-only')) await runCorpusIndexBench();
  runTaggingBench();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
