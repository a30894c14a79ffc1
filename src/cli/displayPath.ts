import * as path from 'node:path';

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

// Control characters, line and paragraph separators, and the invisible marks that reorder or hide text.
const UNSAFE = /[\p{Cc}\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\\]/gu;

/**
 * A file name as messages print it: relative to the working folder, with control characters,
 * line breaks and bidirectional marks escaped (`\n`, `\x1b`, `\u202e`) so a hostile name can
 * neither break a `file:line:col` line nor hide or reorder what a terminal shows. A backslash is
 * doubled on systems where it is not the path separator.
 */
export function displayPath(file: string): string {
  const shown = path.relative(process.cwd(), file) || file;
  return shown.replace(UNSAFE, (character) => {
    if (character === '\\' && path.sep === '\\') return character;
    const named = NAMED[character];
    if (named !== undefined) return named;
    const code = character.codePointAt(0) ?? 0;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Characters JSON may carry raw that can hide or reorder what a terminal shows. */
const INVISIBLE = /[\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

/** JSON text with the invisible and reordering characters as `\uXXXX` escapes: the same value, safe on a terminal. */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(INVISIBLE, (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}
