/**
 * The framework clients as data: the Vercel AI SDK (`ai` with the `@ai-sdk/*` Claude providers)
 * and LangChain (`@langchain/anthropic`). What they export, how their options map to the
 * Messages API's fields, and what they do to a request before it is sent (their own per-model
 * tables), so the adapters in src/analysis/adapters are code over this data.
 *
 * Sources (../shared/research/ and the published packages, read 2026-12-01):
 * - facts-2026-12-01.md "Framework clients": @ai-sdk/anthropic 4.0.105 (2026-11-13) and
 *   @langchain/anthropic 1.5.11 (2026-09-22), no release since 2026-11-22;
 * - sdk-facts.md §5 and §6, checked against the tarballs (`npm pack`): @ai-sdk/anthropic 4.0.105
 *   `src/anthropic-model-catalog.ts`, `src/anthropic-language-model.ts`, `src/anthropic-provider.ts`;
 *   ai 7.0.173 and 6.0.326 `dist/index.d.ts`; @ai-sdk/amazon-bedrock 4.0.186 and
 *   @ai-sdk/google-vertex 4.0.208 `src/anthropic/`; @langchain/anthropic 1.5.11
 *   `dist/chat_models.js` and `dist/utils/params.js`.
 */
import type { ClientRefusal, Service } from '../analysis/request.js';
import type { Provider } from './types.js';

// ------------------------------------------------------------------ Vercel AI SDK

/** The `ai` package: the calls that send a request, and the agent classes that hold call settings. */
export const AI_SDK_PACKAGE = 'ai';
/** `generateText({ model, ...settings })` and friends (ai 6 and 7). */
export const AI_SDK_CALLS: ReadonlySet<string> = new Set(['generateText', 'streamText', 'generateObject', 'streamObject']);
/** `new ToolLoopAgent({ model, ...settings })`; `Experimental_Agent` is the same class under its ai 5 name. */
export const AI_SDK_AGENTS: ReadonlySet<string> = new Set(['ToolLoopAgent', 'Experimental_Agent']);
/** Provider methods that return a language model: `anthropic.languageModel(id)`, `.chat(id)`, `.messages(id)`. */
/**
 * `wrapLanguageModel({ model, middleware })` (from `ai`) sends through the wrapped model: its ID
 * stays the request's, while middleware may rewrite the call's settings (`transformParams`,
 * `defaultSettingsMiddleware`). Any other middleware may call another model from `wrapGenerate`,
 * so only these built-ins keep the model ID proven. Source: AI SDK docs, "Language Model Middleware".
 */
export const AI_SDK_WRAP = {
  name: 'wrapLanguageModel',
  builtInMiddleware: new Set(['extractReasoningMiddleware', 'simulateStreamingMiddleware', 'defaultSettingsMiddleware']),
} as const;

/**
 * The base URL `@ai-sdk/anthropic`'s provider sends to when given none: written out as
 * `baseURL`, it points nowhere else. Source: the provider's settings
 * (ai-sdk.dev/providers/ai-sdk-providers/anthropic: "The default prefix is
 * `https://api.anthropic.com/v1`").
 */
export const AI_SDK_ANTHROPIC_BASE_URL = 'https://api.anthropic.com/v1';

export const AI_SDK_MODEL_METHODS: ReadonlySet<string> = new Set(['languageModel', 'chat', 'messages']);

export interface AiSdkProvider {
  /** The package (entry point) that exports it. */
  readonly module: string;
  /** The ready-made provider export (`anthropic`). */
  readonly instance: string;
  /** The factory that makes a provider from options (`createAnthropic`). */
  readonly factory: string;
  readonly service: Service;
  readonly platform: Provider;
  /**
   * True when the provider sends Anthropic Messages requests (the `@ai-sdk/anthropic` language
   * model: the call settings below apply). False for Bedrock's Converse API, where only the
   * model ID is checked.
   */
  readonly messagesApi: boolean;
  /** `providerOptions` keys the provider reads besides `anthropic` (later keys win). */
  readonly optionKeys: readonly string[];
  /** The `anthropic-version` the provider sends, and why. */
  readonly apiVersionReason: string;
}

const AI_SDK_VERSION_REASON = '@ai-sdk/anthropic sends `anthropic-version: 2023-06-01` whatever @anthropic-ai/sdk is installed';

export const AI_SDK_PROVIDERS: readonly AiSdkProvider[] = [
  {
    module: '@ai-sdk/anthropic',
    instance: 'anthropic',
    factory: 'createAnthropic',
    service: 'anthropic',
    platform: 'anthropic',
    messagesApi: true,
    optionKeys: [],
    apiVersionReason: AI_SDK_VERSION_REASON,
  },
  {
    module: '@ai-sdk/amazon-bedrock/anthropic',
    instance: 'bedrockAnthropic',
    factory: 'createBedrockAnthropic',
    service: 'bedrock',
    platform: 'bedrock',
    messagesApi: true,
    optionKeys: ['bedrock'],
    apiVersionReason: '@ai-sdk/amazon-bedrock/anthropic sends `anthropic_version: bedrock-2023-05-31` (the 2023-06-01 API)',
  },
  ...['@ai-sdk/google-vertex/anthropic', '@ai-sdk/google-vertex/anthropic/edge'].map((module): AiSdkProvider => ({
    module,
    instance: 'vertexAnthropic',
    factory: 'createVertexAnthropic',
    service: 'vertex',
    platform: 'vertex',
    messagesApi: true,
    optionKeys: ['vertex', 'googleVertex'],
    apiVersionReason: '@ai-sdk/google-vertex/anthropic sends `anthropic_version: vertex-2023-10-16` (the 2023-06-01 API)',
  })),
  {
    module: '@ai-sdk/amazon-bedrock',
    instance: 'bedrock',
    factory: 'createAmazonBedrock',
    service: 'bedrock',
    platform: 'bedrock',
    messagesApi: false,
    optionKeys: [],
    apiVersionReason: '@ai-sdk/amazon-bedrock calls the Bedrock Converse API',
  },
];

/** The AI SDK's call settings under the Messages API's names (`maxOutputTokens` → `max_tokens`). */
export const AI_SDK_SETTINGS: Readonly<Record<string, string>> = {
  maxOutputTokens: 'max_tokens',
  temperature: 'temperature',
  topP: 'top_p',
  topK: 'top_k',
  stopSequences: 'stop_sequences',
};

/** `providerOptions.anthropic.thinking` keys under the API's names. */
export const AI_SDK_THINKING_KEYS: Readonly<Record<string, string>> = {
  type: 'type',
  budgetTokens: 'budget_tokens',
  display: 'display',
};

/**
 * What @ai-sdk/anthropic 4.0.105 does for a model before sending (its `runtimeRules`, matched
 * with `modelId.includes(...)` in this order; the first match wins).
 */
export interface AiSdkModelProfile {
  /** `modelId.includes` any of these (or `pattern` matches). */
  readonly includes: readonly string[];
  readonly pattern?: RegExp;
  /** The `max_tokens` it sends without `maxOutputTokens`, and the cap for known models. */
  readonly maxOutputTokens: number;
  /** False: `temperature`, `topP`, `topK` are dropped with a warning ("... will be ignored"). */
  readonly sampling: boolean;
  /** False: `thinking: { type: 'enabled' }` is sent as `{ type: 'adaptive' }`. */
  readonly budgetThinking: boolean;
  /** False: `thinking: { type: 'disabled' }` becomes `between_tools` (when supported) or is removed. */
  readonly canDisable: boolean;
  /** False: `disabled` thinking at effort `xhigh` / `max` is sent at effort `high`. */
  readonly canDisableAboveHighEffort: boolean;
  readonly betweenTools: boolean;
  /** True: `max_tokens` above `maxOutputTokens` is capped to it. */
  readonly knownModel: boolean;
}

const DEFAULT_PROFILE: Omit<AiSdkModelProfile, 'includes'> = {
  maxOutputTokens: 4096,
  sampling: true,
  budgetThinking: true,
  canDisable: true,
  canDisableAboveHighEffort: true,
  betweenTools: false,
  knownModel: true,
};
const CURRENT = { ...DEFAULT_PROFILE, maxOutputTokens: 128000 };
const CURRENT_WITHOUT_SAMPLING = { ...CURRENT, sampling: false };

export const AI_SDK_MODEL_PROFILES: readonly AiSdkModelProfile[] = [
  {
    ...CURRENT_WITHOUT_SAMPLING,
    includes: ['claude-sonnet-5-5'],
    canDisableAboveHighEffort: false,
    canDisable: false,
    budgetThinking: false,
    betweenTools: true,
  },
  {
    ...CURRENT_WITHOUT_SAMPLING,
    includes: ['claude-opus-5-5'],
    canDisableAboveHighEffort: false,
    canDisable: false,
    budgetThinking: false,
  },
  { ...CURRENT_WITHOUT_SAMPLING, includes: ['claude-haiku-5-5'], canDisableAboveHighEffort: false, budgetThinking: false },
  { ...CURRENT_WITHOUT_SAMPLING, includes: ['claude-opus-5'], canDisableAboveHighEffort: false },
  { ...CURRENT_WITHOUT_SAMPLING, includes: ['claude-fable-5-2', 'claude-fable-5-1'], canDisable: false, budgetThinking: false },
  { ...CURRENT_WITHOUT_SAMPLING, includes: ['claude-fable-5'], canDisable: false, budgetThinking: false },
  { ...CURRENT_WITHOUT_SAMPLING, includes: ['claude-opus-4-8', 'claude-opus-4-7', 'claude-sonnet-5'] },
  { ...CURRENT, includes: ['claude-sonnet-4-6', 'claude-opus-4-6'] },
  { ...DEFAULT_PROFILE, includes: ['claude-sonnet-4-5', 'claude-opus-4-5', 'claude-haiku-4-5'], maxOutputTokens: 64000 },
  { ...DEFAULT_PROFILE, includes: ['claude-opus-4-1'], maxOutputTokens: 32000 },
  { ...DEFAULT_PROFILE, includes: [], pattern: /claude-sonnet-4(?:-|@)/u, maxOutputTokens: 64000 },
  { ...DEFAULT_PROFILE, includes: [], pattern: /claude-opus-4(?:-|@)/u, maxOutputTokens: 32000 },
  { ...DEFAULT_PROFILE, includes: ['claude-3-haiku'] },
  { ...DEFAULT_PROFILE, includes: [], pattern: /claude-(?:instant(?:-|$)|v?2(?=$|[-.:])|3(?=$|[-.]))/u, knownModel: false },
];

/** Any other `claude-` ID (Mythos, a model released after the catalog): current, without sampling, not known. */
const OTHER_CLAUDE: AiSdkModelProfile = { ...CURRENT_WITHOUT_SAMPLING, includes: [], canDisableAboveHighEffort: false, knownModel: false };
const NOT_CLAUDE: AiSdkModelProfile = { ...DEFAULT_PROFILE, includes: [], knownModel: false };

/** The AI SDK's profile for a model ID, as its catalog resolves it. */
export function aiSdkModelProfile(id: string): AiSdkModelProfile {
  const profile = AI_SDK_MODEL_PROFILES.find(
    (candidate) => candidate.includes.some((part) => id.includes(part)) || candidate.pattern?.test(id) === true,
  );
  if (profile) return profile;
  return id.includes('claude-') ? OTHER_CLAUDE : NOT_CLAUDE;
}

// ------------------------------------------------------------------ LangChain

export const LANGCHAIN_PACKAGE = '@langchain/anthropic';
export const LANGCHAIN_CLASS = 'ChatAnthropic';

/**
 * `initChatModel(model, fields)` (`langchain`, `langchain/chat_models/universal`) builds
 * `new ChatAnthropic({ model, ...fields })` when the provider is Anthropic: `fields.modelProvider`
 * is `'anthropic'`, or, without it, the model is written `anthropic:<id>`, or it starts with
 * `claude` (the provider is inferred). `configurableFields` (default: `model` and
 * `modelProvider`) lets `invoke(x, { configurable: { model } })` pick another model at call time.
 * Source: langchainjs libs/langchain/src/chat_models/universal.ts (`initChatModel`,
 * `_inferModelProvider`, `MODEL_PROVIDER_CONFIG`).
 */
export const LANGCHAIN_INIT = {
  modules: ['langchain', 'langchain/chat_models/universal', '@langchain/classic/chat_models/universal'],
  name: 'initChatModel',
  /** Fields `initChatModel` keeps for itself; the rest go to the class. */
  ownFields: ['modelProvider', 'configurableFields', 'configPrefix'],
  /** The providers a `provider:` prefix may name (any other prefix stays part of the model). */
  providers: [
    'openai',
    'anthropic',
    'azure_openai',
    'cohere',
    'google-vertexai',
    'google-vertexai-web',
    'google-genai',
    'ollama',
    'mistralai',
    'groq',
    'cerebras',
    'bedrock',
    'deepseek',
    'xai',
    'fireworks',
    'together',
    'perplexity',
  ],
  provider: 'anthropic',
  /** A model without a provider is Anthropic's when it starts with this. */
  inferredPrefix: 'claude',
} as const;

/**
 * `createAgent({ model: 'claude-…' | 'anthropic:claude-…', tools, ... })` from `langchain` builds
 * its chat model from a model string with `initChatModel(model)`. Middleware with a
 * `wrapModelCall` hook may call another model, so an agent is read only when its middleware is
 * none or only these, which pass the request's model on unchanged (`anthropicPromptCachingMiddleware`
 * adds `cache_control` to the model settings).
 * Sources: langchainjs libs/langchain/src/agents (ReactAgent, AgentNode), and
 * agents/middleware/provider/anthropic/promptCaching.ts.
 */
export const LANGCHAIN_CREATE_AGENT = {
  module: 'langchain',
  name: 'createAgent',
  swapsModel: 'middleware',
  keepsModel: new Set(['anthropicPromptCachingMiddleware']),
} as const;

/** `new ChatAnthropic()` without `model` or `modelName` sends this (retired 2026-11-30). */
export const LANGCHAIN_DEFAULT_MODEL = 'claude-sonnet-4-5-20250929';

export const LANGCHAIN_API_VERSION_REASON =
  '@langchain/anthropic 1.5.11 depends on @anthropic-ai/sdk ^0.122.0, which sends `anthropic-version: 2023-06-01`';

/** `ChatAnthropic` fields under the Messages API's names; `thinking` and `outputConfig` take the API's shape inside. */
export const LANGCHAIN_FIELDS: Readonly<Record<string, string>> = {
  maxTokens: 'max_tokens',
  temperature: 'temperature',
  topP: 'top_p',
  topK: 'top_k',
  stopSequences: 'stop_sequences',
  thinking: 'thinking',
  outputConfig: 'output_config',
  contextManagement: 'context_management',
  inferenceGeo: 'inference_geo',
};

/** Models LangChain treats as adaptive-only (prefix match, so the 5-1, 5-2 and 5-5 IDs too). */
export const LANGCHAIN_ADAPTIVE_ONLY_PREFIXES = [
  'claude-opus-4-7',
  'claude-opus-4-8',
  'claude-opus-5',
  'claude-sonnet-5',
  'claude-fable-5',
  'claude-mythos-5',
  'claude-mythos-preview',
] as const;

/**
 * What `validateInvocationParamCompatibility` throws on at invoke time, before any request is
 * sent (`thinking.type="enabled" is not supported for X; use thinking.type="adaptive" instead`,
 * `topK is not supported for X`, `temperature is not supported for X when set to non-default values`).
 */
export const LANGCHAIN_REFUSALS: readonly ClientRefusal[] = [
  {
    modelPrefixes: LANGCHAIN_ADAPTIVE_ONLY_PREFIXES,
    params: ['thinking.enabled', 'thinking.budget_tokens', 'top_k', 'top_p!=1', 'temperature!=1'],
  },
  { modelPrefixes: ['claude-fable-5'], params: ['thinking.disabled'] },
];

/**
 * With thinking on (`enabled` or `adaptive`), on every model outside the Fable line
 * (`topK is not supported when thinking is enabled`): the adapter attaches it only when no
 * possible model is a Fable model, which tolerates `top_p: 1` there.
 */
export const LANGCHAIN_THINKING_REFUSAL: ClientRefusal = {
  modelPrefixes: ['claude-'],
  params: ['top_k', 'top_p', 'temperature!=1'],
  whenThinking: true,
};
export const LANGCHAIN_FABLE_PREFIX = 'claude-fable-5';

/**
 * Fields LangChain sends after `invocationKwargs`, so they win over the same key there (even
 * when not set: `output_config` from `invocationKwargs` is never sent).
 */
export const LANGCHAIN_AFTER_KWARGS: ReadonlySet<string> = new Set([
  'container',
  'betas',
  'output_config',
  'inference_geo',
  'mcp_servers',
  'cache_control',
]);
