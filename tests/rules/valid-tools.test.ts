import * as parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it, test } from 'vitest';
import { getClaudeRequests, type ClaudeRequest } from '../../src/analysis/requests.js';
import { MODEL_TABLE } from '../../src/facts/table.js';
import { ANTHROPIC_TOOLS, TOOL_NAME_PATTERN, anthropicTool } from '../../src/facts/tools.js';
import type { ModelRow } from '../../src/facts/types.js';
import rule, { checkTools, declaredTools } from '../../src/rules/valid-tools.js';
import { closestName, sanitizeToolName } from '../../src/rules/valid-tools-utils/rewrite.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('valid-tools', rule, {
  valid: [
    // The tool runner sends its tools without their `run` and `parse` functions.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.beta.messages.toolRunner({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'Weather in Paris?' }],
  tools: [{ name: 'get weather', input_schema: { type: 'object' }, run: async () => 'Sunny', parse: JSON.parse }],
  tool_choice: { type: 'tool', name: 'get weather' },
});`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  tools: [
    {
      name: 'get_weather',
      description: 'Get the current weather in a city',
      input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
    { type: 'custom', name: 'get-time', input_schema: { type: 'object', properties: {} }, strict: true },
  ],
  tool_choice: { type: 'tool', name: 'get_weather' },
  messages: [{ role: 'user', content: 'Weather in Paris?' }],
});`,
    // Anthropic-defined tools take no input_schema, and description is optional.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  tools: [
    { type: 'web_search_20250305', name: 'web_search', max_uses: 5 },
    { type: 'web_fetch_20250910', name: 'web_fetch' },
    { type: 'bash_20250124', name: 'bash' },
    { type: 'text_editor_20250728', name: 'str_replace_based_edit_tool' },
    { type: 'code_execution_20250825', name: 'code_execution' },
    { type: 'memory_20250818', name: 'memory' },
    { type: 'computer_toolset_20260801' },
  ],
  tool_choice: { type: 'tool', name: 'web_search' },
  messages: [{ role: 'user', content: 'News today?' }],
});`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.beta.messages.create({
  model: 'claude-sonnet-4-5',
  max_tokens: 1024,
  tools: [
    { type: 'computer_20250124', name: 'computer', display_width_px: 1280, display_height_px: 800 },
    { type: 'text_editor_20250124', name: 'str_replace_editor' },
    { type: 'mcp_toolset', mcp_server_name: 'github' },
  ],
  mcp_servers: [{ type: 'url', name: 'github', url: 'https://example.com/mcp' }],
  tool_choice: { type: 'tool', name: 'create_issue' },
  betas: ['mcp-client-2025-11-20'],
  messages: [{ role: 'user', content: 'Open an issue' }],
});`,
    // A type the table does not know (a newer tool version): no report.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ type: 'web_search_20990101', name: 'web-search-next' }], messages: [] });`,
    // Tools not statically known.
    `import Anthropic from '@anthropic-ai/sdk';
import { getTools } from './tools';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: getTools(), tool_choice: { type: 'tool', name: 'anything' }, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
import { mcpTools } from './mcp';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  tools: [...mcpTools, { name: 'get_weather', input_schema: { type: 'object' } }],
  tool_choice: { type: 'tool', name: 'search_docs' },
  messages: [],
});`,
    `import Anthropic from '@anthropic-ai/sdk';
import { betaZodTool } from '@anthropic-ai/sdk/helpers/beta/zod';
import { z } from 'zod';
const client = new Anthropic();
await client.beta.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  tools: [betaZodTool({ name: 'get_weather', inputSchema: z.object({ city: z.string() }), run: async () => 'sunny' })],
  tool_choice: { type: 'tool', name: 'get_weather' },
  messages: [],
});`,
    // A spread may add what is missing: the tool, its schema or its type.
    `import Anthropic from '@anthropic-ai/sdk';
import { baseTool, baseSchema } from './tools';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  tools: [{ ...baseTool, description: 'Look up an order' }, { name: 'lookup', input_schema: { ...baseSchema, properties: {} } }],
  messages: [],
});`,
    `import Anthropic from '@anthropic-ai/sdk';
import { defaults } from './defaults';
const client = new Anthropic();
await client.messages.create({
  ...defaults,
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  tool_choice: { type: 'tool', name: 'get_weather' },
  messages: [],
});`,
    `import Anthropic from '@anthropic-ai/sdk';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { WeatherInput } from './schemas';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: zodToJsonSchema(WeatherInput) as never }], messages: [] });`,
    // A tool type, name or tool_choice that is not statically known.
    `import Anthropic from '@anthropic-ai/sdk';
declare const toolType: 'custom' | 'web_search_20250305';
declare const toolName: string;
declare const choice: Anthropic.ToolChoice;
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-5-5',
  max_tokens: 1024,
  tools: [{ type: toolType, name: 'web_search' }, { name: toolName, input_schema: { type: 'object' } }],
  tool_choice: choice,
  messages: [],
});`,
    `import Anthropic from '@anthropic-ai/sdk';
declare const toolName: string;
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  tools: [{ name: toolName, input_schema: { type: 'object' } }],
  tool_choice: { type: 'tool', name: 'get_weather' },
  messages: [],
});`,
    // Both names a ternary can give are declared.
    `import Anthropic from '@anthropic-ai/sdk';
declare const metric: boolean;
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  tools: [{ name: metric ? 'get_weather_c' : 'get_weather_f', input_schema: { type: 'object' } }],
  tool_choice: { type: 'tool', name: 'get_weather_c' },
  messages: [],
});`,
    // A tools array changed after it is built is not known.
    `import Anthropic from '@anthropic-ai/sdk';
import { extraTool } from './tools';
const client = new Anthropic();
const tools: Anthropic.Tool[] = [{ name: 'get_weather', input_schema: { type: 'object' } }];
tools.push(extraTool);
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools, tool_choice: { type: 'tool', name: 'lookup_order' }, messages: [] });`,
    // Forced tool use on models that allow it, or on a model that is not known.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'any' }, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: process.env.CLAUDE_MODEL!, max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'any' }, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-9', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'any' }, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-5-5', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'auto', disable_parallel_tool_use: true }, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.countTokens({ model: 'claude-haiku-4-5', tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'none' }, messages: [] });`,
    `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const client = new AnthropicBedrock();
await client.messages.create({ model: 'us.anthropic.claude-opus-4-6-v1', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'any' }, messages: [] });`,
    // Not Claude requests: OpenAI's own shapes belong there.
    `import OpenAI from 'openai';
const openai = new OpenAI();
await openai.chat.completions.create({
  model: 'gpt-4o',
  tools: [{ type: 'function', function: { name: 'get.weather', parameters: { type: 'object' } } }],
  tool_choice: 'required',
  messages: [],
});`,
    `import { llm } from './llm';
await llm.messages.create({ model: 'gpt-4o', tools: [{ type: 'function', function: { name: 'get_weather' } }], tool_choice: 'auto' });`,
    `import twilio from 'twilio';
const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);
await client.messages.create({ body: 'Your code is 1234', from: '+15550001111', to: '+15550002222' });`,
    `import OpenAI from 'openai';
const openai = new OpenAI();
declare const threadId: string;
await openai.beta.threads.messages.create(threadId, { role: 'user', content: 'Hi' });`,
  ],
  invalid: [
    // ------------------------------------------------------------ custom tools
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ description: 'Get the weather', input_schema: { type: 'object' } }], messages: [] });`,
      output: null,
      errors: [{ messageId: 'missingName', line: 3, column: 84, suggestions: [] }],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', description: 'Get the weather' }], messages: [] });`,
      output: null,
      errors: [{ messageId: 'missingInputSchema', line: 3, column: 84, suggestions: [] }],
    },
    // OpenAI's flat function shape and MCP's camelCase key: rename to input_schema.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', parameters: { type: 'object' } }], messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'missingInputSchema',
          line: 3,
          column: 84,
          suggestions: [
            {
              messageId: 'renameSchemaKey',
              data: { key: 'parameters' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
import { listTools } from './mcp';
const client = new Anthropic();
const { inputSchema } = (await listTools())[0]!;
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'search', inputSchema }], messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'missingInputSchema',
          line: 5,
          column: 84,
          suggestions: [
            {
              messageId: 'renameSchemaKey',
              data: { key: 'inputSchema' },
              output: `import Anthropic from '@anthropic-ai/sdk';
import { listTools } from './mcp';
const client = new Anthropic();
const { inputSchema } = (await listTools())[0]!;
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'search', input_schema: inputSchema }], messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'weather.get', input_schema: { type: 'object' } }], messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'invalidName',
          data: { name: 'weather.get' },
          line: 3,
          column: 86,
          suggestions: [
            {
              messageId: 'renameTool',
              data: { name: 'weather_get' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'weather_get', input_schema: { type: 'object' } }], messages: [] });`,
            },
          ],
        },
      ],
    },
    // MCP-style namespaced names with a slash and spaces.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ type: 'custom', name: "github/Create Issue", input_schema: { type: 'object' } }], messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'invalidName',
          data: { name: 'github/Create Issue' },
          line: 3,
          column: 102,
          suggestions: [
            {
              messageId: 'renameTool',
              data: { name: 'github_Create_Issue' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ type: 'custom', name: "github_Create_Issue", input_schema: { type: 'object' } }], messages: [] });`,
            },
          ],
        },
      ],
    },
    // A name from a shared const, and an empty name: no rename offered.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const TOOL_NAME = 'weather.get';
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  tools: [
    { name: TOOL_NAME, input_schema: { type: 'object' } },
    { name: '', input_schema: { type: 'object' } },
  ],
  messages: [],
});`,
      output: null,
      errors: [
        { messageId: 'invalidName', data: { name: 'weather.get' }, line: 8, column: 7, suggestions: [] },
        { messageId: 'invalidName', data: { name: '' }, line: 9, column: 7, suggestions: [] },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  tools: [
    { name: 'get_weather', description: 'Current weather', input_schema: { type: 'object' } },
    { name: 'get_weather', description: 'Forecast', input_schema: { type: 'object' } },
  ],
  messages: [],
});`,
      output: null,
      errors: [{ messageId: 'duplicateName', data: { name: 'get_weather' }, line: 8, column: 7, suggestions: [] }],
    },
    // A custom tool named like a declared server tool.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const baseTools = [{ type: 'web_search_20250305', name: 'web_search' }] as const;
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  tools: [...baseTools, { name: 'web_search', description: 'Search our docs', input_schema: { type: 'object' } }],
  messages: [],
});`,
      output: null,
      errors: [{ messageId: 'duplicateName', data: { name: 'web_search' }, line: 7, column: 27, suggestions: [] }],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'list_cities', input_schema: { type: 'array', items: { type: 'string' } } }], messages: [] });`,
      output: null,
      errors: [{ messageId: 'inputSchemaType', data: { value: 'array' }, line: 3, column: 123, suggestions: [] }],
    },
    // A schema without `type`: fixed when written in the tool.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { properties: { city: { type: 'string' } } } }], messages: [] });`,
      output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } }], messages: [] });`,
      errors: [{ messageId: 'inputSchemaMissingType', line: 3, column: 107, suggestions: [] }],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  tools: [
    {
      name: 'get_time',
      input_schema: {},
    },
    {
      name: 'get_weather',
      input_schema: {
        properties: { city: { type: 'string' } },
        required: ['city'],
      },
    },
  ],
  messages: [],
});`,
      output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  tools: [
    {
      name: 'get_time',
      input_schema: { type: 'object' },
    },
    {
      name: 'get_weather',
      input_schema: {
        type: 'object',
        properties: { city: { type: 'string' } },
        required: ['city'],
      },
    },
  ],
  messages: [],
});`,
      errors: [
        { messageId: 'inputSchemaMissingType', line: 9, column: 7, suggestions: [] },
        { messageId: 'inputSchemaMissingType', line: 13, column: 7, suggestions: [] },
      ],
    },
    // Comments inside an empty schema are kept.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_time', input_schema: { /* no input */ } }], messages: [] });`,
      output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_time', input_schema: { type: 'object', /* no input */ } }], messages: [] });`,
      errors: [{ messageId: 'inputSchemaMissingType', line: 3, column: 104, suggestions: [] }],
    },
    // A shared schema const is reported but not changed: it may serve other purposes too.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const weatherSchema = { properties: { city: { type: 'string' } } };
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: weatherSchema }], messages: [] });`,
      output: null,
      errors: [{ messageId: 'inputSchemaMissingType', line: 4, column: 107, suggestions: [] }],
    },
    // ------------------------------------------------------------ OpenAI's tool shape
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  tools: [
    {
      type: 'function',
      function: {
        name: 'get_weather',
        description: 'Get the current weather in a city',
        parameters: {
          type: 'object',
          properties: { city: { type: 'string' } },
        },
      },
    },
  ],
  messages: [{ role: 'user', content: 'Weather in Paris?' }],
});`,
      output: null,
      errors: [
        {
          messageId: 'openAiTool',
          line: 8,
          column: 7,
          suggestions: [
            {
              messageId: 'useClaudeShape',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  tools: [
    {
      name: 'get_weather',
      description: 'Get the current weather in a city',
      input_schema: {
        type: 'object',
        properties: { city: { type: 'string' } },
      },
    },
  ],
  messages: [{ role: 'user', content: 'Weather in Paris?' }],
});`,
            },
          ],
        },
      ],
    },
    // A function without parameters takes no input; `strict` is a Claude tool field too.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ type: 'function', function: { name: 'get_time', strict: true } }], messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'openAiTool',
          line: 3,
          column: 86,
          suggestions: [
            {
              messageId: 'useClaudeShape',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_time', strict: true, input_schema: { type: 'object', properties: {} } }], messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const parameters = { type: 'object', properties: {} } as const;
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ type: 'function', function: { name: 'get_time', parameters } }], messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'openAiTool',
          line: 4,
          column: 86,
          suggestions: [
            {
              messageId: 'useClaudeShape',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const parameters = { type: 'object', properties: {} } as const;
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_time', input_schema: parameters }], messages: [] });`,
            },
          ],
        },
      ],
    },
    // The parts are not written in place: reported, no rewrite offered.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
import { getTimeFunction } from './functions';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ type: 'function', function: getTimeFunction }], messages: [] });`,
      output: null,
      errors: [{ messageId: 'openAiTool', line: 4, column: 86, suggestions: [] }],
    },
    // ------------------------------------------------------------ Anthropic-defined tools
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, tools: [{ type: 'text_editor_20250728', name: 'str_replace_editor' }], messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'serverToolName',
          data: { type: 'text_editor_20250728', name: 'str_replace_editor', expected: 'str_replace_based_edit_tool' },
          line: 3,
          column: 118,
          suggestions: [
            {
              messageId: 'renameTool',
              data: { name: 'str_replace_based_edit_tool' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, tools: [{ type: 'text_editor_20250728', name: 'str_replace_based_edit_tool' }], messages: [] });`,
            },
          ],
        },
      ],
    },
    // ------------------------------------------------------------ tool_choice
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: 'auto', messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'toolChoiceString',
          data: { value: 'auto' },
          line: 3,
          column: 144,
          suggestions: [
            {
              messageId: 'useToolChoice',
              data: { replacement: "{ type: 'auto' }" },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'auto' }, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.stream({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: "required", messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'toolChoiceString',
          data: { value: 'required' },
          line: 3,
          column: 144,
          suggestions: [
            {
              messageId: 'useToolChoice',
              data: { replacement: '{ type: "any" }' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.stream({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: "any" }, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.beta.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: 'none', messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'toolChoiceString',
          data: { value: 'none' },
          line: 3,
          column: 149,
          suggestions: [
            {
              messageId: 'useToolChoice',
              data: { replacement: "{ type: 'none' }" },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.beta.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'none' }, messages: [] });`,
            },
          ],
        },
      ],
    },
    // A string naming a declared tool means forcing it.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: 'get_weather', messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'toolChoiceString',
          data: { value: 'get_weather' },
          line: 3,
          column: 144,
          suggestions: [
            {
              messageId: 'useToolChoice',
              data: { replacement: "{ type: 'tool', name: 'get_weather' }" },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'tool', name: 'get_weather' }, messages: [] });`,
            },
          ],
        },
      ],
    },
    // A string from a shared const, or one with no clear meaning: no rewrite offered.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const TOOL_CHOICE = 'auto';
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tool_choice: TOOL_CHOICE, messages: [] });
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tool_choice: 'always', messages: [] });`,
      output: null,
      errors: [
        { messageId: 'toolChoiceString', data: { value: 'auto' }, line: 4, column: 76, suggestions: [] },
        { messageId: 'toolChoiceString', data: { value: 'always' }, line: 5, column: 76, suggestions: [] },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'function', function: { name: 'get_weather' } }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'toolChoiceType',
          data: { value: 'function' },
          line: 3,
          column: 159,
          suggestions: [
            {
              messageId: 'useToolChoice',
              data: { replacement: "{ type: 'tool', name: 'get_weather' }" },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'tool', name: 'get_weather' }, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'required', disable_parallel_tool_use: true }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'toolChoiceType',
          data: { value: 'required' },
          line: 3,
          column: 159,
          suggestions: [
            {
              messageId: 'useToolChoice',
              data: { replacement: "type: 'any'" },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'any', disable_parallel_tool_use: true }, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'tool', name: 'getWeather' }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'undeclaredTool',
          data: { name: 'getWeather', declared: "it declares 'get_weather'" },
          line: 3,
          column: 173,
          suggestions: [
            {
              messageId: 'useToolChoice',
              data: { replacement: "name: 'get_weather'" },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'tool', name: 'get_weather' }, messages: [] });`,
            },
          ],
        },
      ],
    },
    // No tools at all; a name nothing like the declared ones gets no suggestion.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tool_choice: { type: 'tool', name: 'get_weather' }, messages: [] });
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ type: 'web_search_20250305', name: 'web_search' }], tool_choice: { type: 'tool', name: 'lookup_order' }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'undeclaredTool',
          data: { name: 'get_weather', declared: 'it declares none' },
          line: 3,
          column: 105,
          suggestions: [],
        },
        {
          messageId: 'undeclaredTool',
          data: { name: 'lookup_order', declared: "it declares 'web_search'" },
          line: 4,
          column: 167,
          suggestions: [],
        },
      ],
    },
    // ------------------------------------------------------------ forced tool use on models that reject it
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-5-5', max_tokens: 4096, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'any' }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'forcedToolChoiceNotSupported',
          data: { model: 'claude-opus-5-5', choice: 'any' },
          line: 3,
          column: 144,
          suggestions: [
            {
              messageId: 'useAuto',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-5-5', max_tokens: 4096, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'auto' }, messages: [] });`,
            },
          ],
        },
      ],
    },
    // Checked against every model the request can use; `disable_parallel_tool_use` is kept.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
declare const fast: boolean;
const client = new Anthropic();
await client.messages.create({
  model: fast ? 'claude-sonnet-5-5' : 'claude-opus-4-8',
  max_tokens: 4096,
  tools: [{ name: 'get_weather', input_schema: { type: 'object' } }],
  tool_choice: { type: 'tool', name: 'get_weather', disable_parallel_tool_use: true },
  messages: [],
});`,
      output: null,
      errors: [
        {
          messageId: 'forcedToolChoiceNotSupported',
          data: { model: 'claude-sonnet-5-5', choice: 'tool' },
          line: 8,
          column: 3,
          suggestions: [
            {
              messageId: 'useAuto',
              output: `import Anthropic from '@anthropic-ai/sdk';
declare const fast: boolean;
const client = new Anthropic();
await client.messages.create({
  model: fast ? 'claude-sonnet-5-5' : 'claude-opus-4-8',
  max_tokens: 4096,
  tools: [{ name: 'get_weather', input_schema: { type: 'object' } }],
  tool_choice: { type: 'auto', disable_parallel_tool_use: true },
  messages: [],
});`,
            },
          ],
        },
      ],
    },
    // ------------------------------------------------------------ other endpoints, shared values
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.batches.create({
  requests: [
    { custom_id: 'a', params: { model: 'claude-haiku-4-5', max_tokens: 1024, tools: [{ name: 'get_weather' }], messages: [] } },
  ],
});`,
      output: null,
      errors: [{ messageId: 'missingInputSchema', line: 5, column: 86, suggestions: [] }],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.countTokens({ model: 'claude-haiku-4-5', tools: [{ name: 'get weather', input_schema: { type: 'object' } }], messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'invalidName',
          data: { name: 'get weather' },
          line: 3,
          column: 74,
          suggestions: [
            {
              messageId: 'renameTool',
              data: { name: 'get_weather' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.countTokens({ model: 'claude-haiku-4-5', tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], messages: [] });`,
            },
          ],
        },
      ],
    },
    // A tools const shared by two requests is reported once.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const tools = [{ name: 'get_weather', input_schema: { type: 'string' } }];
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools, messages: [] });
await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 1024, tools, messages: [] });`,
      output: null,
      errors: [{ messageId: 'inputSchemaType', data: { value: 'string' }, line: 3, column: 55, suggestions: [] }],
    },
    // A client made in another module: a Claude model ID makes it a Claude request.
    {
      code: `import { anthropic } from './client';
await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, tools: [{ type: 'function', function: getWeather }], tool_choice: 'required', messages: [] });`,
      output: null,
      errors: [
        { messageId: 'openAiTool', line: 2, column: 91, suggestions: [] },
        {
          messageId: 'toolChoiceString',
          data: { value: 'required' },
          line: 2,
          column: 134,
          suggestions: [
            {
              messageId: 'useToolChoice',
              data: { replacement: "{ type: 'any' }" },
              output: `import { anthropic } from './client';
await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, tools: [{ type: 'function', function: getWeather }], tool_choice: { type: 'any' }, messages: [] });`,
            },
          ],
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------- the data and the decide functions

/** Lint `code` with a test-only rule that records the requests the shared finder returns. */
function requestsOf(code: string): readonly ClaudeRequest[] {
  let found: readonly ClaudeRequest[] = [];
  const recorder: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      return {
        Program() {
          found = getClaudeRequests(context as unknown as TSESLint.RuleContext<string, readonly unknown[]>);
        },
      };
    },
  };
  const messages = new Linter().verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: parser as unknown as Linter.Parser },
        plugins: { test: { rules: { record: recorder } } },
        rules: { 'test/record': 'error' },
        settings: { 'claude-api': { apiVersion: '2023-06-01' } },
      },
    ],
    { filename: 'file.ts' },
  );
  expect(messages).toEqual([]);
  return found;
}

describe('ANTHROPIC_TOOLS', () => {
  it('names each type once', () => {
    const types = ANTHROPIC_TOOLS.flatMap((family) => family.types);
    expect(new Set(types).size).toBe(types.length);
  });

  test.each(ANTHROPIC_TOOLS.map((family) => [family.types.join(', '), family] as const))('%s', (_, family) => {
    if (family.name !== null) expect(family.name).toMatch(TOOL_NAME_PATTERN);
    expect(family.source).not.toBe('');
    for (const type of family.types) {
      expect(anthropicTool(type)).toBe(family);
      // A type is never a name a custom tool could be confused with.
      expect(['custom', 'function']).not.toContain(type);
    }
  });

  it('knows the text editor names the API checks (api-facts §3 row 32)', () => {
    expect(anthropicTool('text_editor_20250728')?.name).toBe('str_replace_based_edit_tool');
    expect(anthropicTool('text_editor_20250124')?.name).toBe('str_replace_editor');
    expect(anthropicTool('web_search_20990101')).toBeUndefined();
  });
});

describe('checkTools', () => {
  const [forced] = requestsOf(`import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, tools: [{ name: 'get_weather', input_schema: { type: 'object' } }], tool_choice: { type: 'tool', name: 'get_weather' }, messages: [] });`);
  const rows: readonly ModelRow[] = MODEL_TABLE;

  test.each(rows.map((row) => [row.id, row] as const))('%s: forced tool use is reported exactly when the row rejects it', (_, row) => {
    expect(forced).toBeDefined();
    const findings = checkTools(forced as ClaudeRequest, [row]);
    expect(findings.map((finding) => finding.kind)).toEqual(row.forcedToolChoice === false ? ['forcedNotSupported'] : []);
  });

  it('lists the names a request declares, and whether that list is complete', () => {
    const [known, withMcp, withUnknown] = requestsOf(`import Anthropic from '@anthropic-ai/sdk';
import { more } from './tools';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1, tools: [{ name: 'a', input_schema: { type: 'object' } }, { type: 'bash_20250124', name: 'bash' }, { type: 'memory_20250818' }], messages: [] });
await client.beta.messages.create({ model: 'claude-opus-4-8', max_tokens: 1, tools: [{ name: 'a', input_schema: { type: 'object' } }], mcp_servers: [], messages: [] });
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1, tools: [{ name: 'a', input_schema: { type: 'object' } }, ...more], messages: [] });`);
    expect(declaredTools(known as ClaudeRequest)).toEqual({ names: ['a', 'bash', 'memory'], complete: true });
    expect(declaredTools(withMcp as ClaudeRequest).complete).toBe(false);
    expect(declaredTools(withUnknown as ClaudeRequest)).toEqual({ names: ['a'], complete: false });
  });
});

describe('suggestion helpers', () => {
  it.each([
    ['get.weather', 'get_weather'],
    ['github/create issue', 'github_create_issue'],
    ['x'.repeat(130), 'x'.repeat(128)],
    ['get_weather', null],
    ['...', null],
    ['', null],
  ])('sanitizeToolName(%j) = %j', (name, expected) => {
    expect(sanitizeToolName(name)).toBe(expected);
  });

  it('finds the declared name meant by a typo or a change of case', () => {
    expect(closestName('getWeather', ['get_weather', 'lookup'])).toBe('get_weather');
    expect(closestName('GET_WEATHER', ['lookup', 'get_weather'])).toBe('get_weather');
    expect(closestName('search', ['get_weather'])).toBeUndefined();
  });
});
