/** Package-level consistency: rule list, configs, docs, README. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { rules } from '../src/rules/index.js';

const root = new URL('../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const manifest = JSON.parse(read('package.json')) as { name: string; version: string };
const ruleFiles = readdirSync(new URL('src/rules/', root))
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.slice(0, -3))
  .sort();
const ruleNames = Object.keys(rules);

describe('plugin', () => {
  it('has meta matching package.json', () => {
    expect(plugin.meta).toEqual({ name: manifest.name, version: expect.any(String) as string, namespace: 'claude-api' });
    // The build metadata is the cache key's part (settings/cache-key.ts): the version itself is the package's.
    expect(plugin.meta.version.split('+')[0]).toBe(manifest.version);
  });

  it('lists every rule file, alphabetically', () => {
    expect(ruleNames).toEqual(ruleFiles);
    expect([...ruleNames].sort()).toEqual(ruleNames);
    expect(plugin.rules).toBe(rules);
  });

  it.each(ruleNames)('%s has complete meta and a doc page', (name) => {
    const rule = rules[name as keyof typeof rules];
    expect(rule.meta.docs?.url).toBe(
      `https://github.com/eslint-plugin-claude-api/eslint-plugin-claude-api/blob/main/docs/rules/${name}.md`,
    );
    expect(rule.meta.docs?.description).toMatch(/^(Disallow|Require|Enforce) /u);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    expect(existsSync(new URL(`docs/rules/${name}.md`, root))).toBe(true);
    expect(read('README.md')).toContain(`[${name}](docs/rules/${name}.md)`);
  });

  // The README rules table and the docs' notices are eslint-doc-generator's; its --check runs in
  // tests/integration/docs.test.ts (it reads the built plugin).

  it('builds recommended from rule meta: API rejections at error, deprecations at warn', () => {
    const expected = Object.fromEntries(
      Object.entries(rules)
        .filter(([, rule]) => rule.meta.docs?.recommended)
        .map(([name, rule]) => [`claude-api/${name}`, rule.meta.docs?.recommended]),
    );
    expect(plugin.configs.recommended.rules).toEqual(expected);
    expect(plugin.configs.recommended.rules?.['claude-api/no-deprecated-model']).toBe('warn');
    for (const [name, rule] of Object.entries(rules)) {
      // A rule is recommended exactly when the API or SDK rejects what it reports (problem rules);
      // the others are in strict.
      if (rule.meta.docs?.recommended) expect(rule.meta.type === 'problem' || name === 'no-deprecated-model').toBe(true);
      else expect(rule.meta.docs?.strict).toBe(true);
    }
  });

  it('strict turns every recommended rule into an error and adds the strict-only rules; all enables every rule', () => {
    expect(Object.values(plugin.configs.strict.rules ?? {}).every((level) => level === 'error')).toBe(true);
    const strictNames = Object.entries(rules)
      .filter(([, rule]) => rule.meta.docs?.recommended || rule.meta.docs?.strict)
      .map(([name]) => `claude-api/${name}`);
    expect(Object.keys(plugin.configs.strict.rules ?? {})).toEqual(strictNames);
    for (const name of Object.keys(plugin.configs.recommended.rules ?? {})) expect(strictNames).toContain(name);
    expect(Object.keys(plugin.configs.all.rules ?? {})).toEqual(ruleNames.map((name) => `claude-api/${name}`));
  });

  it('registers itself under its namespace in every config', () => {
    for (const config of Object.values(plugin.configs)) {
      expect(config.plugins?.['claude-api']).toBe(plugin);
      expect(config.name).toMatch(/^claude-api\//u);
    }
  });
});
