import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { GitRepository } from '../../../src/cli/git/repository';
import { TempWorkspace } from '../helpers/tempWorkspace';

function git(cwd: string, args: readonly string[], input?: Buffer): string {
  const result = spawnSync('git', args, { cwd, input, encoding: 'buffer' });
  assert.equal(result.status, 0, result.stderr.toString('utf8'));
  return result.stdout.toString('utf8').trim();
}

describe('cli: blobs read through one git cat-file --batch', () => {
  let workspace: TempWorkspace;
  /** Blobs of every size around git's output chunks (64 KB): empty, tiny, many in one chunk, and ones that span several. */
  const contents: Buffer[] = [Buffer.alloc(0), Buffer.from('a'), Buffer.from('Қазақстан\n'.repeat(3))];
  for (let i = 0; i < 300; i++) contents.push(Buffer.from(`статья ${i}\n${'слово '.repeat(i * 7)}\n`));
  for (const size of [65_535, 65_536, 65_537, 200_000]) contents.push(Buffer.alloc(size, size % 251));
  let ids: string[];

  before(() => {
    workspace = new TempWorkspace('cc-blobs');
    git(workspace.root, ['init', '-q']);
    ids = contents.map((content) => git(workspace.root, ['hash-object', '-w', '--stdin'], content));
  });

  after(() => { workspace.remove(); });

  it('gives each blob byte for byte, a missing one as undefined, and tells of each as it comes, in the order asked', async () => {
    const repository = await GitRepository.open(workspace.root);
    const missing = '0123456789abcdef0123456789abcdef01234567';
    const seen: string[] = [];
    const blobs = await repository.readBlobs([...ids, missing, ids[5] as string], (arrived) => {
      const id = [...arrived.keys()].at(-1) as string;
      seen.push(id);
      assert.ok(arrived.has(id));
    });
    assert.deepEqual(seen, [...new Set([...ids, missing])]);
    contents.forEach((content, i) => { assert.ok(content.equals(blobs.get(ids[i] as string) as Buffer), `blob ${i} of ${content.length} bytes`); });
    assert.ok(blobs.has(missing));
    assert.equal(blobs.get(missing), undefined);
  });

  it('an error in what is done with a blob rejects the read and stops git, instead of escaping', async () => {
    const repository = await GitRepository.open(workspace.root);
    let calls = 0;
    await assert.rejects(repository.readBlobs(ids, () => {
      calls++;
      if (calls === 10) throw new Error('the comparison failed');
    }), /the comparison failed/u);
    assert.equal(calls, 10);
  });
});
