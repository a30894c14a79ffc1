/**
 * Russian names back to the nominative. The words of a name share one case, and the given name
 * shows which: Гильбертом Прено (instrumental) → Гильберт Прено; Эльвирой Азимовой, Эльвиры
 * Азимовой → Эльвира Азимова; Артуру Ластаеву → Артур Ластаев; Ерлане Калиеве → Ерлан Калиев;
 * Эльвире Азимовой → Эльвира Азимова; Айдос Сарым is already nominative.
 */
export function ruNominative(words: readonly string[]): string[] {
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  if (/(?:ом|ем|ём)$/u.test(first)) return words.map((word) => word.replace(/(?:ом|ем|ём|ым|им)$/u, ''));
  if (/(?:ией|ей|ой|ою)$/u.test(first)) return words.map((word) => word.replace(/ией$/u, 'ия').replace(/(?:ой|ою|ей)$/u, 'а'));
  if (/[ыи]$/u.test(first) && /(?:ой|ей)$/u.test(last)) return words.map((word) => word.replace(/ии$/u, 'ия').replace(/ы$/u, 'а').replace(/(?:ой|ей)$/u, 'а'));
  if (/[ую]$/u.test(first) && words.length > 1) return words.map((word) => word.replace(/[ую]$/u, ''));
  // Prepositional: a man's (о Ерлане Калиеве) and a woman's (об Эльвире Азимовой).
  if (/е$/u.test(first) && /(?:ов|ев|ёв|ин|ын)е$/u.test(last)) return words.map((word) => word.replace(/е$/u, ''));
  if (/[^и]е$/u.test(first) && /(?:ов|ев|ёв|ин|ын)ой$/u.test(last)) return words.map((word) => word.replace(/е$/u, 'а').replace(/ой$/u, 'а'));
  if (/(?:ов|ев|ин)ой$/u.test(last)) return [...words.slice(0, -1), last.replace(/ой$/u, 'а')];
  return [...words];
}
