// The curator's memory of surface forms, in the manner of INCEpTION's string matcher recommender:
// a name the curator accepted or added is proposed where it recurs, in its inflected forms; a form
// the curator rejected is not proposed again. Rebuilt from the decisions, never edited by hand.
import { KINDS } from '../../kinds';
import { mayJoin, namePattern, type NamePattern, sameWord } from '../inflectedNames';
import { candidateKeys } from '../morphology';
import type { EntityKind } from '../model/labels';
import { compareCodePoints } from '../../text/compare';
import { startsUpper, type Token } from '../../text/tokenize';
import { isLanguageCode } from '../../languages/registry';
import type { LanguageCode, Span } from '../types';

/** One surface form as the decisions give it: how often the curator kept it as `kind`, and how often rejected it as `kind`. */
export interface RememberedForm {
  lang: LanguageCode;
  form: string;
  kind: EntityKind;
  accepted: number;
  rejected: number;
}

/** The forms a manifest holds, checked (a hand-edited or older manifest gives none rather than wrong ones). */
export function parseRememberedForms(value: unknown): RememberedForm[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is RememberedForm => {
    if (item === null || typeof item !== 'object') return false;
    const entry = item as Record<string, unknown>;
    return isLanguageCode(entry.lang) && typeof entry.form === 'string' && KINDS.isEntityKind(entry.kind)
      && Number.isInteger(entry.accepted) && Number.isInteger(entry.rejected);
  });
}

interface RememberedName { words: readonly NamePattern['words'][number][]; kind: EntityKind; form: string }

/** What may stand between two words of one name: spaces and the punctuation of initials and quotes, never a line break. */
const NAME_GAP = /^[ \t\u00a0.,«»"„“”'’–—-]*$/u;

/** The memory of one workspace, ready to tag with: the names to propose by language and the forms never to propose. */
export class CuratorMemory {
  private readonly names = new Map<LanguageCode, Map<string, RememberedName[]>>();
  private readonly refused = new Set<string>();
  readonly size: number;

  constructor(readonly forms: readonly RememberedForm[]) {
    for (const entry of forms) {
      if (entry.rejected > entry.accepted) this.refused.add(refusalKey(entry.lang, entry.form, entry.kind));
      if (entry.accepted > entry.rejected) this.remember(entry);
    }
    for (const byKey of this.names.values()) for (const list of byKey.values()) list.sort((a, b) => b.words.length - a.words.length || compareCodePoints(a.form, b.form));
    this.size = forms.length;
  }

  private remember(entry: RememberedForm): void {
    const { words } = namePattern(entry.form, entry.lang);
    const first = words[0];
    if (first === undefined) return;
    const byKey = this.names.get(entry.lang) ?? new Map<string, RememberedName[]>();
    this.names.set(entry.lang, byKey);
    for (const key of first.keys) {
      if (!mayJoin(key, first.text)) continue;
      const list = byKey.get(key) ?? [];
      list.push({ words, kind: entry.kind, form: entry.form });
      byKey.set(key, list);
    }
  }

  /** Whether the curator rejected this surface form as this kind more often than kept it. */
  refuses(lang: LanguageCode, form: string, kind: string): boolean {
    return this.refused.size > 0 && this.refused.has(refusalKey(lang, form.trim(), kind));
  }

  /** The remembered names in the text (its words given), longest first at each word; a form the curator refuses is not proposed. */
  find(text: string, tokens: readonly Token[], lang: LanguageCode): Span[] {
    const byKey = this.names.get(lang);
    if (byKey === undefined) return [];
    const spans: Span[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i] as Token;
      if (!startsUpper(first.text)) continue;
      const found = this.longestAt(text, tokens, i, lang, byKey);
      if (found === undefined) continue;
      const last = tokens[i + found.words.length - 1] as Token;
      const surface = text.slice(first.start, last.end);
      if (this.refuses(lang, surface, found.kind)) continue;
      spans.push({ start: first.start, end: last.end, kind: found.kind, text: surface });
      i += found.words.length - 1;
    }
    return spans;
  }

  private longestAt(text: string, tokens: readonly Token[], i: number, lang: LanguageCode, byKey: Map<string, RememberedName[]>): RememberedName | undefined {
    let best: RememberedName | undefined;
    const first = tokens[i] as Token;
    for (const key of candidateKeys(first.text, lang)) {
      const names = mayJoin(key, first.text) ? byKey.get(key) : undefined;
      if (names === undefined) continue;
      for (const name of names) {
        const length = name.words.length;
        if (best && best.words.length >= length) break;
        if (i + length > tokens.length || !sameWord(name.words[0] as RememberedName['words'][number], first.text, lang)) continue;
        let matches = true;
        for (let k = 1; k < length && matches; k++) {
          const previous = tokens[i + k - 1] as Token;
          const current = tokens[i + k] as Token;
          matches = NAME_GAP.test(text.slice(previous.end, current.start)) && sameWord(name.words[k] as RememberedName['words'][number], current.text, lang);
        }
        if (matches) best = name;
      }
    }
    return best;
  }
}

function refusalKey(lang: LanguageCode, form: string, kind: string): string {
  return `${lang}\u0000${form}\u0000${kind}`;
}
