import { homedir } from 'node:os';
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
/** VS Code inside code-server 4.100.3; `engines.vscode` must not be newer. */
export const HOST_VSCODE_VERSION = '1.100.3';

/** The extension's root: out/test/launch/*.js → three levels up. */
export const EXTENSION_ROOT = path.resolve(__dirname, '..', '..', '..');

export function hostCacheRoot(): string {
  return process.env.CORPUS_CURATOR_HOST_CACHE
    ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'corpus-curator');
}

export function codeServerEntry(): string {
  return path.join(hostCacheRoot(), `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
