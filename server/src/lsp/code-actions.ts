// Code actions as a pure function of the diagnostics' `data` and the document they were asked for.
// The same ladder for every rule: each fix (the first preferred), fix all of this rule, ignore here
// with a reason, read the rule; and `source.fixAll.onrecord` with safe fixes only. Never reads
// message text.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, type Fix, type TextEdit as OffsetEdit } from '../core';
import { isDiagnosticData, suppressionEdit, type DiagnosticData } from './diagnostics';
import { FIX_ALL_KIND, OPEN_RULE_DOC_COMMAND } from './protocol';
import { ruleMeta } from './rule-docs';

export interface CodeActionInput {
  /** The document as it is now. */
  document: TextDocument;
  /** The diagnostics of the request's context (those under the cursor). */
  diagnostics: readonly Diagnostic[];
  /** Every current OnRecord diagnostic of the document, for the fix-all actions. */
  all: readonly Diagnostic[];
  /** The kinds the client asked for; absent means any. */
  only?: readonly string[];
  /** The client applies versioned `documentChanges` (refused by the editor when stale). */
  documentChanges: boolean;
}

export function codeActions(input: CodeActionInput): CodeAction[] {
  const { document } = input;
  const actions: CodeAction[] = [];
  // Data for another version of the document would put edits in the wrong place: drop it.
  const current = (diagnostic: Diagnostic): DiagnosticData | undefined =>
    isDiagnosticData(diagnostic.data) && diagnostic.data.version === document.version ? diagnostic.data : undefined;

  if (wants(input.only, CodeActionKind.QuickFix)) {
    const laddered = new Set<string>();
    for (const diagnostic of input.diagnostics) {
      if (!isDiagnosticData(diagnostic.data)) continue;
      const rule = diagnostic.data.rule;
      const data = current(diagnostic);
      if (data) {
        data.fixes.forEach((fix, i) => {
          actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: i === 0, edit: workspaceEdit(input, fix.edits) });
        });
      }
      const firstOfRule = !laddered.has(rule);
      laddered.add(rule);
      if (data && firstOfRule) {
        const ofRule = input.all.filter((d) => current(d)?.rule === rule);
        const chosen = applyFixes(document.getText(), ofRule.flatMap((d) => current(d)!.fixes.slice(0, 1))).applied;
        if (chosen.length > 1) {
          actions.push({
            title: `Fix all ${rule} findings in this document`,
            kind: CodeActionKind.QuickFix,
            diagnostics: ofRule,
            edit: workspaceEdit(input, chosen.flatMap((fix) => fix.edits)),
          });
        }
      }
      if (data) {
        actions.push({ title: `Ignore ${rule} here (a reason is required)`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(input, [suppressionEdit(document.getText(), rule, data.start)]) });
      }
      if (firstOfRule) {
        const title = `Read the rule: ${ruleMeta(rule)?.title ?? rule} (${rule})`;
        actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: OPEN_RULE_DOC_COMMAND, arguments: [rule] } });
      }
    }
  }

  if (input.only && wants(input.only, FIX_ALL_KIND)) {
    const safe: Fix[] = input.all.flatMap((d) => current(d)?.fixes.filter((fix) => fix.safe) ?? []);
    const chosen = applyFixes(document.getText(), safe).applied;
    if (chosen.length > 0) {
      actions.push({ title: 'Apply all safe OnRecord fixes', kind: FIX_ALL_KIND, edit: workspaceEdit(input, chosen.flatMap((fix) => fix.edits)) });
    }
  }
  return actions;
}

/** True when `kind` was asked for: the same kind, or a sub-kind of one asked for. */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}

function workspaceEdit(input: CodeActionInput, edits: readonly OffsetEdit[]): WorkspaceEdit {
  const { document } = input;
  const lsp: TextEdit[] = [...edits]
    .sort((a, b) => a.start - b.start)
    .map((edit) => ({ range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.text }));
  if (input.documentChanges) return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: lsp }] };
  return { changes: { [document.uri]: lsp } };
}
