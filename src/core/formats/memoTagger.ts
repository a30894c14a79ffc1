import type { Tagger, TagResult } from '../tagging/types';

/**
 * A tagger that remembers its last few results. Importing an article writes its front matter,
 * reads its tags and records decisions, and each step tags the same body with the same options:
 * tagged once instead of four times. Results are shared, so callers must not change them.
 */
export function memoTagger(tagger: Tagger, size = 4): Tagger {
  const recent: { key: string; text: string; result: TagResult }[] = [];
  return (text, options) => {
    const key = `${options?.lang ?? ''}\u0000${options?.referenceDate ?? ''}\u0000${options?.article ?? ''}\u0000${JSON.stringify(options?.exclude ?? [])}`;
    const found = recent.find((entry) => entry.key === key && entry.text === text);
    if (found) return found.result;
    const result = tagger(text, options);
    recent.unshift({ key, text, result });
    if (recent.length > size) recent.pop();
    return result;
  };
}
