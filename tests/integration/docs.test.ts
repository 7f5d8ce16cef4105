/**
 * Docs kept by tools: eslint-doc-generator writes the rule docs' title and notices and the
 * README rules table from rule meta (it reads the built plugin); markdownlint checks the Markdown.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './workspace.js';

function run(bin: string, args: readonly string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(REPO, 'node_modules', bin), ...args], { cwd: REPO, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('generated docs', () => {
  it('eslint-doc-generator --check: the README table and rule notices match rule meta', () => {
    const result = run('eslint-doc-generator/dist/bin/eslint-doc-generator.js', ['--check']);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('markdownlint passes on README.md and docs/', () => {
    const result = run('markdownlint-cli2/markdownlint-cli2-bin.mjs', ['README.md', 'docs/**/*.md']);
    expect(result.status, result.output).toBe(0);
  });
});
