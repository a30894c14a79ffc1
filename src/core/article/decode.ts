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
