import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import { mayConcernClaude } from '../analysis/file-gate.js';
import { rejectBadSettings } from '../settings/settings.js';

export interface ClaudeApiRuleDocs {
  /** Whether the API (or the SDK) rejects what the rule reports: such rules are in `recommended`. */
  readonly recommended: 'error' | 'warn' | false;
  /** Whether the rule is in `strict` (every recommended rule is). */
  readonly strict?: boolean;
}

export const DOCS_BASE_URL = 'https://github.com/eslint-plugin-claude-api/eslint-plugin-claude-api/blob/main/docs/rules';

const withDocsUrl = ESLintUtils.RuleCreator<ClaudeApiRuleDocs>((name) => `${DOCS_BASE_URL}/${name}.md`);

/**
 * `RuleCreator` with our docs URLs, without the creator's per-file merge of default options (a
 * `structuredClone` for every rule in every file): a rule without options has nothing to merge,
 * and a rule with options merges each distinct `context.options` (JSON, as the schema checks
 * them) once. Rules never mutate their options.
 * Bad `settings['claude-api']` turn every rule off for the file, with one report (settings.ts).
 * A file whose text cannot concern Claude gets no listeners at all (analysis/file-gate.ts).
 */
export const createRule: typeof withDocsUrl = (rule) => {
  const created = withDocsUrl(rule);
  type Options = Parameters<typeof rule.create>[1];
  const defaults = (rule.meta.defaultOptions ?? rule.defaultOptions ?? []) as readonly unknown[];
  const merged = new Map<string, Options>();
  const optionsOf = (given: readonly unknown[]): Options => {
    // A rule turned on without options (every shipped config): the defaults as they are.
    if (given.length === 0) return defaults as Options;
    const key = JSON.stringify(given);
    let options = merged.get(key);
    if (!options) {
      options = ESLintUtils.applyDefault(defaults as Options, given as Options);
      merged.set(key, options);
    }
    return options;
  };
  const run: typeof created.create =
    defaults.length > 0
      ? (context) => rule.create(context, optionsOf(context.options))
      : (context) => rule.create(context, defaults as Options);
  return {
    ...created,
    create: (context) => (rejectBadSettings(context) || !mayConcernClaude(context.sourceCode) ? {} : run(context)),
  };
};

export type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
