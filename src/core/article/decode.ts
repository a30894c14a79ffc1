/** The text of an article file, with what must be restored byte for byte when it is written back. */
export interface DecodedArticle {
  /** The text without a byte-order mark (as VS Code shows it). */
  text: string;
  bom: boolean;
}

export type DecodeFailure =
  | { code: 'binary'; offset: number }
  | { code: 'not-utf8'; offset: number }
  | { code: 'utf16'; offset: 0; byteOrder: 'LE' | 'BE'; bom: boolean };

const BOM = [0xef, 0xbb, 0xbf] as const;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The offset of the first byte sequence that is not well-formed UTF-8 (RFC 3629), for a message that says where. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1] ?? 0;
    const secondLow = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const secondHigh = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (length > 1 && (second < secondLow || second > secondHigh)) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k] ?? 0;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** Whether the text holds a C0 control character other than tab, line feed and carriage return. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return true;
  }
  return false;
}

/**
 * Whether the bytes read as UTF-16: a byte-order mark, or (without one) NUL bytes only at odd
 * offsets (little-endian: the high byte of ASCII characters) or only at even ones (big-endian),
 * decoding to text with no stray control characters.
 */
function utf16Of(bytes: Uint8Array): Extract<DecodeFailure, { code: 'utf16' }> | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { code: 'utf16', offset: 0, byteOrder: 'LE', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { code: 'utf16', offset: 0, byteOrder: 'BE', bom: true };
  if (bytes.length % 2 !== 0) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenNuls++;
      else oddNuls++;
    }
  }
  const byteOrder = oddNuls > 0 && evenNuls === 0 ? 'LE' : evenNuls > 0 && oddNuls === 0 ? 'BE' : undefined;
  if (!byteOrder) return undefined;
  try {
    const text = new TextDecoder(byteOrder === 'LE' ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
    return hasControlCharacter(text) ? undefined : { code: 'utf16', offset: 0, byteOrder, bom: false };
  } catch {
    return undefined;
  }
}

/** What is wrong with the bytes, where, and what to do: one line for a message. */
export function describeDecodeFailure(failure: DecodeFailure): string {
  return `skipped: ${decodeFailureReason(failure)}`;
}

/** describeDecodeFailure without the leading "skipped:", for messages that say what happens themselves. */
export function decodeFailureReason(failure: DecodeFailure): string {
  switch (failure.code) {
    case 'utf16': {
      const from = failure.bom ? 'UTF-16' : `UTF-16${failure.byteOrder}`;
      return `the file is ${from} text${failure.bom ? ` (${failure.byteOrder}, with a byte-order mark)` : ''}; articles must be UTF-8: convert it with \`iconv -f ${from} -t UTF-8 FILE > FILE.utf8\` and replace the file`;
    }
    case 'binary': return `a binary file (NUL byte) at byte ${failure.offset}; articles must be UTF-8 text`;
    case 'not-utf8': return `not valid UTF-8 at byte ${failure.offset}; articles must be UTF-8 text`;
  }
}

/** Decodes strict UTF-8; UTF-16 is recognised and named, other NUL bytes mark a binary file. Never guesses another encoding. */
export function decodeArticle(bytes: Uint8Array): DecodedArticle | DecodeFailure {
  const utf16 = bytes.length >= 2 && (bytes[0] === 0xff || bytes[0] === 0xfe || bytes.includes(0)) ? utf16Of(bytes) : undefined;
  if (utf16) return utf16;
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { code: 'binary', offset: nul };
  const bom = bytes.length >= 3 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
  try {
    return { text: decoder.decode(bom ? bytes.subarray(3) : bytes), bom };
  } catch {
    return { code: 'not-utf8', offset: firstInvalidUtf8Byte(bytes) };
  }
}

export function isDecodeFailure(result: DecodedArticle | DecodeFailure): result is DecodeFailure {
  return 'code' in result;
}

export function encodeArticle(article: DecodedArticle): Uint8Array {
  const body = new TextEncoder().encode(article.text);
  if (!article.bom) return body;
  const bytes = new Uint8Array(body.length + 3);
  bytes.set(BOM, 0);
  bytes.set(body, 3);
  return bytes;
}
