/**
 * The ESLint CLI with the plugin, as CI and developers run it: exit codes, SARIF, --cache,
 * --concurrency, --fix, --fix-type, disable comments, --print-config, bad settings, monorepos.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES, cleanUp, eslint, examplesWorkspace, findings, installSdk, workspace, writeFiles, type JsonResult } from './workspace.js';

afterAll(cleanUp);

const CONFIG = `import tsParser from '@typescript-eslint/parser';
import claudeApi from 'eslint-plugin-claude-api';
export default [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, claudeApi.configs.recommended];
`;
const request = (fields: string): string => `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ ${fields}, messages: [{ role: 'user', content: 'Hi' }] });
`;

/** The whole findings list of examples/, with ESLint's own config there (the demo's). */
const examplesRun = eslint(EXAMPLES, ['-f', 'json', 'src']);
const examplesFindings = findings(EXAMPLES, examplesRun.stdout);
const examplesWarnings = (JSON.parse(examplesRun.stdout) as JsonResult[]).reduce(
  (n, r) => n + r.messages.filter((m) => m.severity === 1).length,
  0,
);

describe('exit codes', () => {
  it('exits 1 on the errors of examples/', () => {
    const run = eslint(EXAMPLES, ['src']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('claude-api/valid-model-id');
    expect(examplesFindings.length).toBeGreaterThan(15);
  });

  it('exits 0 with warnings only, and 1 under --max-warnings 0', () => {
    const cwd = workspace({ 'eslint.config.js': CONFIG, 'a.ts': request("model: 'claude-mythos-preview', max_tokens: 1024") });
    const warned = eslint(cwd, ['a.ts']);
    expect(warned.stdout).toMatch(/warning .*claude-mythos-preview.* claude-api\/no-deprecated-model/u);
    expect(warned.status).toBe(0);
    const strict = eslint(cwd, ['--max-warnings', '0', 'a.ts']);
    expect(strict.status).toBe(1);
    expect(strict.stdout + strict.stderr).toContain('ESLint found too many warnings (maximum: 0)');
  });
});

describe('SARIF for code scanning', () => {
  it('carries our rule IDs and docs links', () => {
    const cwd = examplesWorkspace(['eslint', '@typescript-eslint/parser', '@microsoft/eslint-formatter-sarif']);
    const run = eslint(cwd, ['-f', '@microsoft/sarif', 'src']);
    expect(run.status).toBe(1);
    const sarif = JSON.parse(run.stdout) as {
      runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } }; results: { ruleId: string; level: string }[] }[];
    };
    const [first] = sarif.runs;
    const rules = first?.tool.driver.rules ?? [];
    expect(rules.length).toBeGreaterThan(5);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^claude-api\//u);
      expect(rule.helpUri).toBe(
        `https://github.com/eslint-plugin-claude-api/eslint-plugin-claude-api/blob/main/docs/rules/${rule.id.slice('claude-api/'.length)}.md`,
      );
    }
    const results = first?.results ?? [];
    expect(results.length).toBe(examplesFindings.length);
    expect(new Set(results.map((r) => r.ruleId))).toEqual(new Set(rules.map((r) => r.id)));
    // ESLint's errors are SARIF errors, its warnings (deprecated models) SARIF warnings.
    expect(results.filter((r) => r.level === 'warning').length).toBe(examplesWarnings);
    expect(results.filter((r) => r.level === 'error').length).toBe(examplesFindings.length - examplesWarnings);
  });
});

describe('GitHub annotations', () => {
  it('eslint-formatter-gha prints one workflow command per finding in GitHub Actions', () => {
    const cwd = examplesWorkspace(['eslint', '@typescript-eslint/parser', 'eslint-formatter-gha']);
    const run = eslint(cwd, ['-f', 'gha', 'src'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(run.status).toBe(1);
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::error ') || line.startsWith('::warning '));
    expect(annotations).toHaveLength(examplesFindings.length);
    expect(annotations.filter((line) => line.startsWith('::warning ')).length).toBe(examplesWarnings);
    expect(annotations).toContainEqual(
      expect.stringMatching(/^::error file=.*\/src\/chat-route\.ts,line=9,col=12::.*\(claude-api\/valid-model-id\)$/u),
    );
  });
});

describe('--cache', () => {
  const debug = { DEBUG: 'eslint:eslint-helpers' };
  const skipped = (run: { stderr: string }): boolean => run.stderr.includes("Skipping file since it hasn't changed");

  it('is stable: a second run uses it and reports the same', () => {
    const cwd = examplesWorkspace();
    const first = eslint(cwd, ['--cache', '-f', 'json', 'src'], { env: debug });
    const second = eslint(cwd, ['--cache', '-f', 'json', 'src'], { env: debug });
    expect(skipped(first)).toBe(false);
    expect(skipped(second)).toBe(true);
    expect(findings(cwd, second.stdout)).toEqual(findings(cwd, first.stdout));
    expect(findings(cwd, first.stdout)).toEqual(examplesFindings);
  });

  it.each([
    ['with a lockfile', true],
    ['without a lockfile', false],
  ])('is invalidated by an SDK upgrade (%s)', (_, lockfile) => {
    const cwd = workspace({ 'eslint.config.js': CONFIG, 'a.ts': request("model: 'claude-haiku-4-5', max_tokens: 1024, temperature: 0.5") });
    const install = (version: string): void => {
      installSdk(cwd, version);
      if (lockfile) {
        writeFiles(cwd, {
          'package-lock.json': JSON.stringify({ packages: { 'node_modules/@anthropic-ai/sdk': { version } } }, null, 2),
        });
      }
    };
    install('0.137.0');
    const before = eslint(cwd, ['--cache', '-f', 'json', 'a.ts']);
    expect(findings(cwd, before.stdout)).toEqual([]);
    install('1.15.0');
    const after = eslint(cwd, ['--cache', '-f', 'json', 'a.ts'], { env: debug });
    expect(skipped(after)).toBe(false);
    expect(findings(cwd, after.stdout)).toEqual(['a.ts 3:77 claude-api/no-unsupported-sampling-params']);
  });

  it('is invalidated when a retirement date comes, and kept on other days', () => {
    const cwd = workspace({ 'eslint.config.js': CONFIG, 'a.ts': request("model: 'claude-opus-4-5', max_tokens: 1024") });
    const messages = (run: { stdout: string }): string[] =>
      (JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[]).flatMap((r) =>
        r.messages.map((m) => `${m.ruleId}: ${m.message}`),
      );
    const before = eslint(cwd, ['--cache', '-f', 'json', 'a.ts'], { now: '2027-01-20T12:00:00Z' });
    expect(messages(before)).toEqual([
      expect.stringMatching(/^claude-api\/no-deprecated-model: .* is deprecated and retires on 2027-01-22 /u),
    ]);
    const nextDay = eslint(cwd, ['--cache', '-f', 'json', 'a.ts'], { now: '2027-01-21T12:00:00Z', env: debug });
    expect(skipped(nextDay)).toBe(true);
    const after = eslint(cwd, ['--cache', '-f', 'json', 'a.ts'], { now: '2027-01-23T12:00:00Z', env: debug });
    expect(skipped(after)).toBe(false);
    expect(messages(after)).toEqual([expect.stringMatching(/^claude-api\/no-deprecated-model: .* its end of life was 2027-01-22 /u)]);
  });
});

describe('--concurrency', () => {
  it.each(['2', 'auto'])('--concurrency %s gives the same findings as one thread', (concurrency) => {
    const run = eslint(EXAMPLES, ['--concurrency', concurrency, '-f', 'json', 'src']);
    expect(run.status).toBe(1);
    expect(findings(EXAMPLES, run.stdout)).toEqual(examplesFindings);
  });
});

describe('--fix', () => {
  function snapshot(directory: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const file of readdirSync(directory, { recursive: true, encoding: 'utf8' })) {
      const full = path.join(directory, file);
      if (statSync(full).isFile()) files[file] = readFileSync(full, 'utf8');
    }
    return files;
  }

  it('applies the mechanical fixes, and a second run changes nothing', () => {
    const cwd = examplesWorkspace();
    const original = snapshot(path.join(cwd, 'src'));
    const first = eslint(cwd, ['--fix', '-f', 'json', 'src']);
    const fixed = snapshot(path.join(cwd, 'src'));
    expect(fixed).not.toEqual(original);
    expect(fixed['chat-route.ts']).toContain("'claude-sonnet-4-6'");
    expect(fixed['chat-route.ts']).not.toContain("'claude-sonnet-4.6'");
    const second = eslint(cwd, ['--fix', '-f', 'json', 'src']);
    expect(snapshot(path.join(cwd, 'src'))).toEqual(fixed);
    expect(findings(cwd, second.stdout)).toEqual(findings(cwd, first.stdout));
    expect(first.status).toBe(1);
  });

  it('--fix-type problem applies our fixes, --fix-type suggestion,layout none', () => {
    const code = request("model: 'claude-sonnet-4.6', max_tokens: 1024");
    const cwd = workspace({ 'eslint.config.js': CONFIG, 'a.ts': code });
    eslint(cwd, ['--fix', '--fix-type', 'suggestion,layout', 'a.ts']);
    expect(readFileSync(path.join(cwd, 'a.ts'), 'utf8')).toBe(code);
    const run = eslint(cwd, ['--fix', '--fix-type', 'problem', 'a.ts']);
    expect(readFileSync(path.join(cwd, 'a.ts'), 'utf8')).toBe(code.replace('claude-sonnet-4.6', 'claude-sonnet-4-6'));
    expect(run.status).toBe(0);
  });
});

describe('disable comments', () => {
  it('silence a finding, and an unused one is reported', () => {
    const cwd = workspace({
      'eslint.config.js': CONFIG,
      'a.ts': `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
// eslint-disable-next-line claude-api/valid-model-id -- an internal alias our proxy maps
await client.messages.create({ model: 'claude-sonnet-4.6', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] });
// eslint-disable-next-line claude-api/valid-model-id
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] });
`,
    });
    const run = eslint(cwd, ['-f', 'json', '--report-unused-disable-directives-severity', 'error', 'a.ts']);
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; line: number; message: string }[] }[];
    expect(result?.messages.map((m) => [m.ruleId, m.line])).toEqual([[null, 5]]);
    expect(result?.messages[0]?.message).toContain(
      "Unused eslint-disable directive (no problems were reported from 'claude-api/valid-model-id')",
    );
    expect(run.status).toBe(1);
  });
});

describe('--print-config', () => {
  it('shows the settings in effect and the plugin version with what the cache depends on', () => {
    const cwd = workspace({
      'eslint.config.js': `${CONFIG}export const _ = 0;\n`.replace(
        'claudeApi.configs.recommended]',
        "claudeApi.configs.recommended, { settings: { 'claude-api': { apiVersion: '2026-10-21' } } }]",
      ),
      'a.ts': '',
    });
    installSdk(cwd, '1.15.0');
    const run = eslint(cwd, ['--print-config', 'a.ts']);
    expect(run.status).toBe(0);
    const config = JSON.parse(run.stdout) as { settings: unknown; plugins: string[]; rules: Record<string, unknown> };
    expect(config.settings).toEqual({ 'claude-api': { apiVersion: '2026-10-21' } });
    expect(config.plugins).toContainEqual(
      expect.stringMatching(/^claude-api:eslint-plugin-claude-api@0\.1\.0\+lifecycle\.\d{8}\.api\.2026-10-21\.lock\.none$/u),
    );
    expect(config.rules['claude-api/valid-model-id']).toEqual([2, { allow: [] }]);
  });
});

describe('a bad setting', () => {
  it('is a lint error on each file naming the setting, exit 1, not a crash', () => {
    const cwd = workspace({
      'eslint.config.js': CONFIG.replace(
        'claudeApi.configs.recommended]',
        "claudeApi.configs.recommended, { settings: { 'claude-api': { apiVerison: '2026-10-21' } } }]",
      ),
      'a.ts': request("model: 'claude-sonnet-4.6'"),
      'b.ts': 'export const x = 1;\n',
    });
    const run = eslint(cwd, ['-f', 'json', '.']);
    expect(run.stderr).not.toContain('Oops');
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { line: number; severity: number; message: string }[] }[];
    for (const result of results.filter((r) => r.filePath.endsWith('.ts'))) {
      expect(result.messages).toHaveLength(1);
      expect(result.messages[0]).toMatchObject({ line: 1, severity: 2 });
      expect(result.messages[0]?.message).toContain("invalid settings['claude-api'].apiVerison: unknown setting");
    }
  });
});

describe('a monorepo', () => {
  it('gives the same findings from the root, from the package and for one file', () => {
    const cwd = workspace({
      'eslint.config.js': CONFIG,
      'packages/app/eslint.config.js': CONFIG,
      'packages/app/src/a.ts': request("model: 'claude-haiku-4-5', max_tokens: 1024, temperature: 0.5"),
      'packages/legacy/src/b.ts': request("model: 'claude-haiku-4-5', max_tokens: 1024, temperature: 0.5"),
    });
    installSdk(path.join(cwd, 'packages', 'app'), '1.15.0');
    installSdk(path.join(cwd, 'packages', 'legacy'), '0.137.0');
    writeFileSync(path.join(cwd, 'packages', 'app', 'package.json'), '{"type":"module"}');
    const expected = ['packages/app/src/a.ts 3:77 claude-api/no-unsupported-sampling-params'];
    expect(findings(cwd, eslint(cwd, ['-f', 'json', 'packages']).stdout)).toEqual(expected);
    const app = path.join(cwd, 'packages', 'app');
    expect(findings(cwd, eslint(app, ['-f', 'json', '.']).stdout)).toEqual(expected);
    expect(findings(cwd, eslint(cwd, ['-f', 'json', 'packages/app/src/a.ts']).stdout)).toEqual(expected);
  });
});
