// The demo's lint config: what a user of the plugin writes.
import tsParser from '@typescript-eslint/parser';
import claudeApi from '../dist/index.js';

export default [
  {
    files: ['**/*.ts', '**/*.js'],
    languageOptions: { parser: tsParser },
    // The demo app pins @anthropic-ai/sdk 0.x in its package.json, which sends API version
    // 2023-06-01; say so here because the demo's dependencies are not installed.
    settings: { 'claude-api': { apiVersion: '2023-06-01' } },
  },
  claudeApi.configs.recommended,
  {
    // Rules outside `recommended` (the API accepts such code, but it is wrong): opted in here
    // so the demo shows them. `claudeApi.configs.strict` turns them all on.
    rules: {
      'claude-api/no-hardcoded-api-key': 'error',
      'claude-api/no-unreachable-error-check': 'error',
      'claude-api/no-error-message-matching': 'error',
    },
  },
];
