/**
 * The demo app (examples/) reports exactly what its `// expect: <rule>` comments say, and
 * nothing else: the same check `npm run demo` shows, pinned to a date.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import plugin from '../src/index.js';

const cwd = fileURLToPath(new URL('../examples/', import.meta.url));

describe('examples/ (the demo app)', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T12:00:00Z'));
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it('reports each expected mistake, on its line, and nothing else', async () => {
    const eslint = new ESLint({
      cwd,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.ts', '**/*.js'],
          languageOptions: { parser: tsParser },
          settings: { 'claude-api': { apiVersion: '2023-06-01' } },
        },
        plugin.configs.recommended,
        {
          rules: {
            'claude-api/no-hardcoded-api-key': 'error',
            'claude-api/no-unreachable-error-check': 'error',
            'claude-api/no-error-message-matching': 'error',
          },
        },
      ],
    });
    const results = await eslint.lintFiles(['src']);
    const actual: string[] = [];
    const expected: string[] = [];
    for (const result of results) {
      const file = result.filePath.slice(cwd.length);
      for (const message of result.messages) actual.push(`${file}:${message.line} ${message.ruleId ?? message.message}`);
      readFileSync(result.filePath, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          for (const match of line.matchAll(/expect: ([a-z-]+)/gu)) expected.push(`${file}:${index + 1} claude-api/${match[1]}`);
        });
    }
    expect(results.length).toBeGreaterThanOrEqual(8);
    expect(actual.sort()).toEqual(expected.sort());
    // Every rule of the plugin shows at least once in the demo.
    const shown = new Set(actual.map((entry) => entry.split(' ')[1]));
    for (const name of Object.keys(plugin.rules)) expect(shown, name).toContain(`claude-api/${name}`);
  });

  it('the demo config loads the built plugin with the recommended config', () => {
    const config = readFileSync(new URL('../examples/eslint.config.js', import.meta.url), 'utf8');
    expect(config).toContain("from '../dist/index.js'");
    expect(config).toContain('configs.recommended');
    for (const rule of ['no-hardcoded-api-key', 'no-unreachable-error-check', 'no-error-message-matching']) {
      expect(config).toContain(`'claude-api/${rule}': 'error'`);
    }
  });
});
