/**
 * eslint-plugin-claude-api: the plugin object, with its rules and flat configs built from rule meta.
 *
 * Typed with ESLint's own `ESLint.Plugin` / `Linter.Config` (as typescript-eslint does), so that
 * `defineConfig(claudeApi.configs.recommended)` and `plugins: { 'claude-api': claudeApi }` from
 * `eslint/config` type-check; each rule is also typescript-eslint's `RuleModule`.
 */
import { readFileSync } from 'node:fs';
import type { ESLint, Linter, Rule } from 'eslint';
import { rules } from './rules/index.js';
import { cacheVersion } from './settings/cache-key.js';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};

export const PLUGIN_NAMESPACE = 'claude-api';

export type RuleName = keyof typeof rules;
type RuleLevel = 'error' | 'warn';

export interface ClaudeApiPlugin extends ESLint.Plugin {
  readonly meta: {
    readonly name: string;
    /**
     * The package version plus, as semver build metadata, what the results depend on beyond the
     * files and the config (the date's lifecycle epoch and the installed SDK): ESLint's `--cache`
     * keys on it. `0.1.0+lifecycle.20261130.api.2026-10-21.lock.1a2b3c4d5e`.
     */
    readonly version: string;
    readonly namespace: string;
  };
  readonly rules: { readonly [K in RuleName]: (typeof rules)[K] & Rule.RuleModule };
  readonly configs: {
    /** Every rule whose violation the API rejects, at `error`; deprecation warnings at `warn`. */
    readonly recommended: Linter.Config;
    /** `recommended` with deprecated models as errors, plus the rules for code the API accepts but that is wrong (hard-coded keys, error handling). */
    readonly strict: Linter.Config;
    /** Every rule, at `error`. */
    readonly all: Linter.Config;
  };
}

/**
 * A config's rules, `error` rules first: with bad settings the first rule created for a file
 * reports them (settings.ts), and it should be one whose report fails the run.
 */
function configRules(level: (rule: (typeof rules)[RuleName]) => RuleLevel | false): Linter.RulesRecord {
  const entries: [string, RuleLevel][] = [];
  for (const [name, rule] of Object.entries(rules)) {
    const chosen = level(rule);
    if (chosen) entries.push([`${PLUGIN_NAMESPACE}/${name}`, chosen]);
  }
  return Object.fromEntries([...entries.filter(([, l]) => l === 'error'), ...entries.filter(([, l]) => l === 'warn')]);
}

let version: string | undefined;
const meta = {
  name: manifest.name,
  namespace: PLUGIN_NAMESPACE,
  // Computed when first read (by ESLint's cache or --print-config), not on every import.
  get version(): string {
    version ??= cacheVersion(manifest.version, process.cwd(), new Date());
    return version;
  },
};

const configs = {} as { -readonly [K in keyof ClaudeApiPlugin['configs']]: Linter.Config };

const plugin: ClaudeApiPlugin = {
  meta,
  rules: rules as ClaudeApiPlugin['rules'],
  configs,
};

const plugins = { [PLUGIN_NAMESPACE]: plugin };

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
// `require('eslint-plugin-claude-api')` from CommonJS (Node 20.19+ `require(esm)`) returns the
// plugin itself rather than the module namespace, so `eslint.config.cjs` needs no `.default`.
export { plugin as 'module.exports' };
