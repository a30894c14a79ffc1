import { registryGeneration } from '../languages/registry';
import type { LanguageCode } from './types';

/**
 * What a word says in a language, worked out once per word: news repeats its words, and the
 * rules ask the same of each occurrence. Forgotten when the language registry changes; a
 * language's memo is emptied when full, so memory stays bounded.
 */
export class WordMemo<T, Language extends string = LanguageCode> {
  private readonly byLanguage = new Map<Language, Map<string, T>>();
  private generation = registryGeneration();

  constructor(private readonly compute: (word: string, lang: Language) => T, private readonly limit = 100_000) {}

  get(word: string, lang: Language): T {
    if (this.generation !== registryGeneration()) {
      this.byLanguage.clear();
      this.generation = registryGeneration();
    }
    let memo = this.byLanguage.get(lang);
    if (memo === undefined) this.byLanguage.set(lang, memo = new Map<string, T>());
    // One lookup for the words met before (nearly all of them); `has` only tells a kept undefined from none.
    const known = memo.get(word);
    if (known !== undefined || memo.has(word)) return known as T;
    const value = this.compute(word, lang);
    if (memo.size >= this.limit) memo.clear();
    memo.set(word, value);
    return value;
  }
}
