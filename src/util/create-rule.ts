import { ESLintUtils } from '@typescript-eslint/utils';

export interface ClaudeApiRuleDocs {
  /** Whether the API (or the SDK) rejects what the rule reports: such rules are in `recommended`. */
  readonly recommended: 'error' | 'warn' | false;
  /** Whether the rule is in `strict` (every recommended rule is). */
  readonly strict?: boolean;
}

export const DOCS_BASE_URL = 'https://github.com/eslint-plugin-claude-api/eslint-plugin-claude-api/blob/main/docs/rules';

export const createRule = ESLintUtils.RuleCreator<ClaudeApiRuleDocs>((name) => `${DOCS_BASE_URL}/${name}.md`);
