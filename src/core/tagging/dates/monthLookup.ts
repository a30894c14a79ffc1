/** Finds the month (1–12) whose stem an inflected month word starts with. */
export function monthOf(word: string, stems: readonly (readonly [string, number])[], locale: string): number | undefined {
  const lower = word.toLocaleLowerCase(locale);
  return stems.find(([stem]) => lower.startsWith(stem))?.[1];
}

export const YEAR = String.raw`(?:1[89]|20)\d{2}`;
export const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
export const DASH = String.raw`\s*[–—-]\s*`;
