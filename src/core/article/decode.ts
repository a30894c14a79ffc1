/** The text of an article file, with what must be restored byte for byte when it is written back. */
export interface DecodedArticle {
  /** The text without a byte-order mark (as VS Code shows it). */
  text: string;
  bom: boolean;
}

export type DecodeFailure =
  | { code: 'binary'; offset: number }
  | { code: 'not-utf8'; offset: number };

const BOM = [0xef, 0xbb, 0xbf] as const;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Finds the first byte that breaks UTF-8, for a message that says where. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle;
    }
  }
  return low;
}

/** Decodes strict UTF-8; a NUL byte marks a binary file. Never guesses another encoding. */
export function decodeArticle(bytes: Uint8Array): DecodedArticle | DecodeFailure {
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
