// Editor settings (the `onrecord` section), pulled per resource and cached by URI until the
// client says they changed. Never held as one global: folders may differ.
import type { Connection } from 'vscode-languageserver';
import { STAGES, type ConfigLayer, type Stage } from '../core';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type OnRecordSettings, type SeveritySetting } from './protocol';
import { ruleMeta } from './rule-docs';

const SEVERITY_ALIASES: Record<string, SeveritySetting> = {
  off: 'off',
  hint: 'hint',
  information: 'information',
  info: 'information',
  warning: 'warning',
  warn: 'warning',
  error: 'error',
};

/** Whatever the client sent, as settings: unknown or ill-typed values fall back to the defaults. */
export function normaliseSettings(raw: unknown): OnRecordSettings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const rules: Record<string, SeveritySetting> = {};
  if (typeof value.rules === 'object' && value.rules !== null) {
    for (const [id, severity] of Object.entries(value.rules as Record<string, unknown>)) {
      const normalised = typeof severity === 'string' ? SEVERITY_ALIASES[severity] : undefined;
      if (normalised && ruleMeta(id)) rules[id] = normalised;
    }
  }
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    run: value.run === 'onSave' || value.run === 'onType' ? value.run : DEFAULT_SETTINGS.run,
    stage: typeof value.stage === 'string' && (STAGES as readonly string[]).includes(value.stage) ? (value.stage as Stage) : null,
    rules,
  };
}

/** The settings as a configuration layer over the config files (front matter still wins). */
export function settingsLayer(settings: OnRecordSettings): ConfigLayer | undefined {
  const layer: ConfigLayer = {};
  if (settings.stage) layer.stage = settings.stage;
  if (Object.keys(settings.rules).length > 0) layer.rules = { ...settings.rules };
  return layer.stage || layer.rules ? layer : undefined;
}

export class SettingsStore {
  private readonly byUri = new Map<string, Promise<OnRecordSettings>>();
  /** For clients without `workspace/configuration`: what `didChangeConfiguration` last carried. */
  private pushed: OnRecordSettings = { ...DEFAULT_SETTINGS, rules: {} };

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
  ) {}

  get(uri: string): Promise<OnRecordSettings> {
    if (!this.canPull) return Promise.resolve(this.pushed);
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(normaliseSettings, (error: unknown) => {
        this.connection.console.warn(`onrecord: could not read settings for ${uri}, using defaults: ${String(error)}`);
        return normaliseSettings(undefined);
      });
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  /** `workspace/didChangeConfiguration`: drop every cached value. */
  changed(settings: unknown): void {
    this.byUri.clear();
    if (!this.canPull) {
      const section = typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>)[SETTINGS_SECTION] : undefined;
      this.pushed = normaliseSettings(section);
    }
  }
}
