/** Text shown inside Markdown (hovers, tooltips) without being read as Markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/gu, '\\$&');
}
