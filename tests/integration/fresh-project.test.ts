/**
 * A new user's first minutes: in an empty directory, `npm init -y`, then the README's Install
 * section verbatim (its install command, with the packed tarball of this repository in place of
 * the registry's eslint-plugin-claude-api, and its config files), then ESLint and the check
 * command. The other packages come from the registry, preferring npm's local cache.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NPM_ENV, REPO } from './workspace.js';

const README = readFileSync(path.join(REPO, 'README.md'), 'utf8');
const install = README.slice(README.indexOf('## Install\n'), README.indexOf('\n## ', README.indexOf('## Install\n') + 1));

/** The first fenced block of `language` after `marker` in the Install section. */
function block(marker: string, language: string): string {
  const start = install.indexOf(marker);
  if (start < 0) throw new Error(`no ${marker} in the README's Install section`);
  const fence = install.indexOf(`\`\`\`${language}\n`, start);
  const end = install.indexOf('\n```', fence);
  return install.slice(fence + language.length + 4, end + 1);
}

function sh(cwd: string, command: string): { status: number | null; output: string } {
  const result = spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8', env: NPM_ENV });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const BAD = `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export const reply = await client.messages.create({ model: 'claude-sonnet-4.6', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] });
`;
const MESSAGE = "'claude-sonnet-4.6' is not a Claude model ID";

describe('a fresh project following the README', () => {
  let cwd: string;
  let tarball: string;
  beforeAll(() => {
    cwd = mkdtempSync(path.join(os.tmpdir(), 'claude-api-fresh-'));
    const pack = spawnSync('npm', ['pack', '--silent', '--pack-destination', cwd], { cwd: REPO, encoding: 'utf8', env: NPM_ENV });
    expect(pack.status, pack.stderr).toBe(0);
    tarball = path.join(cwd, pack.stdout.trim().split('\n').at(-1) ?? '');
    const project = path.join(cwd, 'project');
    expect(sh(cwd, 'mkdir project && cd project && npm init -y').status).toBe(0);
    cwd = project;
    const commands = block('## Install', 'sh').replace(/(npm install\b[^\n]*) eslint-plugin-claude-api\b/u, `$1 ${tarball}`);
    const run = sh(cwd, commands);
    expect(run.status, run.output).toBe(0);
    writeFileSync(path.join(cwd, 'src.ts'), BAD);
  }, 300_000);
  afterAll(() => rmSync(path.dirname(cwd), { recursive: true, force: true }));

  it('the tarball ships dist, docs, README and LICENSE, and no tests or sources', () => {
    const listing = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).stdout.split('\n');
    expect(listing).toContain('package/LICENSE');
    expect(listing).toContain('package/dist/index.js');
    expect(listing).toContain('package/dist/index.d.ts');
    expect(listing).toContain('package/docs/rules/valid-model-id.md');
    expect(listing.filter((file) => file.startsWith('package/tests/') || file.startsWith('package/src/'))).toEqual([]);
  });

  it('npm init -y writes "type": "commonjs" (why the README uses eslint.config.mjs)', () => {
    expect((JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8')) as { type?: string }).type).toBe('commonjs');
  });

  it('installs one copy of typescript-eslint beside the plugin', () => {
    const nested = path.join(cwd, 'node_modules', 'eslint-plugin-claude-api', 'node_modules');
    expect(existsSync(nested) ? readdirSync(nested) : []).toEqual([]);
  });

  it.each([
    ['eslint.config.mjs', 'js'],
    ['eslint.config.cjs', 'js'],
  ])('%s from the README reports the dotted ID', (file, language) => {
    for (const old of ['eslint.config.mjs', 'eslint.config.cjs']) rmSync(path.join(cwd, old), { force: true });
    writeFileSync(path.join(cwd, file), block(`\`${file}\``, language));
    const run = sh(cwd, 'npx eslint src.ts');
    expect(run.output).toContain(MESSAGE);
    expect(run.output).not.toContain('Oops');
    expect(run.status).toBe(1);
  });

  it('the defineConfig example type-checks against the installed types', () => {
    writeFileSync(path.join(cwd, 'config-types.mts'), block('`defineConfig`', 'js'));
    const run = sh(
      cwd,
      'npx tsc --noEmit --strict --module nodenext --moduleResolution nodenext --target es2022 --skipLibCheck config-types.mts',
    );
    expect(run.output).toBe('');
    expect(run.status).toBe(0);
  });

  it('npx eslint-plugin-claude-api check works with no ESLint config', () => {
    for (const old of ['eslint.config.mjs', 'eslint.config.cjs']) rmSync(path.join(cwd, old), { force: true });
    const run = sh(cwd, 'npx eslint-plugin-claude-api check');
    expect(run.output).toContain(MESSAGE);
    expect(run.output).toContain('Findings by rule:');
    expect(run.status).toBe(1);
  });
});
