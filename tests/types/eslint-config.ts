/**
 * Compiled by `npm run typecheck`, never run: the plugin's types fit ESLint's own, as a user's
 * `eslint.config.ts` would use them (issue 11: `Config` was not assignable to
 * `ConfigWithExtends`, the plugin not to `Plugin`).
 */
import type { ESLint, Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import claudeApi from '../../src/index.js';

export const withDefineConfig: Linter.Config[] = defineConfig(
  claudeApi.configs.recommended,
  { extends: [claudeApi.configs.strict], files: ['**/*.ts'] },
  { plugins: { 'claude-api': claudeApi }, rules: { 'claude-api/valid-model-id': ['error', { allow: ['claude-internal'] }] } },
);

export const withTseslintConfig = tseslint.config(claudeApi.configs.all, { plugins: { 'claude-api': claudeApi } });

export const asArray: Linter.Config[] = [claudeApi.configs.recommended];
export const asPlugin: ESLint.Plugin = claudeApi;
