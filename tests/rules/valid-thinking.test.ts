import rule from '../../src/rules/valid-thinking.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

/** How the messages name the parameters of a request made with the Anthropic SDK: the API's own names. */
const API_NAMES = { budgetKey: 'budget_tokens', effortParam: 'output_config.effort', maxTokensParam: 'max_tokens' };

ruleTester.run('valid-thinking', rule, {
  valid: [
    // A client from another module may send the interleaved-thinking beta in its defaultHeaders,
    // which lets budget_tokens exceed max_tokens: not provably wrong.
    `import { anthropic } from './client';
await anthropic.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 2048, thinking: { type: 'enabled', budget_tokens: 4096 }, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ defaultHeaders: { 'anthropic-beta': 'interleaved-thinking-2025-05-14' } });
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 2048, thinking: { type: 'enabled', budget_tokens: 4096 }, messages: [] });`,
    // Model not statically known: only model-independent checks apply, and these settings pass them.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: process.env.CLAUDE_MODEL!, max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 2048 }, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare function pickModel(): string;
await client.messages.create({ model: pickModel(), max_tokens: 4096, thinking: { type: 'disabled' }, output_config: { effort: 'max' }, messages: [] });`,
    // An unknown spread after `thinking` may override it.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const overrides: Partial<Anthropic.MessageCreateParams>;
await client.messages.create({ model: 'claude-fable-5', max_tokens: 4096, thinking: { type: 'disabled' }, ...overrides, messages: [] });`,
    // An unknown spread may set `output_config.effort`: the effort of `disabled` on Opus 5 is not known.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const overrides: Partial<Anthropic.MessageCreateParams>;
await client.messages.create({ model: 'claude-opus-5', max_tokens: 4096, ...overrides, thinking: { type: 'disabled' }, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const effort: 'low' | 'max';
await client.messages.create({ model: 'claude-opus-5', max_tokens: 4096, thinking: { type: 'disabled' }, output_config: { effort }, messages: [] });`,
    // Unknown client, no Claude model ID: not a Claude request.
    `import { llm } from './llm';
await llm.messages.create({ model: 'gpt-4o', thinking: { type: 'enabled', budget_tokens: 10 }, output_config: { effort: 'extreme' } });`,
    `import twilio from 'twilio';
const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);
await client.messages.create({ body: 'Your code is 1234', from: '+15550001111', to: '+15550002222' });`,
    `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
await prisma.message.create({ data: { role: 'assistant', content: 'Hi', thinking: { type: 'disabled' } } });`,
    `import OpenAI from 'openai';
const openai = new OpenAI();
declare const threadId: string;
await openai.beta.threads.messages.create(threadId, { role: 'assistant', content: 'Hi' });`,
    // Interleaved thinking: the budget spans the whole turn and may exceed max_tokens.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.beta.messages.create({
  model: 'claude-sonnet-4-5',
  max_tokens: 4096,
  thinking: { type: 'enabled', budget_tokens: 8192 },
  betas: ['interleaved-thinking-2025-05-14'],
  messages: [{ role: 'user', content: 'Hi' }],
});`,
    // Headers not statically known may carry the interleaved-thinking beta.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const headers: Record<string, string>;
await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 8192 }, messages: [] }, { headers });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ defaultHeaders: { 'anthropic-beta': 'interleaved-thinking-2025-05-14' } });
await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 8192 }, messages: [] });`,
    // max_tokens not statically known.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const maxTokens: number;
await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: maxTokens, thinking: { type: 'enabled', budget_tokens: 8192 }, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 4096, thinking: { type: 'between_tools' }, output_config: { effort: 'high' }, messages: [] });`,
    // Sonnet 5.5 runs at effort high by default.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 4096, thinking: { type: 'between_tools' }, messages: [] });`,
    // Opus 5 runs at effort high by default, where `disabled` is accepted.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-5', max_tokens: 4096, thinking: { type: 'disabled' }, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-6', max_tokens: 4096, thinking: { type: 'adaptive' }, messages: [] });`,
    // Manual thinking is deprecated on Opus 4.6, but accepted.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-6', max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 2048 }, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-7', max_tokens: 4096, thinking: { type: 'adaptive' }, output_config: { effort: 'xhigh' }, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 4096, thinking: { type: 'disabled' }, messages: [] });`,
    // Forced tool use is fine with adaptive thinking on models that allow it.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-7', max_tokens: 4096, thinking: { type: 'adaptive' }, tool_choice: { type: 'any' }, tools: [], messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 2048 }, tool_choice: { type: 'auto' }, tools: [], messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 4096, tool_choice: { type: 'tool', name: 'get_weather' }, tools: [], messages: [] });`,
    // Models that reject forced tool use whatever the thinking mode are valid-tools' concern, not this rule's.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-5-5', max_tokens: 4096, tool_choice: { type: 'any' }, tools: [], messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 4096, thinking: { type: 'adaptive' }, tool_choice: { type: 'tool', name: 'get_weather' }, tools: [], messages: [] });`,
    // Effort levels the model accepts.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-5', max_tokens: 4096, output_config: { effort: 'medium' }, messages: [] });`,
    // Bedrock's dotted ID for Opus 4.6, which accepts adaptive thinking.
    `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const client = new AnthropicBedrock();
await client.messages.create({ model: 'us.anthropic.claude-opus-4-6-v1', max_tokens: 4096, thinking: { type: 'adaptive' }, messages: [] });`,
    // \`null\` and \`undefined\` may mean "not set"; the AI SDK validates its provider options before sending.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, thinking: undefined, messages: [] });
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, thinking: null, messages: [] });`,
    `import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';
await generateText({ model: anthropic('claude-opus-4-8'), prompt: 'Hi', providerOptions: { anthropic: { thinking: 'extended' } } });`,
    // An unknown model ID has no row: nothing model-specific is checked.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-9', max_tokens: 4096, thinking: { type: 'between_tools' }, messages: [] });`,
  ],
  invalid: [
    {
      // Trial 7: a mode name where the API takes an object.
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, thinking: 'extended', messages: [] });`,
      output: null,
      errors: [{ messageId: 'notAnObject', data: { value: "'extended'" }, line: 3, column: 76, suggestions: [] }],
    },
    {
      code: `const res = await fetch('https://api.anthropic.com/v1/messages', {
  method: 'POST',
  headers: { 'x-api-key': process.env.ANTHROPIC_API_KEY, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
  body: JSON.stringify({ model: 'claude-sonnet-4-6', max_tokens: 1024, thinking: true, messages: [{ role: 'user', content: 'Hi' }] }),
});`,
      output: null,
      errors: [{ messageId: 'notAnObject', data: { value: 'true' }, line: 4, column: 72, suggestions: [] }],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-7',
  max_tokens: 16000,
  thinking: { type: 'enabled', budget_tokens: 8000 },
  messages: [{ role: 'user', content: 'Hi' }],
});`,
      output: null,
      errors: [
        {
          messageId: 'enabledNotSupported',
          data: { ...API_NAMES, model: 'claude-opus-4-7' },
          line: 6,
          column: 15,
          suggestions: [
            {
              messageId: 'useAdaptive',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-7',
  max_tokens: 16000,
  thinking: { type: 'adaptive' },
  messages: [{ role: 'user', content: 'Hi' }],
});`,
            },
          ],
        },
      ],
    },
    // The switch to adaptive keeps `display`, which adaptive thinking takes too.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 16000,
  thinking: { type: 'enabled', budget_tokens: 8000, display: 'summarized' },
  messages: [{ role: 'user', content: 'Hi' }],
});`,
      output: null,
      errors: [
        {
          messageId: 'enabledNotSupported',
          data: { ...API_NAMES, model: 'claude-opus-4-8' },
          line: 6,
          column: 15,
          suggestions: [
            {
              messageId: 'useAdaptive',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 16000,
  thinking: { type: 'adaptive', display: 'summarized' },
  messages: [{ role: 'user', content: 'Hi' }],
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-fable-5',
  max_tokens: 4096,
  thinking: { type: 'disabled' },
  messages: [{ role: 'user', content: 'Hi' }],
});`,
      output: null,
      errors: [
        {
          messageId: 'disabledNotSupported',
          data: { ...API_NAMES, model: 'claude-fable-5' },
          line: 6,
          column: 15,
          suggestions: [
            {
              messageId: 'removeThinking',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-fable-5',
  max_tokens: 4096,
  messages: [{ role: 'user', content: 'Hi' }],
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-sonnet-5-5',
  max_tokens: 4096,
  thinking: { type: 'disabled' },
  messages: [{ role: 'user', content: 'Hi' }],
});`,
      output: null,
      errors: [
        {
          messageId: 'disabledNotSupported',
          data: { ...API_NAMES, model: 'claude-sonnet-5-5' },
          line: 6,
          column: 15,
          suggestions: [
            {
              messageId: 'useBetweenTools',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-sonnet-5-5',
  max_tokens: 4096,
  thinking: { type: 'between_tools' },
  messages: [{ role: 'user', content: 'Hi' }],
});`,
            },
            {
              messageId: 'removeThinking',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-sonnet-5-5',
  max_tokens: 4096,
  messages: [{ role: 'user', content: 'Hi' }],
});`,
            },
          ],
        },
      ],
    },
    // At effort max, between_tools is rejected too: only removal is suggested.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 4096, thinking: { type: 'disabled' }, output_config: { effort: 'max' }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'disabledNotSupported',
          data: { ...API_NAMES, model: 'claude-sonnet-5-5' },
          line: 3,
          column: 90,
          suggestions: [
            {
              messageId: 'removeThinking',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 4096, output_config: { effort: 'max' }, messages: [] });`,
            },
          ],
        },
      ],
    },
    // this.client assigned in the constructor; messages.parse.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
class Summarizer {
  private readonly client: Anthropic;
  constructor() {
    this.client = new Anthropic();
  }
  run() {
    return this.client.messages.parse({ model: 'claude-sonnet-4-5', max_tokens: 4096, thinking: { type: 'adaptive' }, messages: [] });
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'adaptiveNotSupported',
          data: { ...API_NAMES, model: 'claude-sonnet-4-5' },
          line: 8,
          column: 99,
          suggestions: [],
        },
      ],
    },
    // A client in a class field; messages.stream.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
class Agent {
  private client = new Anthropic();
  run() {
    return this.client.messages.stream({ model: 'claude-opus-4-8', max_tokens: 4096, thinking: { type: 'between_tools' }, messages: [] });
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'betweenToolsNotSupported',
          data: { model: 'claude-opus-4-8' },
          line: 5,
          column: 98,
          suggestions: [],
        },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-5', max_tokens: 4096, thinking: { type: 'disabled' }, output_config: { effort: 'max' }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'typeAtEffort',
          data: { ...API_NAMES, model: 'claude-opus-5', type: 'disabled', effort: 'max', levels: "low', 'medium', 'high" },
          line: 3,
          column: 86,
          suggestions: [],
        },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 4096, thinking: { type: 'between_tools' }, output_config: { effort: 'xhigh' }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'typeAtEffort',
          data: { ...API_NAMES, model: 'claude-sonnet-5-5', type: 'between_tools', effort: 'xhigh', levels: "low', 'medium', 'high" },
          line: 3,
          column: 90,
          suggestions: [],
        },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 4096, thinking: { type: 'on' }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'unknownType',
          data: { type: 'on', types: "enabled', 'adaptive', 'disabled', 'between_tools" },
          line: 3,
          column: 89,
          suggestions: [],
        },
      ],
    },
    // The budget minimum holds for every model, even one not statically known.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: process.env.CLAUDE_MODEL!, max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 512 }, messages: [] });`,
      output: null,
      errors: [{ messageId: 'budgetTooSmall', data: { ...API_NAMES, value: '512' }, line: 3, column: 113, suggestions: [] }],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-haiku-4-5',
  max_tokens: 4096,
  thinking: { type: 'enabled', budget_tokens: 4096 },
  messages: [{ role: 'user', content: 'Hi' }],
});`,
      output: null,
      errors: [
        {
          messageId: 'budgetNotBelowMaxTokens',
          data: { ...API_NAMES, value: '4096', maxTokens: '4096' },
          line: 6,
          column: 32,
          suggestions: [],
        },
      ],
    },
    // Other betas do not lift the budget limit.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.beta.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 8192 }, betas: ['context-1m-2025-08-07'], messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'budgetNotBelowMaxTokens',
          data: { ...API_NAMES, value: '8192', maxTokens: '4096' },
          line: 3,
          column: 112,
          suggestions: [],
        },
      ],
    },
    // A spread of a const payload: the findings point into the const.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const defaults = { model: 'claude-opus-4-7', max_tokens: 1024 };
await client.messages.create({ ...defaults, thinking: { type: 'enabled', budget_tokens: 2048 }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'enabledNotSupported',
          data: { ...API_NAMES, model: 'claude-opus-4-7' },
          line: 4,
          column: 57,
          suggestions: [
            {
              messageId: 'useAdaptive',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const defaults = { model: 'claude-opus-4-7', max_tokens: 1024 };
await client.messages.create({ ...defaults, thinking: { type: 'adaptive' }, messages: [] });`,
            },
          ],
        },
        {
          messageId: 'budgetNotBelowMaxTokens',
          data: { ...API_NAMES, value: '2048', maxTokens: '1024' },
          line: 4,
          column: 74,
          suggestions: [],
        },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 2048 }, tool_choice: { type: 'any' }, tools: [], messages: [] });`,
      output: null,
      errors: [{ messageId: 'forcedToolChoice', data: { choice: 'any' }, line: 3, column: 129, suggestions: [] }],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-6', max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 2048 }, tool_choice: { type: 'tool', name: 'get_weather' }, tools: [], messages: [] });`,
      output: null,
      errors: [{ messageId: 'forcedToolChoice', data: { choice: 'tool' }, line: 3, column: 128, suggestions: [] }],
    },
    // Manual thinking with forced tool use on a model that rejects both: the forced choice is
    // reported here for the manual thinking; that Opus 5.5 rejects forced tool use at all is valid-tools' report.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-5-5', max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 2048 }, tool_choice: { type: 'any' }, tools: [], messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'enabledNotSupported',
          data: { ...API_NAMES, model: 'claude-opus-5-5' },
          line: 3,
          column: 88,
          suggestions: [
            {
              messageId: 'useAdaptive',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-5-5', max_tokens: 4096, thinking: { type: 'adaptive' }, tool_choice: { type: 'any' }, tools: [], messages: [] });`,
            },
          ],
        },
        { messageId: 'forcedToolChoice', data: { choice: 'any' }, line: 3, column: 128, suggestions: [] },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-7', max_tokens: 4096, output_config: { effort: 'extreme' }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'unknownEffort',
          data: { ...API_NAMES, effort: 'extreme', levels: "low', 'medium', 'high', 'xhigh', 'max" },
          line: 3,
          column: 93,
          suggestions: [],
        },
      ],
    },
    // A parameter typed `Anthropic`; beta.messages.create.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
export async function ask(client: Anthropic) {
  return client.beta.messages.create({ model: 'claude-haiku-4-5', max_tokens: 4096, output_config: { effort: 'low' }, messages: [] });
}`,
      output: null,
      errors: [
        { messageId: 'effortNotSupported', data: { ...API_NAMES, model: 'claude-haiku-4-5' }, line: 3, column: 102, suggestions: [] },
      ],
    },
    // A const payload.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const params = { model: 'claude-opus-4-6', max_tokens: 4096, output_config: { effort: 'xhigh' }, messages: [] } as const;
await client.messages.create(params);`,
      output: null,
      errors: [
        {
          messageId: 'effortLevelNotSupported',
          data: { ...API_NAMES, model: 'claude-opus-4-6', effort: 'xhigh', levels: "low', 'medium', 'high', 'max" },
          line: 3,
          column: 79,
          suggestions: [],
        },
      ],
    },
    // A ternary model: each branch is checked against its own row.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const fast: boolean;
await client.messages.create({
  model: fast ? 'claude-haiku-4-5' : 'claude-opus-4-7',
  max_tokens: 4096,
  thinking: { type: 'enabled', budget_tokens: 2048 },
  output_config: { effort: 'high' },
  messages: [],
});`,
      output: null,
      errors: [
        {
          messageId: 'enabledNotSupported',
          data: { ...API_NAMES, model: 'claude-opus-4-7' },
          line: 7,
          column: 15,
          suggestions: [
            {
              messageId: 'useAdaptive',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const fast: boolean;
await client.messages.create({
  model: fast ? 'claude-haiku-4-5' : 'claude-opus-4-7',
  max_tokens: 4096,
  thinking: { type: 'adaptive' },
  output_config: { effort: 'high' },
  messages: [],
});`,
            },
          ],
        },
        { messageId: 'effortNotSupported', data: { ...API_NAMES, model: 'claude-haiku-4-5' }, line: 8, column: 20, suggestions: [] },
      ],
    },
    // A client from another module: a Claude request because the payload names a Claude model.
    {
      code: `import { anthropic } from './clients';
await anthropic.messages.create({ model: 'claude-opus-4-7', max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 2048 }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'enabledNotSupported',
          data: { ...API_NAMES, model: 'claude-opus-4-7' },
          line: 2,
          column: 91,
          suggestions: [
            {
              messageId: 'useAdaptive',
              output: `import { anthropic } from './clients';
await anthropic.messages.create({ model: 'claude-opus-4-7', max_tokens: 4096, thinking: { type: 'adaptive' }, messages: [] });`,
            },
          ],
        },
      ],
    },
    // One request of a batch.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.batches.create({
  requests: [
    { custom_id: 'a', params: { model: 'claude-fable-5', max_tokens: 4096, thinking: { type: 'disabled' }, messages: [] } },
  ],
});`,
      output: null,
      errors: [
        {
          messageId: 'disabledNotSupported',
          data: { ...API_NAMES, model: 'claude-fable-5' },
          line: 5,
          column: 88,
          suggestions: [
            {
              messageId: 'removeThinking',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.batches.create({
  requests: [
    { custom_id: 'a', params: { model: 'claude-fable-5', max_tokens: 4096, messages: [] } },
  ],
});`,
            },
          ],
        },
      ],
    },
    // A Bedrock client with a dotted ID.
    {
      code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const client = new AnthropicBedrock();
await client.beta.messages.stream({ model: 'global.anthropic.claude-haiku-4-5-20251001-v1:0', max_tokens: 4096, thinking: { type: 'adaptive' }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'adaptiveNotSupported',
          data: { ...API_NAMES, model: 'claude-haiku-4-5' },
          line: 3,
          column: 125,
          suggestions: [],
        },
      ],
    },
  ],
});
