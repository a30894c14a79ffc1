import { changeLine, summaryLine } from './describe';
import { ENTITY_KINDS } from './entities';
import type { CorpusReport } from './report';

function articleHeader(path: string, state: string): string {
  return state === 'modified' ? path : `${path} (${state})`;
}

/** The plain-text report: a summary, then each article with one line per change. */
export function renderText(report: CorpusReport): string {
  const { summary } = report;
  const lines = [`Metadata changes: ${report.from} → ${report.to}`, summaryText(report), ''];
  for (const article of report.articles) {
    lines.push(`${articleHeader(article.path, article.state)}: ${summaryLine(article)}`);
    for (const note of article.notes) lines.push(`  note: ${note}`);
    for (const change of article.changes) lines.push(`  ${changeLine(change)}`);
  }
  for (const skipped of report.skipped) lines.push(`${skipped.path}: skipped: ${skipped.reason}`);
  if (summary.bodyChanges > 0) lines.push('', `WARNING: the body of ${summary.bodyChanges} article(s) changed; curation never changes a body.`);
  return `${lines.join('\n')}\n`;
}

function summaryText(report: CorpusReport): string {
  const { summary } = report;
  const kinds = (counts: Record<string, number>): string => ENTITY_KINDS.filter((kind) => counts[kind]).map((kind) => `${counts[kind]} ${kind}`).join(', ') || '0';
  const parts = [
    `${summary.articlesChanged} article(s) changed`,
    `entities added: ${kinds(summary.entitiesAdded)}`,
    `removed: ${kinds(summary.entitiesRemoved)}`,
    ...(summary.renamed ? [`renamed or merged: ${summary.renamed}`] : []),
    ...summary.statusMoves.map((move) => `${move.move}: ${move.count}`),
    `decisions made: ${summary.decisionsMade}, reversed: ${summary.decisionsReversed}`,
    ...(summary.conflicts ? [`merge conflicts: ${summary.conflicts}`] : []),
    ...(summary.unreadable ? [`unreadable: ${summary.unreadable}`] : []),
  ];
  return parts.join('; ');
}

const escapeHtml = (text: string): string => text.replace(/[&<>]/gu, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[char] ?? char);
const cell = (text: string): string => escapeHtml(text).replace(/\|/gu, '\\|');

/** A pull-request comment: a summary table, then one `<details>` block per article. */
export function renderMarkdown(report: CorpusReport): string {
  const { summary } = report;
  const out: string[] = [`### Metadata changes: \`${report.from}\` → \`${report.to}\``, ''];
  if (summary.bodyChanges > 0) out.push(`> [!WARNING]`, `> The body of ${summary.bodyChanges} article(s) changed. Curation never changes a body.`, '');
  if (summary.conflicts > 0) out.push(`> [!CAUTION]`, `> ${summary.conflicts} article(s) hold merge-conflict markers and were not compared.`, '');
  out.push('| | |', '| --- | ---: |', `| Articles changed | ${summary.articlesChanged} |`);
  const kinds = ENTITY_KINDS.filter((kind) => summary.entitiesAdded[kind] || summary.entitiesRemoved[kind]);
  for (const kind of kinds) out.push(`| ${kind} added / removed | +${summary.entitiesAdded[kind]} / \u2212${summary.entitiesRemoved[kind]} |`);
  if (summary.renamed) out.push(`| Entities renamed or merged | ${summary.renamed} |`);
  for (const move of summary.statusMoves) out.push(`| Status ${cell(move.move)} | ${move.count} |`);
  out.push(`| Decisions made / reversed | ${summary.decisionsMade} / ${summary.decisionsReversed} |`);
  if (summary.bodyChanges) out.push(`| **Bodies changed** | **${summary.bodyChanges}** |`);
  if (summary.unreadable) out.push(`| Not compared (unreadable) | ${summary.unreadable} |`);
  out.push('');
  for (const article of report.articles) {
    out.push('<details>', `<summary><code>${escapeHtml(articleHeader(article.path, article.state))}</code>: ${escapeHtml(summaryLine(article))}</summary>`, '');
    for (const note of article.notes) out.push(`- _${escapeHtml(note)}_`);
    for (const change of article.changes) {
      const line = escapeHtml(changeLine(change));
      out.push(change.type === 'body-changed' ? `- **${line}**` : `- ${line}`);
    }
    out.push('', '</details>');
  }
  if (report.skipped.length > 0) {
    out.push('', '<details>', `<summary>${report.skipped.length} file(s) skipped</summary>`, '');
    for (const skipped of report.skipped) out.push(`- <code>${escapeHtml(skipped.path)}</code>: ${escapeHtml(skipped.reason)}`);
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}
