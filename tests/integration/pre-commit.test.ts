/**
 * Pre-commit: husky 9 + lint-staged 16 (both run on Node 20) in a temporary git repository, set
 * up with the README's commands. A commit with a request the API rejects is refused with the
 * rule's message; the fixed commit goes through.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, workspace } from './workspace.js';

afterAll(cleanUp);

const CONFIG = `import tsParser from '@typescript-eslint/parser';
import claudeApi from 'eslint-plugin-claude-api';
export default [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, claudeApi.configs.recommended];
`;
const request = (model: string): string => `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export const reply = await client.messages.create({ model: '${model}', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] });
`;

function run(cwd: string, command: string, args: readonly string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      HUSKY: '',
    },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('husky + lint-staged', () => {
  it('refuses a commit with a rejected request, with the rule message, and accepts the fix', () => {
    const cwd = workspace(
      {
        'eslint.config.js': CONFIG,
        'package.json': JSON.stringify(
          { name: 'hooked', private: true, type: 'module', 'lint-staged': { '*.{js,mjs,cjs,ts,tsx}': 'eslint --max-warnings=0' } },
          null,
          2,
        ),
      },
      ['eslint', '@typescript-eslint/parser', 'husky', 'lint-staged'],
    );
    // What `npm install` would link; npx then finds the local binaries instead of the registry.
    mkdirSync(path.join(cwd, 'node_modules', '.bin'));
    for (const [bin, target] of [
      ['husky', '../husky/bin.js'],
      ['lint-staged', '../lint-staged/bin/lint-staged.js'],
      ['eslint', '../eslint/bin/eslint.js'],
    ] as const) {
      symlinkSync(target, path.join(cwd, 'node_modules', '.bin', bin));
    }
    expect(run(cwd, 'git', ['init', '-q']).status).toBe(0);
    // The README's setup: `npx husky init`, then the hook runs lint-staged.
    const init = run(cwd, 'npx', ['--no-install', 'husky', 'init']);
    expect(init.status, init.output).toBe(0);
    writeFileSync(path.join(cwd, '.husky', 'pre-commit'), 'npx lint-staged\n');
    expect(JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8'))).toMatchObject({ scripts: { prepare: 'husky' } });
    writeFileSync(path.join(cwd, '.gitignore'), 'node_modules/\n');

    writeFileSync(path.join(cwd, 'chat.ts'), request('claude-sonnet-4.6'));
    run(cwd, 'git', ['add', '.']);
    const refused = run(cwd, 'git', ['commit', '-m', 'add chat']);
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain(
      "'claude-sonnet-4.6' is not a Claude model ID: IDs use hyphens, not dots, and the API answers 404. Use 'claude-sonnet-4-6'",
    );
    expect(refused.output).toContain('claude-api/valid-model-id');
    expect(run(cwd, 'git', ['rev-list', '--all', '--count']).output.trim()).toBe('0');

    writeFileSync(path.join(cwd, 'chat.ts'), request('claude-sonnet-4-6'));
    run(cwd, 'git', ['add', 'chat.ts']);
    const accepted = run(cwd, 'git', ['commit', '-m', 'add chat']);
    expect(accepted.status, accepted.output).toBe(0);
    expect(run(cwd, 'git', ['show', '--name-only', '--format=%s', 'HEAD']).output).toContain('chat.ts');
  });
});
