// Renders docs/presets.md from the preset tables and rule metadata (STYLE habit 7).
import { fileURLToPath } from 'node:url';
import { presetLayer, type RuleMeta } from '../server/src/core/index';
import { NEWSROOM_PRESETS } from '../server/src/core/presets';

export const PRESETS_DOC_PATH = fileURLToPath(new URL('../docs/presets.md', import.meta.url));

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

export function renderPresetsDoc(metas: readonly RuleMeta[]): string {
  const out: string[] = [
    '# Presets',
    '',
    '<!-- Generated from server/src/core/presets.ts and rule metadata by `npm run generate`; do not edit. -->',
    '',
    'A preset is a severity table. `onrecord:recommended` (the default) uses each rule\'s default;',
    '`onrecord:strict` raises every rule one step; each newsroom preset is `recommended` with the',
    'changes its published standards call for. Choose one with `"extends"` in `.onrecord.jsonc`',
    '(`"extends": ["onrecord:ap"]`) or `onrecord check --preset ap`. Your own `rules` settings',
    'always win over a preset, and `stage` (draft, edit, publish) moves every severity along the',
    'ladder afterwards.',
    '',
    '| Rule | recommended | strict | ' + Object.keys(NEWSROOM_PRESETS).map((n) => n.replace('onrecord:', '')).join(' | ') + ' |',
    '| --- | --- | --- | ' + Object.keys(NEWSROOM_PRESETS).map(() => '---').join(' | ') + ' |',
  ];
  const strict = presetLayer('onrecord:strict', metas)!.rules!;
  for (const meta of metas) {
    const cells = Object.values(NEWSROOM_PRESETS).map((p) => (p.rules[meta.id] && p.rules[meta.id].severity !== meta.defaultSeverity ? `**${p.rules[meta.id].severity}**` : meta.defaultSeverity));
    out.push(`| \`${meta.id}\` | ${meta.defaultSeverity} | ${String(strict[meta.id])} | ${cells.join(' | ')} |`);
  }
  out.push('', 'Bold marks a change from `recommended`.', '');
  for (const [name, preset] of Object.entries(NEWSROOM_PRESETS)) {
    out.push(`## \`${name}\`: ${preset.title}`, '', `Follows ${preset.source}. ${preset.summary}`, '', '| Rule | Severity | Why |', '| --- | --- | --- |');
    for (const [id, { severity, options, why }] of Object.entries(preset.rules)) {
      const set = options ? ` (${Object.entries(options).map(([k, v]) => `\`${k}: ${JSON.stringify(v)}\``).join(', ')})` : '';
      out.push(`| \`${id}\` | ${severity}${set} | ${cell(why)} |`);
    }
    out.push('');
  }
  out.push(
    '## Genre',
    '',
    'A document\'s `genre` (news, analysis, opinion, feature, liveblog; in config or front matter) caps',
    'the rules that judge the writer\'s own voice, whatever the preset says:',
    '',
    '| Rule | ' + ['analysis', 'opinion', 'feature', 'liveblog'].join(' | ') + ' |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const meta of metas) {
    if (!meta.genreSeverity) continue;
    const caps = (['analysis', 'opinion', 'feature', 'liveblog'] as const).map((g) => meta.genreSeverity?.[g] ?? '—');
    out.push(`| \`${meta.id}\` | ${caps.join(' | ')} |`);
  }
  out.push('', 'A cap is the most a rule may report in that genre; `off` silences it.', '');
  return out.join('\n');
}
