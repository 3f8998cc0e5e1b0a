// Hover on a finding: what the rule asks, why (the policy basis), and a link to the rule's doc.
import { MarkupKind, type Diagnostic, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isDiagnosticData } from './diagnostics';
import { ruleDocUrl, ruleMeta } from './rule-docs';

/**
 * The explanation of every finding under `position`, or null. `policyUrl` is the newsroom's own
 * standards page from the config file, when it names one.
 */
export function hoverAt(document: TextDocument, diagnostics: readonly Diagnostic[], position: Position, policyUrl?: string): Hover | null {
  const at = document.offsetAt(position);
  const under = diagnostics.filter((d) => {
    if (!isDiagnosticData(d.data)) return false;
    return document.offsetAt(d.range.start) <= at && at <= document.offsetAt(d.range.end);
  });
  if (under.length === 0) return null;
  const sections: string[] = [];
  const seen = new Set<string>();
  for (const diagnostic of under) {
    const rule = String(diagnostic.code);
    if (seen.has(rule)) continue;
    seen.add(rule);
    sections.push(explainRule(rule, policyUrl));
  }
  const start = Math.min(...under.map((d) => document.offsetAt(d.range.start)));
  const end = Math.max(...under.map((d) => document.offsetAt(d.range.end)));
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: { start: document.positionAt(start), end: document.positionAt(end) },
  };
}

/** Markdown: title and id, what the rule flags, the policy basis, links. */
export function explainRule(rule: string, policyUrl?: string): string {
  const meta = ruleMeta(rule);
  if (!meta) return `**${rule}** (onrecord)`;
  const lines = [
    `**${escape(meta.title)}** \`${meta.id}\``,
    '',
    escape(meta.description),
    '',
    `**Policy basis** (${meta.policy.map(escape).join(', ')}): ${escape(meta.rationale)}`,
    '',
    `[Read the rule](${ruleDocUrl(meta.id)})${policyUrl ? ` · [Newsroom policy](${policyUrl})` : ''}`,
  ];
  return lines.join('\n');
}

/** Markdown control characters in rule prose would render as formatting. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
