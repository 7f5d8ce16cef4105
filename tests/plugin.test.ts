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
    expect(plugin.meta).toEqual({ name: manifest.name, version: manifest.version, namespace: 'claude-api' });
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

  it('builds recommended from rule meta: API rejections at error, deprecations at warn', () => {
    const expected = Object.fromEntries(
      Object.entries(rules)
        .filter(([, rule]) => rule.meta.docs?.recommended)
        .map(([name, rule]) => [`claude-api/${name}`, rule.meta.docs?.recommended]),
    );
    expect(plugin.configs.recommended.rules).toEqual(expected);
    expect(plugin.configs.recommended.rules?.['claude-api/no-deprecated-model']).toBe('warn');
    for (const [name, rule] of Object.entries(rules)) {
      if (rule.meta.type === 'problem') expect(plugin.configs.recommended.rules?.[`claude-api/${name}`]).toBe('error');
    }
  });

  it('strict turns every recommended rule into an error; all enables every rule', () => {
    expect(Object.values(plugin.configs.strict.rules ?? {}).every((level) => level === 'error')).toBe(true);
    expect(Object.keys(plugin.configs.strict.rules ?? {})).toEqual(Object.keys(plugin.configs.recommended.rules ?? {}));
    expect(Object.keys(plugin.configs.all.rules ?? {})).toEqual(ruleNames.map((name) => `claude-api/${name}`));
  });

  it('registers itself under its namespace in every config', () => {
    for (const config of Object.values(plugin.configs)) {
      expect(config.plugins?.['claude-api']).toBe(plugin);
      expect(config.name).toMatch(/^claude-api\//u);
    }
  });
});
