/**
 * Converts UTF-16 offsets (as JavaScript and VS Code count) to Unicode code point offsets (as
 * Python counts, and so spaCy, Prodigy and brat) and back, for one text.
 */
export class CodePointOffsets {
  /** UTF-16 offsets of the astral characters (surrogate pairs), in order. */
  private readonly astral: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) { this.astral.push(i); i++; }
      }
    }
  }

  /** How many astral characters start before `utf16` (binary search). */
  private astralBefore(utf16: number): number {
    let low = 0;
    let high = this.astral.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.astral[middle] ?? 0) < utf16) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  toCodePoints(utf16: number): number {
    return utf16 - this.astralBefore(utf16);
  }

  /** The UTF-16 offset of a code point offset. */
  toUtf16(codePoint: number): number {
    // Each astral character before the position adds one UTF-16 unit.
    let low = 0;
    let high = this.astral.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const at = this.astral[middle] ?? 0;
      if (at - middle < codePoint) low = middle + 1;
      else high = middle;
    }
    return codePoint + low;
  }

  /** Whether a UTF-16 offset falls between the two halves of a surrogate pair. */
  splitsAstral(utf16: number): boolean {
    const index = this.astralBefore(utf16);
    return index > 0 && this.astral[index - 1] === utf16 - 1;
  }
}
