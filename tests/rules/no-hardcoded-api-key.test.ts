import { describe, expect, it } from 'vitest';
import { findAnthropicKeys, looksLikeCredential } from '../../src/rules/no-hardcoded-api-key-utils/credentials.js';
import rule from '../../src/rules/no-hardcoded-api-key.js';
import { createRuleTester } from '../rule-tester.js';

// Fake keys, shorter than real ones (about 90 characters after the prefix) so that secret
// scanners leave this file alone, but long enough for the rule.
const KEY = 'sk-ant-api03-Xq7vR2mLp9KdT4wZ8bNc1FhJ6sYg';
const ADMIN_KEY = 'sk-ant-admin01-Pz4Wc8Nv2Lq6Tr0Yb3Hm7Ks5Dx';

describe('findAnthropicKeys', () => {
  it('finds generated-looking keys and gives their position and kind, not their text', () => {
    expect(findAnthropicKeys(KEY)).toEqual([{ index: 0, length: KEY.length, kind: 'API key' }]);
    expect(findAnthropicKeys(`x-api-key: ${ADMIN_KEY}`)).toEqual([{ index: 11, length: ADMIN_KEY.length, kind: 'Admin API key' }]);
    expect(findAnthropicKeys('sk-ant-oat01-Gh5Jk2Lm8Np4Qr6St0Uv3Wx9Yz')[0]?.kind).toBe('OAuth token');
    expect(findAnthropicKeys('sk-ant-api99-Gh5Jk2Lm8Np4Qr6St0Uv3Wx9Yz')[0]?.kind).toBe('API key');
    expect(findAnthropicKeys('sk-ant-new01-Gh5Jk2Lm8Np4Qr6St0Uv3Wx9Yz')[0]?.kind).toBe('credential');
  });

  it.each([
    'sk-ant-...',
    'sk-ant-xxx',
    'sk-ant-api03-...',
    'sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'sk-ant-api03-XXXXXXXXXXXXXXXXXXXXXXXXXXXX',
    'sk-ant-api03-your-api-key-goes-here',
    'sk-ant-api03-your-Key-1234567890abcdefgh',
    'sk-ant-api03-EXAMPLE-abcdefghij1234567890',
    'sk-ant-api03-abc123',
    'sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123',
    'sk-ant-api03-<YOUR_KEY>',
    'sk-ant-',
    'sk-ant-api-Xq7vR2mLp9KdT4wZ8bNc1FhJ6sYg',
    // Typed by hand (trial 9: a credential detector's test): the alphabet in alternating case, a counted run of digits.
    'sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz-123456789ABCDEF',
    'sk-ant-api03-Xq7vR2-123456-mLp9KdT4wZ8bNc1FhJ6sYg',
  ])('ignores the placeholder %s', (text) => {
    expect(findAnthropicKeys(text)).toEqual([]);
  });
});

describe('looksLikeCredential', () => {
  // Short ascending runs happen at random (\`4f9a8b7c\` holds none of six; \`abc1\` is fine).
  it.each([KEY, 'gw-4f9a8b7c6d5e4f3a2b1c', '0f3b9c2d7e1a4b6c8d0e2f4a6b8c0d1e', 'sk-ant-api03-Xq7abcdE2mLp9KdT4wZ8bNc1FhJ6sYg'])(
    '%s is a credential',
    (value) => {
      expect(looksLikeCredential(value)).toBe(true);
    },
  );

  it.each([
    '',
    ' ',
    'test',
    'ollama',
    'lm-studio',
    'sk-1234',
    'not-needed',
    'dummy-key-for-tests-123456',
    'your-api-key-here-0000',
    '<ANTHROPIC_API_KEY>',
    '${ANTHROPIC_API_KEY}',
    'sk-ant-api03-...',
    'abcdefghijklmnopqrstuvwxyz',
    'placeholder-1234567890abc',
    'gw-key-0123456789-Zx',
  ])('%j is a placeholder', (value) => {
    expect(looksLikeCredential(value)).toBe(false);
  });
});

describe('cost on files without keys', () => {
  const listenersFor = (text: string): string[] =>
    Object.keys(rule.create({ options: [], sourceCode: { text } } as unknown as Parameters<typeof rule.create>[0]));

  it('registers no listener on a file that mentions neither sk-ant- nor a credential option', () => {
    expect(listenersFor("const greeting = 'hello';")).toEqual([]);
  });

  it('scans strings only in files that contain sk-ant-', () => {
    expect(listenersFor(`const key = '${KEY}';`).sort()).toEqual(['Literal', 'TemplateElement']);
    expect(listenersFor('new Anthropic({ apiKey })')).toEqual(['Program']);
  });
});

const ruleTester = createRuleTester();

ruleTester.run('no-hardcoded-api-key', rule, {
  valid: [
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ apiKey: process.env['CLAUDE_KEY'] ?? '' });`,
    // A fallback of unknown use: only key-shaped fallbacks are reported (by the key scan).
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ apiKey: process.env.CLAUDE_KEY ?? 'local-dev-4f9a8b7c6d5e4f3a' });`,
    // Placeholders and dummy values for tests and local gateways.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ apiKey: '' });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ apiKey: 'test', baseURL: 'http://localhost:4010' });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ apiKey: 'ollama', baseURL: 'http://localhost:11434' });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ apiKey: 'my-anthropic-api-key' });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ apiKey: 'sk-ant-api03-...' });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ authToken: 'dummy-token-for-tests-12345' });`,
    `// Set ANTHROPIC_API_KEY=sk-ant-api03-... in your .env file.
const docs = 'Keys look like sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxx';`,
    // A regular expression is not a key.
    `const ANTHROPIC_KEY = /sk-ant-api\\d{2}-[A-Za-z0-9_-]{80,}/u;`,
    // Credentials of other SDKs are not this rule's business.
    `import OpenAI from 'openai';
const openai = new OpenAI({ apiKey: 'gw-4f9a8b7c6d5e4f3a2b1c' });`,
    // A client from elsewhere: the options are not seen.
    `import { makeClient } from './claude';
const client = makeClient({ apiKey: 'gw-4f9a8b7c6d5e4f3a2b1c' });`,
    // The option value not statically known.
    `import Anthropic from '@anthropic-ai/sdk';
declare function readSecret(name: string): string;
const client = new Anthropic({ apiKey: readSecret('anthropic') });`,
    // Vertex takes no API key; the key scan finds nothing here.
    `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const client = new AnthropicVertex({ region: 'us-east5', projectId: 'my-project-1234567890' });`,
  ],
  invalid: [
    {
      code: `const key = '${KEY}';`,
      output: null,
      errors: [
        {
          messageId: 'literalKey',
          data: { kind: 'API key' },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 14 + KEY.length,
          suggestions: [],
        },
      ],
    },
    // Inside a longer string and in a template literal with expressions.
    {
      code: `const headers = { authorization: 'Bearer ${ADMIN_KEY}' };
declare const path: string;
const curl = \`curl -H "x-api-key: ${KEY}" https://api.anthropic.com\${path}\`;`,
      output: null,
      errors: [
        { messageId: 'literalKey', data: { kind: 'Admin API key' }, line: 1, column: 42, endColumn: 42 + ADMIN_KEY.length },
        { messageId: 'literalKey', data: { kind: 'API key' }, line: 3, column: 35, endColumn: 35 + KEY.length },
      ],
    },
    // Two keys in one string.
    {
      code: `const pool = '${KEY},${ADMIN_KEY}';`,
      output: null,
      errors: [
        { messageId: 'literalKey', data: { kind: 'API key' }, line: 1, column: 15 },
        { messageId: 'literalKey', data: { kind: 'Admin API key' }, line: 1, column: 16 + KEY.length },
      ],
    },
    // Written with an escape: the whole string is reported.
    {
      code: `const key = '${KEY.replace('Xq7', '\\x58q7')}';`,
      output: null,
      errors: [{ messageId: 'literalKey', data: { kind: 'API key' }, line: 1, column: 13 }],
    },
    // A key in the constructor options: one report, with the suggestion.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ apiKey: '${KEY}' });`,
      output: null,
      errors: [
        {
          messageId: 'hardcodedOption',
          data: {
            option: 'apiKey',
            hint: ': `process.env.ANTHROPIC_API_KEY`, which the client reads by default when `apiKey` is left out',
          },
          line: 2,
          column: 40,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { option: 'apiKey', variable: 'ANTHROPIC_API_KEY' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });`,
            },
          ],
        },
      ],
    },
    // A gateway credential through a const, and an auth token.
    {
      code: `import { Anthropic } from '@anthropic-ai/sdk';
const GATEWAY_KEY = 'gw-4f9a8b7c6d5e4f3a2b1c';
const client = new Anthropic({
  apiKey: GATEWAY_KEY,
  authToken: \`eyJhbGciOiJIUzI1NiJ9x7Q2w\`,
  baseURL: 'https://gateway.example.com',
});`,
      output: null,
      errors: [
        {
          messageId: 'hardcodedOption',
          data: {
            option: 'apiKey',
            hint: ': `process.env.ANTHROPIC_API_KEY`, which the client reads by default when `apiKey` is left out',
          },
          line: 4,
          column: 11,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { option: 'apiKey', variable: 'ANTHROPIC_API_KEY' },
              output: `import { Anthropic } from '@anthropic-ai/sdk';
const GATEWAY_KEY = 'gw-4f9a8b7c6d5e4f3a2b1c';
const client = new Anthropic({
  apiKey: process.env.ANTHROPIC_API_KEY,
  authToken: \`eyJhbGciOiJIUzI1NiJ9x7Q2w\`,
  baseURL: 'https://gateway.example.com',
});`,
            },
          ],
        },
        {
          messageId: 'hardcodedOption',
          data: {
            option: 'authToken',
            hint: ': `process.env.ANTHROPIC_AUTH_TOKEN`, which the client reads by default when `authToken` is left out',
          },
          line: 5,
          column: 14,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { option: 'authToken', variable: 'ANTHROPIC_AUTH_TOKEN' },
              output: `import { Anthropic } from '@anthropic-ai/sdk';
const GATEWAY_KEY = 'gw-4f9a8b7c6d5e4f3a2b1c';
const client = new Anthropic({
  apiKey: GATEWAY_KEY,
  authToken: process.env.ANTHROPIC_AUTH_TOKEN,
  baseURL: 'https://gateway.example.com',
});`,
            },
          ],
        },
      ],
    },
    // Shorthand property holding a key from a const: reported once, at the option.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const apiKey = '${KEY}';
const client = new Anthropic({ apiKey });`,
      output: null,
      errors: [
        {
          messageId: 'hardcodedOption',
          line: 3,
          column: 32,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { option: 'apiKey', variable: 'ANTHROPIC_API_KEY' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const apiKey = '${KEY}';
const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });`,
            },
          ],
        },
      ],
    },
    // Options spread from a const object; Foundry reads its own variable.
    {
      code: `import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';
const shared = { resource: 'my-resource', apiKey: '0f3b9c2d7e1a4b6c8d0e2f4a6b8c0d1e' };
const client = new AnthropicFoundry({ ...shared, maxRetries: 3 });`,
      output: null,
      errors: [
        {
          messageId: 'hardcodedOption',
          data: {
            option: 'apiKey',
            hint: ': `process.env.ANTHROPIC_FOUNDRY_API_KEY`, which the client reads by default when `apiKey` is left out',
          },
          line: 2,
          column: 51,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { option: 'apiKey', variable: 'ANTHROPIC_FOUNDRY_API_KEY' },
              output: `import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';
const shared = { resource: 'my-resource', apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY };
const client = new AnthropicFoundry({ ...shared, maxRetries: 3 });`,
            },
          ],
        },
      ],
    },
    // Bedrock reads AWS_BEARER_TOKEN_BEDROCK; Bedrock Mantle has no default variable: no suggestion.
    {
      code: `import AnthropicBedrock, { AnthropicBedrockMantle } from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock({ apiKey: 'ABSKQmVkcm9ja0FQSUtleS1abc123' });
const mantle = new AnthropicBedrockMantle({ apiKey: 'ABSKQmVkcm9ja0FQSUtleS1xyz789' });`,
      output: null,
      errors: [
        {
          messageId: 'hardcodedOption',
          data: {
            option: 'apiKey',
            hint: ': `process.env.AWS_BEARER_TOKEN_BEDROCK`, which the client reads by default when `apiKey` is left out',
          },
          line: 2,
          column: 48,
          suggestions: [
            {
              messageId: 'useEnv',
              data: { option: 'apiKey', variable: 'AWS_BEARER_TOKEN_BEDROCK' },
              output: `import AnthropicBedrock, { AnthropicBedrockMantle } from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock({ apiKey: process.env.AWS_BEARER_TOKEN_BEDROCK });
const mantle = new AnthropicBedrockMantle({ apiKey: 'ABSKQmVkcm9ja0FQSUtleS1xyz789' });`,
            },
          ],
        },
        {
          messageId: 'hardcodedOption',
          data: { option: 'apiKey', hint: ' or a secret store' },
          line: 3,
          column: 53,
          suggestions: [],
        },
      ],
    },
    // A key in a fallback is still in the code; no client option is provably it.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY ?? '${KEY}' });`,
      output: null,
      errors: [{ messageId: 'literalKey', data: { kind: 'API key' }, line: 2, column: 74 }],
    },
  ],
});
