/**
 * Type-aware mode over a fixture project of several modules (tests/typed/fixture, its own
 * tsconfig.json), linted untyped and typed side by side with the recommended config: each finding
 * only types reveal, each look-alike that types clear, and the untyped run as it always was. The
 * SDK's types are the installed @anthropic-ai/sdk (a devDependency), as in a user's project.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TSESLint } from '@typescript-eslint/utils';
import type { Rule } from 'eslint';
import { getClaudeRequests } from '../../src/analysis/requests.js';
import plugin from '../../src/index.js';

const fixture = fileURLToPath(new URL('fixture', import.meta.url));

/** Every model candidate of every request, with where a typed literal is declared. */
const origins: string[] = [];
const recorder: Rule.RuleModule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    return {
      Program() {
        for (const request of getClaudeRequests(context as unknown as TSESLint.RuleContext<string, readonly unknown[]>)) {
          for (const model of request.models) {
            if (model.origin) origins.push(`${path.basename(context.filename)} ${model.id} from ${model.origin}`);
          }
        }
      },
    };
  },
};

/** The typed run's message IDs, by place. */
const messageIds = new Map<string, string>();

async function lint(typed: boolean): Promise<string[]> {
  const eslint = new ESLint({
    cwd: fixture,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: typed ? { projectService: true, tsconfigRootDir: fixture } : {},
        },
        settings: { 'claude-api': { apiVersion: '2023-06-01' } },
      },
      plugin.configs.recommended,
      ...(typed ? [{ plugins: { record: { rules: { origins: recorder } } }, rules: { 'record/origins': 'error' as const } }] : []),
    ],
  });
  const results = await eslint.lintFiles(['src/**/*.ts']);
  if (typed) {
    for (const result of results) {
      for (const m of result.messages) messageIds.set(`${path.basename(result.filePath)}:${m.line}:${m.column}`, m.messageId ?? '');
    }
  }
  return results.flatMap((result) =>
    result.messages.map((m) => `${path.basename(result.filePath)}:${m.line}:${m.column} ${m.ruleId ?? 'fatal'} ${m.message}`),
  );
}

const retired = (origin: string | null): string =>
  `Model 'claude-3-opus-20240229' (${origin ? `from ${origin}; ` : ''}Claude Opus 3) was retired on 2026-01-05 (per the plugin's model table): the API answers 404 not_found_error. Move to 'claude-opus-4-8'.`;

const unknownId = (id: string, origin?: string): string =>
  `'${id}'${origin ? ` (from ${origin})` : ''} is not a known Claude model ID: the API answers 404 not_found_error. If it is a new model, add it to settings['claude-api'].models.`;

const VERTEX_MODEL_HERE =
  "models.ts:12:44 claude-api/valid-model-id 'claude-opus-4.8' is not a Claude model ID: IDs use hyphens, not dots, and the API answers 404. Use 'claude-opus-4-8'.";

describe('type-aware mode over a multi-module project', () => {
  let untyped: string[] = [];
  let typed: string[] = [];
  beforeAll(async () => {
    [untyped, typed] = await Promise.all([lint(false), lint(true)]);
  }, 120_000);

  it('untyped: sees only the look-alike, whose payload names a Claude model, and a model made with a provider imported here', () => {
    expect(untyped).toEqual([
      // Vertex's provider imported from its package: the ID is checked where the model is made.
      VERTEX_MODEL_HERE,
      'lookalikes.ts:10:29 claude-api/valid-max-tokens `max_tokens` is required on messages.create: the API answers 400 without it.',
      `lookalikes.ts:10:38 claude-api/valid-model-id ${unknownId('claude-unicorn-9')}`,
      'lookalikes.ts:10:58 claude-api/no-unknown-params `to` is not a parameter of `messages.create`: the API answers 400 `to: Extra inputs are not permitted`.',
      'lookalikes.ts:10:62 claude-api/no-unknown-params `body` is not a parameter of `messages.create`: the API answers 400 `body: Extra inputs are not permitted`.',
    ]);
  });

  it('typed: finds the requests other modules hide, on the user’s property, naming where each value is declared', () => {
    expect(typed).toEqual([
      // AI SDK models built in another module (through the app's re-export of the provider), by name and as a namespace member.
      `chat.ts:19:31 claude-api/valid-model-id ${retired('`retiredModel`, src/ai/models.ts:8')}`,
      "chat.ts:20:31 claude-api/valid-model-id 'claude-sonnet-4.6' (from `dottedModel`, src/ai/models.ts:9) is not a Claude model ID: IDs use hyphens, not dots, and the API answers 404. Use 'claude-sonnet-4-6'.",
      `chat.ts:21:31 claude-api/valid-model-id ${retired('`directModel`, src/ai/models.ts:11')}`,
      // Vertex's provider, exported under another name than it is declared with.
      "chat.ts:22:31 claude-api/valid-model-id 'claude-opus-4.8' (from `vertexModel`, src/ai/models.ts:12) is not a Claude model ID: IDs use hyphens, not dots, and the API answers 404. Use 'claude-opus-4-8'.",
      `chat.ts:23:31 claude-api/valid-model-id ${retired('`retiredModel`, src/ai/models.ts:8')}`,
      // ...and where it is made, as without types.
      VERTEX_MODEL_HERE,
      // A getter returning the SDK's `Messages`; a parameter typed as a union of literals.
      `assistant.ts:14:35 claude-api/valid-model-id ${unknownId('claude-unicorn-6', '`model`, src/assistant.ts:12')}`,
      // Only the getter's SDK type makes this a request: its model is not known.
      'assistant.ts:20:33 claude-api/valid-max-tokens `max_tokens` is required on messages.create: the API answers 400 without it.',
      // A class field holding a factory's client.
      `bots.ts:9:46 claude-api/valid-model-id ${unknownId('claude-unicorn-9', '`DEFAULT_MODEL`, src/config.ts:1')}`,
      // A re-exported client; a member of an imported \`as const\` map.
      "bots.ts:15:42 claude-api/valid-model-id 'claude-sonnet-4.6' (from `MODELS.smart`, src/config.ts:6) is not a Claude model ID: IDs use hyphens, not dots, and the API answers 404. Use 'claude-sonnet-4-6'.",
      // LangChain's class constructed through the app's re-export: a model written here, a limit and a model from constants.
      `agent.ts:6:50 claude-api/valid-model-id ${retired(null)}`,
      'agent.ts:7:61 claude-api/valid-max-tokens `maxTokens: 100000` (from `LONG_OUTPUT`, src/config.ts:21) is above the 64000 output tokens claude-haiku-4-5 (from `HAIKU`, src/config.ts:19) allows: the API answers 400.',
      // Each rule that quotes a value known from a type names its declaration, on the user's property.
      `params.ts:8:42 claude-api/valid-model-id ${retired('`RETIRED_MODEL`, src/config.ts:17')}`,
      "params.ts:12:42 claude-api/no-deprecated-model 'claude-opus-4-5' (from `OLD_MODEL`, src/config.ts:18; Claude Opus 4.5) is deprecated and retires on 2027-01-22 (per the plugin's model table); from then on the API answers 404. Migrate to a newer model.",
      'params.ts:17:49 claude-api/valid-max-tokens `max_tokens: 100000` (from `LONG_OUTPUT`, src/config.ts:21) is above the 64000 output tokens claude-haiku-4-5 (from `HAIKU`, src/config.ts:19) allows: the API answers 400.',
      'params.ts:22:67 claude-api/no-unsupported-sampling-params `temperature: 1.5` (from `HOT`, src/config.ts:22) is outside the accepted range 0.0 to 1.0: the API answers 400.',
      "params.ts:27:79 claude-api/valid-thinking claude-opus-4-8 (from `OPUS`, src/config.ts:20) rejects manual thinking (`type: 'enabled'` with `budget_tokens`) with 400. Use `thinking: { type: 'adaptive' }` and set `output_config.effort` to control depth.",
      // A factory's client from another module; an imported const.
      `service.ts:8:39 claude-api/valid-model-id ${unknownId('claude-unicorn-9', '`DEFAULT_MODEL`, src/config.ts:1')}`,
      // A keyed lookup into an imported `as const` map: the dotted member, named by its key.
      "service.ts:13:42 claude-api/valid-model-id 'claude-sonnet-4.6' (from `MODELS.smart`, src/config.ts:6) is not a Claude model ID: IDs use hyphens, not dots, and the API answers 404. Use 'claude-sonnet-4-6'.",
      // An enum member.
      `service.ts:18:42 claude-api/valid-model-id ${unknownId('claude-unicorn-8', '`Tier.Legacy`, src/config.ts:10')}`,
    ]);
  });

  it('typed: a message that names a declaration is the WithOrigin sibling; one on a value the line writes keeps its ID', () => {
    expect(messageIds.get('params.ts:8:42')).toBe('retiredWithOrigin');
    expect(messageIds.get('params.ts:17:49')).toBe('aboveModelMaxWithOrigin');
    expect(messageIds.get('agent.ts:6:50')).toBe('retired');
    expect(messageIds.get('assistant.ts:20:33')).toBe('missing');
  });

  it('typed: each literal from a type names where it is declared', () => {
    expect([...new Set(origins)].sort()).toEqual([
      'agent.ts claude-haiku-4-5 from `HAIKU`, src/config.ts:19',
      'assistant.ts claude-opus-4-8 from `model`, src/assistant.ts:12',
      'assistant.ts claude-unicorn-6 from `model`, src/assistant.ts:12',
      'bots.ts claude-sonnet-4.6 from `MODELS.smart`, src/config.ts:6',
      'bots.ts claude-unicorn-9 from `DEFAULT_MODEL`, src/config.ts:1',
      'chat.ts claude-3-opus-20240229 from `cannedModel`, src/ai/models.ts:30',
      'chat.ts claude-3-opus-20240229 from `directModel`, src/ai/models.ts:11',
      'chat.ts claude-3-opus-20240229 from `retiredModel`, src/ai/models.ts:8',
      'chat.ts claude-opus-4.8 from `vertexModel`, src/ai/models.ts:12',
      'chat.ts claude-sonnet-4.6 from `dottedModel`, src/ai/models.ts:9',
      'chat.ts claude-unicorn-1 from `proxiedModel`, src/ai/models.ts:19',
      'chat.ts claude-unicorn-1 from `quotedModel`, src/ai/models.ts:34',
      'params.ts claude-3-opus-20240229 from `RETIRED_MODEL`, src/config.ts:17',
      'params.ts claude-haiku-4-5 from `HAIKU`, src/config.ts:19',
      'params.ts claude-opus-4-5 from `OLD_MODEL`, src/config.ts:18',
      'params.ts claude-opus-4-8 from `OPUS`, src/config.ts:20',
      'service.ts claude-haiku-4-5 from `MODELS.fast`, src/config.ts:5',
      'service.ts claude-opus-4-8 from `SAFE_MODEL`, src/config.ts:2',
      'service.ts claude-sonnet-4.6 from `MODELS.smart`, src/config.ts:6',
      'service.ts claude-unicorn-8 from `Tier.Legacy`, src/config.ts:10',
      'service.ts claude-unicorn-9 from `DEFAULT_MODEL`, src/config.ts:1',
    ]);
  });
});
