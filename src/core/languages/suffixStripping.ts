/**
 * Candidate base forms of an agglutinative word: the word and every form left by stripping
 * suffixes of `suffixes` from its end, up to `maxSteps` of them stacked (Kazakh and Azerbaijani
 * stack plural, possessive and case). Final consonants that voice before a vowel suffix are
 * restored as well (кітабы → кітап).
 */
export function strippedForms(lowerWord: string, suffixes: readonly string[], devoicing: Readonly<Record<string, string>>, maxSteps = 3, minStem = 2): string[] {
  const forms = new Set<string>([lowerWord]);
  let frontier = [lowerWord];
  for (let step = 0; step < maxSteps && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const form of frontier) {
      for (const suffix of suffixes) {
        if (!form.endsWith(suffix) || form.length - suffix.length < minStem) continue;
        const stem = form.slice(0, -suffix.length);
        if (forms.has(stem)) continue;
        forms.add(stem);
        next.push(stem);
        const last = stem.at(-1);
        const devoiced = last === undefined ? undefined : devoicing[last];
        if (devoiced !== undefined) forms.add(stem.slice(0, -1) + devoiced);
      }
    }
    frontier = next;
  }
  return [...forms];
}
