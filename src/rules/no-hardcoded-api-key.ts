import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ClientInfo } from '../analysis/clients.js';
import type { Service } from '../analysis/request.js';
import { getClaudeClients } from '../analysis/requests.js';
import type { ResolvedProperty } from '../analysis/values.js';
import { createRule } from '../util/create-rule.js';
import { reportOnce } from '../util/report.js';
import { findAnthropicKeys, looksLikeCredential } from './no-hardcoded-api-key-utils/credentials.js';

type MessageIds = 'literalKey' | 'hardcodedOption' | 'useEnv';

type CredentialOption = 'apiKey' | 'authToken';

/**
 * The environment variable each client reads by default for each option (SDK sources: the
 * constructors of `Anthropic`, `AnthropicFoundry`, `AnthropicAws` and `AnthropicBedrock`).
 * Clients not listed have no such default: the message then gives no variable.
 */
export const DEFAULT_ENV: Readonly<Partial<Record<Service, Partial<Record<CredentialOption, string>>>>> = {
  anthropic: { apiKey: 'ANTHROPIC_API_KEY', authToken: 'ANTHROPIC_AUTH_TOKEN' },
  foundry: { apiKey: 'ANTHROPIC_FOUNDRY_API_KEY', authToken: 'ANTHROPIC_AUTH_TOKEN' },
  aws: { apiKey: 'ANTHROPIC_AWS_API_KEY' },
  bedrock: { apiKey: 'AWS_BEARER_TOKEN_BEDROCK' },
};

interface OptionFinding {
  readonly option: CredentialOption;
  readonly property: ResolvedProperty;
  /** The string literal that holds the value (in place, or in the `const` it comes from). */
  readonly literal: TSESTree.Node;
  readonly variable: string | undefined;
}

/** Decide which credential options of a client are strings written in the code. */
export function checkClientCredentials(client: ClientInfo): OptionFinding[] {
  const findings: OptionFinding[] = [];
  for (const option of ['apiKey', 'authToken'] as const) {
    const property = client.options?.properties.get(option);
    if (property?.value.kind !== 'literal' || typeof property.value.value !== 'string') continue;
    if (!looksLikeCredential(property.value.value)) continue;
    findings.push({ option, property, literal: property.value.node, variable: DEFAULT_ENV[client.kind.service]?.[option] });
  }
  return findings;
}

const within = (inner: TSESTree.Node, outer: readonly [number, number]): boolean =>
  inner.range[0] >= outer[0] && inner.range[1] <= outer[1];

export default createRule<[], MessageIds>({
  name: 'no-hardcoded-api-key',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow Anthropic API keys and other credentials written in the code',
      recommended: false,
      strict: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      literalKey:
        'This string holds an Anthropic {{kind}} (`sk-ant-…`): anyone who can read the code, the bundle or the repository history can use it. Revoke it in the Claude Console and read it from the environment: `new Anthropic()` reads `process.env.ANTHROPIC_API_KEY` by default.',
      hardcodedOption:
        '`{{option}}` is a string written in the code: anyone who can read the code, the bundle or the repository history can use the credential. Read it from the environment{{hint}}.',
      useEnv: 'Read `{{option}}` from `process.env.{{variable}}`.',
    },
  },
  defaultOptions: [],
  create(context) {
    const { sourceCode } = context;
    const text = sourceCode.text;
    const report = reportOnce(context);
    /** Ranges of the literals already reported as client options: the key scan skips them. */
    const reported: (readonly [number, number])[] = [];

    const checkString = (node: TSESTree.Literal | TSESTree.TemplateElement, value: string): void => {
      if (!value.includes('sk-ant-') || reported.some((range) => within(node, range))) return;
      // Keys need no escapes: find them in the source text to report their exact position.
      const keys = findAnthropicKeys(sourceCode.getText(node));
      for (const key of keys) {
        const start = node.range[0] + key.index;
        context.report({
          node,
          loc: { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(start + key.length) },
          messageId: 'literalKey',
          data: { kind: key.kind },
        });
      }
      // A key written with escapes: report the whole string.
      const cooked = findAnthropicKeys(value)[0];
      if (keys.length === 0 && cooked) context.report({ node, messageId: 'literalKey', data: { kind: cooked.kind } });
    };

    const listeners: TSESLint.RuleListener = {};
    if (text.includes('apiKey') || text.includes('authToken')) {
      listeners.Program = (): void => {
        for (const client of getClaudeClients(context)) {
          for (const finding of checkClientCredentials(client)) {
            const { property, option, variable } = finding;
            reported.push(finding.literal.range, property.node.value.range);
            const replacement = variable ? `process.env.${variable}` : null;
            report({
              node: property.node.value,
              messageId: 'hardcodedOption',
              data: {
                option,
                hint: variable
                  ? `: \`process.env.${variable}\`, which the client reads by default when \`${option}\` is left out`
                  : ' or a secret store',
              },
              suggest: replacement
                ? [
                    {
                      messageId: 'useEnv',
                      data: { option, variable },
                      fix: (fixer) =>
                        property.node.shorthand
                          ? fixer.replaceText(property.node, `${option}: ${replacement}`)
                          : fixer.replaceText(property.node.value, replacement),
                    },
                  ]
                : [],
            });
          }
        }
      };
    }
    if (text.includes('sk-ant-')) {
      listeners.Literal = (node): void => {
        if (typeof node.value === 'string') checkString(node, node.value);
      };
      listeners.TemplateElement = (node): void => {
        checkString(node, node.value.cooked ?? node.value.raw);
      };
    }
    return listeners;
  },
});
