/**
 * oxlint's npm binary loading the plugin through `jsPlugins`: the same findings as ESLint on
 * examples/ for every rule (oxlint runs them all: none needs type information), and the fixes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { REPO, cleanUp, eslint, examplesWorkspace, type JsonResult } from './workspace.js';

afterAll(cleanUp);

const OXLINT = path.join(REPO, 'node_modules', 'oxlint', 'bin', 'oxlint');

/** The rules examples/eslint.config.js turns on: recommended plus three strict ones. */
const RULES = {
  ...plugin.configs.recommended.rules,
  'claude-api/no-hardcoded-api-key': 'error',
  'claude-api/no-unreachable-error-check': 'error',
  'claude-api/no-error-message-matching': 'error',
};

function oxlint(cwd: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [OXLINT, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface OxlintJson {
  diagnostics: { code: string; filename: string; severity: 'error' | 'warning'; labels: { span: { line: number; column: number } }[] }[];
}

function oxlintWorkspace(): string {
  const cwd = examplesWorkspace();
  const config = { jsPlugins: ['eslint-plugin-claude-api'], settings: { 'claude-api': { apiVersion: '2023-06-01' } }, rules: RULES };
  writeFileSync(path.join(cwd, '.oxlintrc.json'), JSON.stringify(config, null, 2));
  return cwd;
}

describe('oxlint jsPlugins', () => {
  it('finds what ESLint finds on examples/, at the same positions', () => {
    const cwd = oxlintWorkspace();
    const run = oxlint(cwd, ['-f', 'json', 'src']);
    expect(run.status, run.stderr).toBe(1);
    const diagnostics = (JSON.parse(run.stdout) as OxlintJson).diagnostics;
    const fromOxlint = diagnostics
      .map(
        (d) =>
          `${d.filename} ${d.labels[0]?.span.line}:${d.labels[0]?.span.column} ${d.code.replace(/^claude-api\((.*)\)$/u, 'claude-api/$1')} ${d.severity}`,
      )
      .sort();
    const results = JSON.parse(eslint(cwd, ['-f', 'json', 'src']).stdout) as JsonResult[];
    const fromEslint = results
      .flatMap((r) =>
        r.messages.map(
          (m) => `${path.relative(cwd, r.filePath)} ${m.line}:${m.column} ${m.ruleId} ${m.severity === 2 ? 'error' : 'warning'}`,
        ),
      )
      .sort();
    expect(fromEslint.length).toBeGreaterThan(15);
    expect(fromOxlint).toEqual(fromEslint);
  });

  it('applies the mechanical fixes with --fix', () => {
    const cwd = oxlintWorkspace();
    oxlint(cwd, ['--fix', 'src']);
    const fixed = readFileSync(path.join(cwd, 'src', 'chat-route.ts'), 'utf8');
    expect(fixed).toContain("'claude-sonnet-4-6'");
    expect(fixed).not.toContain("'claude-sonnet-4.6'");
  });
});
