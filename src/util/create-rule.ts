import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
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
 * `RuleCreator` with our docs URLs. A rule without options skips the creator's per-file merge
 * of default options (a deep clone for every rule in every file): there is nothing to merge.
 * Bad `settings['claude-api']` turn every rule off for the file, with one report (settings.ts).
 */
export const createRule: typeof withDocsUrl = (rule) => {
  const created = withDocsUrl(rule);
  const defaults = (rule.meta.defaultOptions ?? rule.defaultOptions ?? []) as readonly unknown[];
  const run: typeof created.create =
    defaults.length > 0
      ? (context) => created.create(context)
      : (context) => rule.create(context, defaults as Parameters<typeof rule.create>[1]);
  return {
    ...created,
    create: (context) => (rejectBadSettings(context) ? {} : run(context)),
  };
};

export type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
