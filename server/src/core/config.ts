import { findNodeAtLocation, parse as parseJsonc, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { ConfigLayer, ConfigProblem, ResolvedConfig, RuleMeta, RuleOptions, SeverityOrOff } from './types';
import { GENRES, STAGES } from './types';
import { NEWSROOM_PRESETS } from './presets';

export const DEFAULT_PRESET = 'onrecord:recommended';

const RAISE: Record<SeverityOrOff, SeverityOrOff> = {
  off: 'off',
  hint: 'information',
  information: 'warning',
  warning: 'error',
  error: 'error',
};

/**
 * Presets are severity tables computed from rule metadata, so a new rule is in every preset
 * the day it lands. `recommended` is each rule's default; `strict` raises every rule one step
 * (a rule that is off by default comes on as a warning). Newsroom presets (presets.ts) are
 * `recommended` with that newsroom's changes on top.
 */
export function presetLayer(name: string, metas: readonly RuleMeta[]): ConfigLayer | undefined {
  const rules: NonNullable<ConfigLayer['rules']> = {};
  switch (name) {
    case 'onrecord:recommended':
      for (const meta of metas) rules[meta.id] = meta.defaultSeverity;
      return { rules };
    case 'onrecord:strict':
      for (const meta of metas) rules[meta.id] = meta.defaultSeverity === 'off' ? 'warning' : RAISE[meta.defaultSeverity];
      return { rules };
    default: {
      const newsroom = NEWSROOM_PRESETS[name];
      if (!newsroom) return undefined;
      for (const meta of metas) {
        const entry = newsroom.rules[meta.id];
        rules[meta.id] = entry ? (entry.options ? [entry.severity, entry.options] : entry.severity) : meta.defaultSeverity;
      }
      return { rules };
    }
  }
}

export const PRESET_NAMES: readonly string[] = ['onrecord:recommended', 'onrecord:strict', ...Object.keys(NEWSROOM_PRESETS)];

const TOP_KEYS = new Set(['$schema', 'root', 'extends', 'stage', 'genre', 'rules', 'lexicon', 'ignore', 'policyUrl']);
const SEVERITY_NAMES = new Set<string>(['off', 'hint', 'information', 'info', 'warning', 'warn', 'error']);

function normaliseSeverity(value: unknown): SeverityOrOff | undefined {
  if (typeof value === 'number') return (['off', 'warning', 'error'] as const)[value];
  if (typeof value !== 'string' || !SEVERITY_NAMES.has(value)) return undefined;
  if (value === 'info') return 'information';
  if (value === 'warn') return 'warning';
  return value as SeverityOrOff;
}

export interface ParsedConfig {
  layer: ConfigLayer;
  problems: ConfigProblem[];
}

/**
 * Parses and validates `.onrecord.jsonc` text. Never throws: every problem comes back with
 * offsets so the CLI can name the line and the language server can put a diagnostic there.
 */
export function parseConfigText(text: string, metas: readonly RuleMeta[]): ParsedConfig {
  const errors: ParseError[] = [];
  const raw: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: ConfigProblem[] = errors.map((e) => ({
    message: `invalid JSON: ${printParseErrorCode(e.error)}`,
    start: e.offset,
    end: e.offset + Math.max(1, e.length),
  }));
  if (problems.length > 0) return { layer: {}, problems };
  const validated = validateLayer(raw, metas, 'config');
  const tree = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  for (const problem of validated.problems) {
    if (!tree || !problem.path) continue;
    const node = findNodeAtLocation(tree, problem.path);
    // Point at the property name for unknown keys, at the value otherwise.
    const target = node && (problem.key || problem.message.startsWith('unknown key')) && node.parent?.type === 'property' ? node.parent.children![0] : node;
    if (target) {
      problem.start = target.offset;
      problem.end = target.offset + target.length;
    }
  }
  return { layer: validated.layer, problems: validated.problems.map(({ path: _path, key: _key, ...rest }) => rest) };
}

/** Validates a layer that came from JSON or front matter; unknown keys and bad values are problems. */
export function validateLayer(raw: unknown, metas: readonly RuleMeta[], where: string): ParsedConfig {
  const problems: ConfigProblem[] = [];
  const layer: ConfigLayer = {};
  if (raw === undefined || raw === null) return { layer, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { layer, problems: [{ message: `${where} must be an object` }] };
  }
  const ruleIds = new Set(metas.map((m) => m.id));
  const obj = raw as Record<string, unknown>;
  for (const [key, value] of Object.entries(obj)) {
    if (!TOP_KEYS.has(key)) {
      problems.push({ path: [key], message: `unknown key "${key}" (expected one of ${[...TOP_KEYS].filter((k) => k !== '$schema').join(', ')})` });
      continue;
    }
    switch (key) {
      case 'root':
        if (typeof value !== 'boolean') problems.push({ path: [key], message: '"root" must be true or false' });
        else layer.root = value;
        break;
      case 'extends': {
        const list = typeof value === 'string' ? [value] : value;
        if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) {
          problems.push({ path: [key], message: '"extends" must be a preset name or a list of preset names' });
          break;
        }
        const unknown = (list as string[]).filter((name) => !PRESET_NAMES.includes(name));
        for (const name of unknown) problems.push({ path: [key], message: `unknown preset "${name}" (available: ${PRESET_NAMES.join(', ')})` });
        layer.extends = (list as string[]).filter((name) => !unknown.includes(name));
        break;
      }
      case 'stage':
        if (!STAGES.includes(value as never)) problems.push({ path: [key], message: `"stage" must be one of ${STAGES.join(', ')}` });
        else layer.stage = value as ConfigLayer['stage'];
        break;
      case 'genre':
        if (!GENRES.includes(value as never)) problems.push({ path: [key], message: `"genre" must be one of ${GENRES.join(', ')}` });
        else layer.genre = value as ConfigLayer['genre'];
        break;
      case 'policyUrl':
        if (typeof value !== 'string') problems.push({ path: [key], message: '"policyUrl" must be a string' });
        else layer.policyUrl = value;
        break;
      case 'ignore':
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) problems.push({ path: [key], message: '"ignore" must be a list of glob patterns' });
        else layer.ignore = value as string[];
        break;
      case 'rules': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          problems.push({ path: [key], message: '"rules" must be an object of rule id → severity' });
          break;
        }
        layer.rules = {};
        for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
          if (!ruleIds.has(id)) {
            problems.push({ path: ['rules', id], key: true, message: `unknown rule "${id}"` });
            continue;
          }
          const [sev, options] = Array.isArray(setting) ? setting : [setting, undefined];
          const severity = normaliseSeverity(sev);
          if (!severity) {
            problems.push({ path: ['rules', id], message: `rule "${id}": severity must be one of off, hint, information, warning, error` });
            continue;
          }
          if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
            problems.push({ path: ['rules', id], message: `rule "${id}": options must be an object` });
            continue;
          }
          const meta = metas.find((m) => m.id === id)!;
          const optionProblems = validateOptions(meta, (options ?? {}) as RuleOptions).map((p) => ({ ...p, path: ['rules', id] }));
          problems.push(...optionProblems);
          // Invalid options are reported and dropped: a "yes" must not pass for true.
          const valid = Object.fromEntries(Object.entries((options ?? {}) as RuleOptions).filter(([name]) => !optionProblems.some((p) => p.message.includes(`"${name}"`))));
          layer.rules[id] = options === undefined ? severity : [severity, valid];
        }
        break;
      }
      case 'lexicon': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          problems.push({ path: [key], message: '"lexicon" must be an object' });
          break;
        }
        layer.lexicon = {};
        for (const [name, edit] of Object.entries(value as Record<string, unknown>)) {
          if (Array.isArray(edit)) {
            if (edit.some((v) => typeof v !== 'string')) problems.push({ path: ['lexicon', name], message: `lexicon "${name}" must list phrases (strings)` });
            else layer.lexicon[name] = edit as string[];
            continue;
          }
          if (typeof edit !== 'object' || edit === null) {
            problems.push({ path: ['lexicon', name], message: `lexicon "${name}" must be { "add": [...], "remove": [...] }` });
            continue;
          }
          const { add, remove, ...rest } = edit as Record<string, unknown>;
          for (const k of Object.keys(rest)) problems.push({ path: ['lexicon', name], message: `lexicon "${name}": unknown key "${k}" (expected add, remove)` });
          const okList = (v: unknown) => v === undefined || (Array.isArray(v) && v.every((s) => typeof s === 'string'));
          if (!okList(add) || !okList(remove)) {
            problems.push({ path: ['lexicon', name], message: `lexicon "${name}": add and remove must list phrases (strings)` });
            continue;
          }
          layer.lexicon[name] = { add: add as string[] | undefined, remove: remove as string[] | undefined };
        }
        break;
      }
    }
  }
  return { layer, problems };
}

function validateOptions(meta: RuleMeta, options: RuleOptions): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const schema = meta.options ?? {};
  for (const [name, value] of Object.entries(options)) {
    const option = schema[name];
    if (!option) {
      const known = Object.keys(schema);
      problems.push({ message: `rule "${meta.id}": unknown option "${name}"${known.length ? ` (options: ${known.join(', ')})` : ' (it takes no options)'}` });
      continue;
    }
    const ok =
      option.type === 'string[]'
        ? Array.isArray(value) && value.every((v) => typeof v === 'string')
        : typeof value === option.type && (option.type !== 'string' || !option.enum || option.enum.includes(value as string));
    if (!ok) problems.push({ message: `rule "${meta.id}": option "${name}" must be ${option.type === 'string[]' ? 'a list of strings' : `a ${option.type}`}` });
  }
  return problems;
}

function expandPresets(layer: ConfigLayer, metas: readonly RuleMeta[]): ConfigLayer[] {
  const names = layer.extends === undefined ? [] : typeof layer.extends === 'string' ? [layer.extends] : layer.extends;
  const out: ConfigLayer[] = [];
  for (const name of names) {
    const preset = presetLayer(name, metas);
    if (preset) out.push(preset);
  }
  out.push(layer);
  return out;
}

/**
 * Merges layers, outermost first (parent folder configs, the nearest config, front matter,
 * command-line overrides). A layer's `extends` applies under that layer's own settings.
 */
export function resolveConfig(layers: readonly ConfigLayer[], metas: readonly RuleMeta[]): ResolvedConfig {
  const resolved: ResolvedConfig = {
    stage: 'edit',
    genre: 'news',
    rules: {},
    lexicon: {},
    namedSources: [],
    ignore: [],
  };
  const all = [presetLayer(DEFAULT_PRESET, metas)!, ...layers.flatMap((l) => expandPresets(l, metas))];
  for (const layer of all) {
    if (layer.stage) resolved.stage = layer.stage;
    if (layer.genre) resolved.genre = layer.genre;
    if (layer.policyUrl) resolved.policyUrl = layer.policyUrl;
    if (layer.ignore) resolved.ignore.push(...layer.ignore);
    for (const [id, setting] of Object.entries(layer.rules ?? {})) {
      const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
      const previous = resolved.rules[id];
      resolved.rules[id] = {
        severity: normaliseSeverity(severity) ?? 'off',
        options: options ? { ...(previous?.options ?? {}), ...options } : (previous?.options ?? {}),
      };
    }
    for (const [name, edit] of Object.entries(layer.lexicon ?? {})) {
      if (name === 'namedSources') {
        const add = Array.isArray(edit) ? edit : (edit.add ?? []);
        const remove = Array.isArray(edit) ? [] : (edit.remove ?? []);
        resolved.namedSources = [...resolved.namedSources.filter((n) => !remove.includes(n)), ...add];
        continue;
      }
      const current = (resolved.lexicon[name] ??= { add: [], remove: [] });
      const add = Array.isArray(edit) ? edit : (edit.add ?? []);
      const remove = Array.isArray(edit) ? [] : (edit.remove ?? []);
      current.add = [...current.add.filter((p) => !remove.includes(p)), ...add];
      current.remove = [...current.remove.filter((p) => !add.includes(p)), ...remove];
    }
  }
  return resolved;
}
