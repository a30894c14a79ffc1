import { decodeArticle, decodeFailureReason, isDecodeFailure } from '../article/decode';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../corpus/articleBytes';
import { versionFromText, type ArticleVersion } from './version';

/** Files larger than this are not compared (a note says so): the writer's own limit on articles. */
export const MAX_ARTICLE_BYTES = DEFAULT_MAX_ARTICLE_BYTES;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const NEWLINE = 0x0a;
const CR = 0x0d;
const isBlank = (byte: number | undefined): boolean => byte === 0x20 || byte === 0x09;

/** Offset just past a fence line (`---` or `...`, then blanks, then a line end or the end) starting at `at`, or -1. */
function fenceEnd(bytes: Uint8Array, at: number, closing: boolean): number {
  const char = bytes[at];
  if (char !== 0x2d && !(closing && char === 0x2e)) return -1;
  if (bytes[at + 1] !== char || bytes[at + 2] !== char) return -1;
  let i = at + 3;
  while (isBlank(bytes[i])) i++;
  if (i === bytes.length) return closing ? i : -1;
  if (bytes[i] === NEWLINE) return i + 1;
  if (bytes[i] === CR && bytes[i + 1] === NEWLINE) return i + 2;
  return -1;
}

/** Where the front matter ends in the bytes (the body's first byte), or 0 when there is none or it is not closed. */
function frontMatterEnd(bytes: Uint8Array, start: number): number {
  const opened = fenceEnd(bytes, start, false);
  if (opened === -1) return 0;
  for (let line = opened; line < bytes.length;) {
    const end = fenceEnd(bytes, line, true);
    if (end !== -1) return end;
    const next = bytes.indexOf(NEWLINE, line);
    if (next === -1) return 0;
    line = next + 1;
  }
  return 0;
}

const MARKERS = ['<<<<<<<', '=======', '>>>>>>>', '|||||||'].map((marker) => new TextEncoder().encode(marker));

/** Whether the bytes hold a merge-conflict marker line (seven `<`, `=`, `>` or `|` at a line start, then a blank or the line end). */
function hasConflictMarker(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return MARKERS.some((marker) => {
    for (let at = buffer.indexOf(marker); at !== -1; at = buffer.indexOf(marker, at + 1)) {
      const after = buffer[at + 7];
      if ((at === 0 || buffer[at - 1] === NEWLINE) && (after === undefined || after === NEWLINE || after === CR || isBlank(after))) return true;
    }
    return false;
  });
}

/**
 * Reads a version from a file's bytes. Only the front matter is decoded: the body stays bytes, so
 * an unchanged body is compared byte for byte and never decoded. Binary, non-UTF-8 (in the front
 * matter; in a body when it is compared) and huge files are unreadable, with the reason.
 */
export function versionFromBytes(bytes: Uint8Array): ArticleVersion {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return { kind: 'unreadable', reason: `file too large to compare (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB)` };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const failure = decodeArticle(bytes);
    return { kind: 'unreadable', reason: isDecodeFailure(failure) && failure.code === 'utf16' ? decodeFailureReason(failure) : `a binary file (NUL byte at byte ${nul})` };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // conflict markers, an unclosed fence or no front matter: the text path reads the whole file
  const end = hasConflictMarker(bytes) ? 0 : frontMatterEnd(bytes, start);
  let head: string;
  try {
    head = decoder.decode(bytes.subarray(start, end === 0 ? bytes.length : end));
  } catch {
    const failure = decodeArticle(bytes.subarray(start, end === 0 ? bytes.length : end));
    const offset = (isDecodeFailure(failure) ? failure.offset : 0) + start;
    return { kind: 'unreadable', reason: `not valid UTF-8 (at byte ${offset})` };
  }
  const version = versionFromText(head);
  if (end === 0 || version.kind !== 'article') return version;
  return { ...version, body: bytes.subarray(end) };
}
