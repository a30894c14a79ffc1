import * as path from 'node:path';

/** The repository root: out/test/unit/… is compiled from test/unit/…, so walk up to package.json's folder. */
export const REPO_ROOT = path.resolve(__dirname.replace(/[\\/]out[\\/]test[\\/].*$/u, ''));
export const SEEDS = path.join(REPO_ROOT, 'seeds');
export const SEED_NAMES = [
  '000_a37ffc7efebda23c.txt', '001_eb5c65e7f4da4a69.txt', '002_dc49007d92890326.txt',
  '003_c55b704b24c84185.txt', '004_df8d99c26602f3bf.txt',
] as const;
