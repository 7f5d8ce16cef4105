/**
 * eslint-plugin-claude-api: the plugin object, with its rules and flat configs built from rule meta.
 */
import { readFileSync } from 'node:fs';
import type { TSESLint } from '@typescript-eslint/utils';
import { rules } from './rules/index.js';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};

export const PLUGIN_NAMESPACE = 'claude-api';

type RuleLevel = 'error' | 'warn';
type RulesRecord = Record<string, RuleLevel>;

export interface ClaudeApiPlugin {
  readonly meta: { readonly name: string; readonly version: string; readonly namespace: string };
  readonly rules: typeof rules;
  readonly configs: {
    /** Every rule whose violation the API rejects, at `error`; deprecation warnings at `warn`. */
    readonly recommended: TSESLint.FlatConfig.Config;
    /** `recommended` with deprecated models as errors, plus the rules for code the API accepts but that is wrong (hard-coded keys, error handling). */
    readonly strict: TSESLint.FlatConfig.Config;
    /** Every rule, at `error`. */
    readonly all: TSESLint.FlatConfig.Config;
  };
}

function configRules(level: (rule: (typeof rules)[keyof typeof rules]) => RuleLevel | false): RulesRecord {
  const result: RulesRecord = {};
  for (const [name, rule] of Object.entries(rules)) {
    const chosen = level(rule);
    if (chosen) result[`${PLUGIN_NAMESPACE}/${name}`] = chosen;
  }
  return result;
}

const configs = {} as { -readonly [K in keyof ClaudeApiPlugin['configs']]: TSESLint.FlatConfig.Config };

const plugin: ClaudeApiPlugin = {
  meta: { name: manifest.name, version: manifest.version, namespace: PLUGIN_NAMESPACE },
  rules,
  configs,
};

const plugins = { [PLUGIN_NAMESPACE]: plugin as unknown as TSESLint.FlatConfig.Plugin };

Object.assign(configs, {
  recommended: {
    name: `${PLUGIN_NAMESPACE}/recommended`,
    plugins,
    rules: configRules((rule) => rule.meta.docs?.recommended ?? false),
  },
  strict: {
    name: `${PLUGIN_NAMESPACE}/strict`,
    plugins,
    rules: configRules((rule) => (rule.meta.docs?.recommended || rule.meta.docs?.strict ? 'error' : false)),
  },
  all: {
    name: `${PLUGIN_NAMESPACE}/all`,
    plugins,
    rules: configRules(() => 'error'),
  },
});

export default plugin;
