/**
 * The rule docs are tested like code: every example under a ❌ heading must be reported by its
 * rule, every example under a ✅ heading must lint clean, and every rule has a complete page.
 *
 * A block that needs non-default settings or options is preceded by HTML comment lines:
 *   <!-- settings: {"apiVersion":"2026-10-21"} -->   (merged into settings['claude-api'])
 *   <!-- options: [{"allow":["my-gateway-model"]}] -->  (the rule's options)
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import plugin from '../src/index.js';

const DOCS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules');
/** The date every date-dependent example (deprecated, retired) is written for. */
const PINNED_NOW = new Date('2026-11-22T12:00:00Z');
const DEFAULT_SETTINGS = { apiVersion: '2023-06-01' };

type Kind = 'invalid' | 'valid';

interface Example {
  readonly kind: Kind;
  readonly language: 'ts' | 'js';
  readonly code: string;
  /** 1-based line of the opening fence, for test names. */
  readonly line: number;
  readonly settings: Record<string, unknown>;
  readonly options: unknown[] | undefined;
}

const FENCE_OPEN = /^```([\w-]*)\s*$/u;
const HEADING = /^(#{1,6})\s+(.*)$/u;
const DIRECTIVE = /^<!--\s*(settings|options):\s*(.*?)\s*-->\s*$/u;
const LANGUAGES: Readonly<Record<string, Example['language']>> = { ts: 'ts', typescript: 'ts', js: 'js', javascript: 'js' };

/**
 * The code examples of a page, with the section they are in: a heading with ❌ or ✅ opens a
 * section, which lasts until a heading of the same or a higher level.
 */
function extractExamples(markdown: string): Example[] {
  const lines = markdown.split(/\r?\n/u);
  const examples: Example[] = [];
  let section: { kind: Kind; level: number } | null = null;
  let directives: { settings?: Record<string, unknown>; options?: unknown[] } = {};
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const fence = FENCE_OPEN.exec(line);
    if (fence) {
      const start = index;
      const body: string[] = [];
      for (index++; index < lines.length && !/^```\s*$/u.test(lines[index] ?? ''); index++) body.push(lines[index] ?? '');
      const language = LANGUAGES[fence[1] ?? ''];
      if (section && language) {
        examples.push({
          kind: section.kind,
          language,
          code: `${body.join('\n')}\n`,
          line: start + 1,
          settings: directives.settings ?? {},
          options: directives.options,
        });
      }
      directives = {};
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]?.length ?? 1;
      const text = heading[2] ?? '';
      const kind: Kind | null = text.includes('❌') ? 'invalid' : text.includes('✅') ? 'valid' : null;
      if (kind) section = { kind, level };
      else if (section && level <= section.level) section = null;
      directives = {};
      continue;
    }
    const directive = DIRECTIVE.exec(line);
    if (directive) {
      const value: unknown = JSON.parse(directive[2] ?? '');
      if (directive[1] === 'settings') directives.settings = value as Record<string, unknown>;
      else directives.options = value as unknown[];
      continue;
    }
    // Directives apply to the next block only, across blank lines but not across prose.
    if (line.trim() !== '') directives = {};
  }
  return examples;
}

function lint(ruleName: string, example: Example): Linter.LintMessage[] {
  const linter = new Linter();
  const ruleId = `claude-api/${ruleName}`;
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts', '**/*.js'],
      languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
      plugins: { 'claude-api': plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
      settings: { 'claude-api': { ...DEFAULT_SETTINGS, ...example.settings } },
      rules: { [ruleId]: example.options ? ['error', ...example.options] : 'error' },
    },
  ];
  return linter.verify(example.code, config, { filename: `example.${example.language}` });
}

const ruleNames = Object.keys(plugin.rules).sort();
const docFiles = readdirSync(DOCS_DIR).filter((file) => file.endsWith('.md'));

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(PINNED_NOW);
});

afterAll(() => {
  vi.useRealTimers();
});

describe('rule docs', () => {
  it('has a page for every rule and a rule for every page', () => {
    expect(docFiles.map((file) => file.replace(/\.md$/u, '')).sort()).toEqual(ruleNames);
  });

  describe.each(ruleNames)('%s', (ruleName) => {
    const rule = plugin.rules[ruleName as keyof typeof plugin.rules];
    const file = path.join(DOCS_DIR, `${ruleName}.md`);
    const markdown = docFiles.includes(`${ruleName}.md`) ? readFileSync(file, 'utf8') : '';
    const lines = markdown.split(/\r?\n/u);
    const examples = extractExamples(markdown);

    it('has the title, the description from meta and the standard sections', () => {
      expect(lines[0]).toBe(`# claude-api/${ruleName}`);
      // The notice eslint-doc-generator writes from meta.
      expect(lines).toContain(`📝 ${rule.meta.docs?.description}.`);
      for (const section of ['## Rule details', '## Examples', '## Options', '## When Not To Use It', '## Further reading']) {
        expect(lines, `missing "${section}"`).toContain(section);
      }
      expect(
        lines.some((line) => /^#{2,6} .*❌/u.test(line)),
        'missing a ❌ section',
      ).toBe(true);
      expect(
        lines.some((line) => /^#{2,6} .*✅/u.test(line)),
        'missing a ✅ section',
      ).toBe(true);
      expect(markdown).toMatch(/\]\(https:\/\/platform\.claude\.com\/docs\/[^)\s]+\)/u);
    });

    it('says whether it is fixable and has suggestions, as its meta does', () => {
      expect(markdown.includes('🔧'), '🔧 marker').toBe(rule.meta.fixable !== undefined);
      expect(markdown.includes('💡'), '💡 marker').toBe(rule.meta.hasSuggestions === true);
    });

    it('documents its options, or says it has none', () => {
      const schema: unknown = rule.meta.schema;
      const hasOptions = Array.isArray(schema) ? schema.length > 0 : schema !== undefined && schema !== false;
      expect(markdown.includes('This rule has no options.')).toBe(!hasOptions);
    });

    it('has at least one ❌ and one ✅ example', () => {
      expect(examples.some((example) => example.kind === 'invalid')).toBe(true);
      expect(examples.some((example) => example.kind === 'valid')).toBe(true);
    });

    const cases = examples.map((example) => ({
      example,
      name: `${example.kind === 'invalid' ? '❌' : '✅'} example at line ${example.line}`,
    }));
    it.each(cases)('$name', ({ example }) => {
      const messages = lint(ruleName, example);
      const fatal = messages.filter((message) => message.fatal === true);
      expect(fatal, 'the example does not parse').toEqual([]);
      const reported = messages.filter((message) => message.ruleId === `claude-api/${ruleName}`);
      if (example.kind === 'invalid') {
        expect(reported.length, `expected claude-api/${ruleName} to report:\n${example.code}`).toBeGreaterThan(0);
      } else {
        expect(messages, `expected no report:\n${example.code}`).toEqual([]);
      }
    });
  });
});
