import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';

export interface ClaudeApiRuleDocs {
  /** Whether the API (or the SDK) rejects what the rule reports: such rules are in `recommended`. */
  readonly recommended: 'error' | 'warn' | false;
  /** Whether the rule is in `strict` (every recommended rule is). */
  readonly strict?: boolean;
}

export const DOCS_BASE_URL = 'https://github.com/eslint-plugin-claude-api/eslint-plugin-claude-api/blob/main/docs/rules';

const withDocsUrl = ESLintUtils.RuleCreator<ClaudeApiRuleDocs>((name) => `${DOCS_BASE_URL}/${name}.md`);

/**
 * `RuleCreator` with our docs URLs. A rule without options skips the creator's per-file merge
 * of default options (a deep clone for every rule in every file): there is nothing to merge.
 */
export const createRule: typeof withDocsUrl = (rule) => {
  const created = withDocsUrl(rule);
  const defaults = (rule.meta.defaultOptions ?? rule.defaultOptions ?? []) as readonly unknown[];
  if (defaults.length > 0) return created;
  const { create } = rule;
  return {
    ...created,
    create: (context: Parameters<typeof create>[0]) => create(context, defaults as Parameters<typeof create>[1]),
  };
};

export type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
