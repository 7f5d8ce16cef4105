/**
 * The request record: what every rule reads, whichever client the code calls Claude through.
 *
 * One adapter per client family (the Anthropic SDKs, the Vercel AI SDK, LangChain, raw HTTP)
 * fills it: the endpoint, the transport (how the request travels: platform, API version,
 * baseURL, timeout, beta headers, each as none / set / unknown) and the parameters under the
 * API's own field names, each with the node where the user's code writes it. A rule never asks
 * which client produced a request; it reads these facts.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ModelMatch } from '../facts/lookup.js';
import type { Provider } from '../facts/types.js';
import type { ApiVersion } from '../settings/api-version.js';
import { possibleValues, type Resolved, type ResolvedObject } from './values.js';

/** A transport fact: provably absent, set (to a value when statically known), or not known. */
export type Setting<T> =
  | { readonly state: 'none' }
  | { readonly state: 'set'; readonly value: T | undefined; readonly node: TSESTree.Node | null }
  | { readonly state: 'unknown' };

export const NONE: Setting<never> = { state: 'none' };
export const UNKNOWN: Setting<never> = { state: 'unknown' };

/** The service that answers: decides the error text the API sends. */
export type Service = 'anthropic' | 'foundry' | 'aws' | 'google-cloud' | 'bedrock' | 'bedrock-mantle' | 'vertex';

export type Fix = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix | readonly TSESLint.RuleFix[];

export interface Endpoint {
  /** `messages` generates; `countTokens` only counts the prompt. */
  readonly kind: 'messages' | 'countTokens';
  /** One `requests[].params` entry of a message batch. */
  readonly batch: boolean;
  /** The beta endpoint (`client.beta.messages`), which reads `betas` and takes beta parameters. */
  readonly beta: boolean;
  /** How the code names the endpoint, for messages: `messages.create`, `generateText`, `POST /v1/messages`. */
  readonly label: string;
  /** The name of the call the code makes, for messages: `create`, `generateText`, `fetch`. */
  readonly method: string;
  /** The node that names the endpoint in the code (the method name, the function, the URL): endpoint-level findings go there. */
  readonly node: TSESTree.Node;
  /** An edit that sends this call to the beta endpoint instead; null when there is none. */
  readonly toBeta: Fix | null;
}

export interface Transport {
  /** Which service answers; null when the client is not in view (a request known by its model ID). */
  readonly service: Service | null;
  /** Which model ID forms and lifecycle apply; null when not known. */
  readonly platform: Provider | null;
  /** The library that sends the request, for messages (`@anthropic-ai/sdk`, `@ai-sdk/anthropic`, `fetch`). */
  readonly library: string;
  /** The `anthropic-version` the request sends, and why; null when not known. */
  readonly apiVersion: { readonly version: ApiVersion; readonly reason: string } | null;
  /** A `baseURL` other than the service's own. */
  readonly baseURL: Setting<string>;
  /** A `timeout` on the call or the client. */
  readonly timeout: Setting<number>;
  /** Extra `anthropic-beta` headers (client defaults, request options, Bedrock's `anthropic_beta`). */
  readonly betaHeaders: Setting<readonly string[]>;
  /** True when the client's construction and options are in this file (not only its type). */
  readonly clientInView: boolean;
  /**
   * True when the client takes per-request options (`timeout`, `headers`, `signal`...) beside the
   * body, as the Anthropic SDK's second argument does; elsewhere such a key is a body field.
   */
  readonly takesRequestOptions: boolean;
  /**
   * The client refuses, before sending, a non-streaming request whose `max_tokens` may take
   * longer than 10 minutes (the Anthropic SDK's guard); with what to call instead.
   */
  readonly streamingGuard: { readonly streamLabel: string; readonly toStream: Fix | null } | null;
  /**
   * What happens to a sampling parameter the model rejects: `sent` (the API answers 400) or
   * `dropped` (the client leaves it out with a warning, so it has no effect).
   */
  readonly rejectedSampling: 'sent' | 'dropped';
  /**
   * Model-ID prefixes for which the client itself throws before sending on some parameters
   * (LangChain), with the parameters (API names) it refuses; empty when it does not.
   */
  readonly clientRefusals: readonly ClientRefusal[];
  /**
   * True when a failed request throws the Anthropic SDK's error classes (`APIError` and its
   * subclasses, with `status` and `type`); false for clients with errors of their own (raw
   * `fetch` throws nothing for an HTTP error, the AI SDK throws `APICallError`).
   */
  readonly throwsSdkErrors: boolean;
}

export interface ClientRefusal {
  readonly modelPrefixes: readonly string[];
  /** `thinking.enabled`, `thinking.budget_tokens`, `thinking.disabled`, `top_k`, `top_p`, `top_p!=1`, `temperature!=1`. */
  readonly params: readonly string[];
  /** Only when the request turns thinking on (`enabled` or `adaptive`). */
  readonly whenThinking?: boolean;
}

export interface ModelCandidate {
  /** The model ID string. */
  readonly id: string;
  /** The node that writes it (a string literal, a template literal, a const reference). */
  readonly node: TSESTree.Node;
  /** The table row it names, or null for an unknown ID. */
  readonly match: ModelMatch | null;
  /**
   * True when the code writes no model and the client sends its own default (LangChain's
   * `new ChatAnthropic()`): `node` is then the client class in the construction, not an ID to edit.
   */
  readonly clientDefault?: boolean;
  /**
   * Set when the ID is known from a type rather than written at `node` (type-aware mode): where
   * it is declared, e.g. ``DEFAULT_MODEL`, src/config.ts:3`. Messages name it.
   */
  readonly origin?: string;
}

export interface ClaudeRequest {
  /** The call that sends the request (for a batch item, the `batches.create` call). */
  readonly call: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly endpoint: Endpoint;
  readonly transport: Transport;
  /**
   * The parameters under the API's field names (`max_tokens`, `thinking.budget_tokens`). Each
   * property's `node` is the user's own property (`maxOutputTokens: 5000`), and its `key` the
   * user's spelling, so reports and removals land on the user's code.
   */
  readonly params: ResolvedObject;
  /**
   * True when `params` is the request body exactly as the code writes it (the Anthropic SDK, raw
   * HTTP): every key in it is sent as a body field, so key-level checks apply.
   */
  readonly literalBody: boolean;
  /** The per-request options argument (`{ timeout, headers }`), when the client takes one. */
  readonly requestOptions: Resolved | null;
  /** API parameters the client fills in itself when the code leaves them out. */
  readonly clientDefaults: ReadonlySet<string>;
  /** How the code spells an API parameter path (`max_tokens` → `maxOutputTokens`); null when it cannot set it. */
  readonly spell: (apiPath: string) => string | null;
  /** Every statically known model ID the request can send. */
  readonly models: readonly ModelCandidate[];
  /** False when some branch of `model` is not statically known. */
  readonly modelsComplete: boolean;
  /**
   * A model made for a Claude provider that no request in view sends (the AI SDK's
   * `anthropic(id)` in `customProvider`, or exported): only its model ID is known, and
   * `params` is empty and incomplete.
   */
  readonly modelOnly?: true;
}

/** The request's possible models that the table knows, with their rows. */
export function knownModels(request: ClaudeRequest): (ModelCandidate & { readonly match: ModelMatch })[] {
  return request.models.filter((model): model is ModelCandidate & { match: ModelMatch } => model.match !== null);
}

/** True when a transport fact is set or may be (unknown). */
export const maybeSet = (setting: Setting<unknown>): boolean => setting.state !== 'none';

/**
 * True when the request may go to another service through a `baseURL` (a gateway or proxy may
 * take other model names and parameters). A client not in view counts as Anthropic's: the
 * request was recognised by its Claude model ID.
 */
export function mayUseGateway(request: ClaudeRequest): boolean {
  const { baseURL, clientInView } = request.transport;
  return baseURL.state === 'set' || (baseURL.state === 'unknown' && clientInView);
}

/** True when the node is written inside the request's own call, so an edit there changes only this request. */
export function writtenInCall(request: ClaudeRequest, node: TSESTree.Node): boolean {
  return request.call.range[0] <= node.range[0] && node.range[1] <= request.call.range[1];
}

/** Every statically known model ID a resolved `model` value can be, with its table row. */
export function modelCandidates(
  model: Resolved | undefined,
  resolveModel: (id: string) => ModelMatch | null,
): { models: ModelCandidate[]; complete: boolean } {
  const { values, complete } = possibleValues(model);
  const models: ModelCandidate[] = [];
  for (const { value, node, origin } of values) {
    if (typeof value === 'string') models.push({ id: value, node, match: resolveModel(value), ...(origin ? { origin } : {}) });
  }
  return { models, complete: complete && models.length === values.length };
}

/** Parameters spelled as the API spells them. */
export const API_SPELLING = (apiPath: string): string => apiPath;
