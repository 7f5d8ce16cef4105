/**
 * Test helpers for the client adapters: lint one TypeScript snippet with ESLint's `Linter` and
 * return the request records the finder made (through a tiny recording rule), or the findings
 * the plugin's recommended rules report on it.
 */
import * as parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';
import { expect } from 'vitest';
import { getClaudeRequests, type ClaudeRequest } from '../../src/analysis/requests.js';
import type { Resolved } from '../../src/analysis/values.js';
import plugin from '../../src/index.js';

const API_2023 = { 'claude-api': { apiVersion: '2023-06-01' } };
const languageOptions = { parser: parser as unknown as Linter.Parser };

function verify(code: string, config: Linter.Config): Linter.LintMessage[] {
  const messages = new Linter().verify(code, [{ files: ['**/*.ts'], languageOptions, settings: API_2023, ...config }], {
    filename: 'file.ts',
  });
  expect(messages.filter((message) => message.fatal === true || message.ruleId === null)).toEqual([]);
  return messages;
}

/** The request records of a snippet. */
export function requestsOf(code: string): readonly ClaudeRequest[] {
  let requests: readonly ClaudeRequest[] = [];
  const recorder: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      return {
        Program() {
          requests = getClaudeRequests(context as unknown as TSESLint.RuleContext<string, readonly unknown[]>);
        },
      };
    },
  };
  verify(code, { plugins: { test: { rules: { record: recorder } } }, rules: { 'test/record': 'error' } });
  return requests;
}

/** The one request record of a snippet. */
export function onlyRequest(code: string): ClaudeRequest {
  const requests = requestsOf(code);
  expect(requests).toHaveLength(1);
  return requests[0] as ClaudeRequest;
}

/** A resolved value in a short form: the literal, or the kind of what is not a literal. */
export function shortValue(resolved: Resolved | undefined): unknown {
  if (!resolved) return '<absent>';
  if (resolved.kind === 'literal') return resolved.value;
  if (resolved.kind === 'choice') return { choice: resolved.options.map(shortValue) };
  if (resolved.kind === 'object') {
    return Object.fromEntries([...resolved.properties].map(([key, property]) => [key, shortValue(property.value)]));
  }
  return `<${resolved.kind}>`;
}

/** The record's parameters in short form, with the user's spelling of each key where it differs. */
export function paramsOf(request: ClaudeRequest): Record<string, unknown> {
  return Object.fromEntries(
    [...request.params.properties].map(([key, property]) => [
      property.key === key ? key : `${key} (${property.key})`,
      shortValue(property.value),
    ]),
  );
}

/** `line:column rule/messageId` for each finding of every rule the plugin has, in the order reported. */
export function findingsOf(code: string): string[] {
  const rules = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`claude-api/${name}`, 'error' as const]));
  return verify(code, { plugins: { 'claude-api': plugin }, rules }).map(
    (message) => `${message.line}:${message.column} ${message.ruleId ?? ''}/${message.messageId ?? ''}`,
  );
}
