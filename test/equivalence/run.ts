// `node out/test/equivalence/run.js [--record] [--dump FOLDER]`: tags every text of taggedTexts
// in every case and compares the output with the recorded fingerprints (test/fixtures/equivalence).
// --record writes the fingerprints anew (only when a change of output is intended); --dump writes
// each output as JSON, to compare two builds file by file.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CASES, caseName, fingerprint, fingerprintsFile, outputJson, readFingerprints, tagCase, taggedTexts } from './taggedTexts';

const REPO_ROOT = path.resolve(__dirname.replace(/[\\/]out[\\/]test[\\/].*$/u, ''));

function main(): void {
  const args = process.argv.slice(2);
  const record = args.includes('--record');
  const dumpIndex = args.indexOf('--dump');
  const dump = dumpIndex === -1 ? undefined : args[dumpIndex + 1];
  if (dump) mkdirSync(dump, { recursive: true });
  const expected = record ? {} : readFingerprints(REPO_ROOT);
  const found: Record<string, string> = {};
  let differing = 0;
  let cpuMs = 0;
  for (const { name, text } of taggedTexts(REPO_ROOT)) {
    for (const taggingCase of CASES) {
      const key = caseName(name, taggingCase);
      const before = process.cpuUsage();
      const json = outputJson(tagCase(text, taggingCase));
      const used = process.cpuUsage(before);
      cpuMs += (used.user + used.system) / 1000;
      found[key] = fingerprint(json);
      if (dump) writeFileSync(path.join(dump, `${key.replace(/[^\p{L}\p{N}.-]+/gu, '_')}.json`), json);
      if (!record && expected[key] !== found[key]) {
        differing++;
        console.log(`differs: ${key}`);
      }
    }
  }
  console.log(`${Object.keys(found).length} outputs, tagged in ${(cpuMs / 1000).toFixed(1)} s of CPU`);
  if (record) {
    const file = fingerprintsFile(REPO_ROOT);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(found, Object.keys(found).sort(), 1)}\n`);
    console.log(`recorded in ${path.relative(REPO_ROOT, file)}`);
  } else {
    console.log(differing === 0 ? 'every output is the same' : `${differing} outputs differ`);
    if (differing > 0) process.exitCode = 1;
  }
}

main();
