/**
 * The RuleTester every rule test uses: TypeScript parser, API version pinned to 2023-06-01
 * unless a case sets its own settings.
 */
import { RuleTester } from '@typescript-eslint/rule-tester';

export const API_2023 = { 'claude-api': { apiVersion: '2023-06-01' } } as const;
export const API_2026 = { 'claude-api': { apiVersion: '2026-10-21' } } as const;

export function createRuleTester(): RuleTester {
  return new RuleTester({
    settings: API_2023,
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: false } } },
  });
}
