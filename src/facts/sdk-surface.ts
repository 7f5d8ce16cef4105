/**
 * The Anthropic SDKs' surface as data: packages, client classes, the service each talks to,
 * the request endpoints and where the error classes are exported. Everything else derives from
 * this table (the finder's method list, the packages it follows, the error-class modules).
 *
 * Sources (../shared/research/):
 * - sdk-facts.md §1-§4: @anthropic-ai/sdk 1.12 and the Bedrock, Vertex, Foundry and AWS packages
 *   (default and named exports, `AnthropicBedrockMantle`), read 2026-11-22;
 * - facts-2026-12-01.md: `@anthropic-ai/google-cloud-sdk` 1.1.4 (`AnthropicGoogleCloud extends
 *   Anthropic`, first-party model IDs, Anthropic-operated; errors from the package root and
 *   `./core/error`, no `./error` subpath in the platform packages);
 * - api-facts.md §1: `beta.promptCaching.messages.create|stream` in SDKs before 0.3x.
 */
import type { Provider } from './types.js';
import type { Service } from '../analysis/request.js';

export interface ClientClass {
  /** The service that answers requests from this client. */
  readonly service: Service;
  /** Which model ID forms and lifecycle apply. */
  readonly platform: Provider;
}

export interface SdkPackage {
  /** Export name → client class; `default` is the default export. */
  readonly clients: Readonly<Record<string, ClientClass>>;
  /** Entry points (after the package name) that export the error classes. */
  readonly errorEntryPoints: readonly string[];
}

const FIRST_PARTY: ClientClass = { service: 'anthropic', platform: 'anthropic' };
const BEDROCK: ClientClass = { service: 'bedrock', platform: 'bedrock' };
const MANTLE: ClientClass = { service: 'bedrock-mantle', platform: 'bedrock' };
const VERTEX: ClientClass = { service: 'vertex', platform: 'vertex' };
const FOUNDRY: ClientClass = { service: 'foundry', platform: 'anthropic' };
const AWS: ClientClass = { service: 'aws', platform: 'anthropic' };
const GOOGLE_CLOUD: ClientClass = { service: 'google-cloud', platform: 'anthropic' };

/**
 * Not `resources/...`: `resources/shared` exports interfaces named `RateLimitError`,
 * `NotFoundError`, ... for the error *body*.
 */
const CORE_ERRORS = ['', '/index', '/core/error', '/client'];

export const SDK_PACKAGES: Readonly<Record<string, SdkPackage>> = {
  '@anthropic-ai/sdk': {
    clients: { default: FIRST_PARTY, Anthropic: FIRST_PARTY },
    errorEntryPoints: [...CORE_ERRORS, '/error'],
  },
  '@anthropic-ai/bedrock-sdk': {
    clients: { default: BEDROCK, AnthropicBedrock: BEDROCK, AnthropicBedrockMantle: MANTLE },
    errorEntryPoints: [...CORE_ERRORS, '/error'],
  },
  '@anthropic-ai/vertex-sdk': {
    clients: { default: VERTEX, AnthropicVertex: VERTEX },
    errorEntryPoints: [...CORE_ERRORS, '/error'],
  },
  '@anthropic-ai/foundry-sdk': {
    clients: { default: FOUNDRY, AnthropicFoundry: FOUNDRY },
    errorEntryPoints: [...CORE_ERRORS, '/error'],
  },
  '@anthropic-ai/aws-sdk': {
    clients: { default: AWS, AnthropicAws: AWS },
    errorEntryPoints: [...CORE_ERRORS, '/error'],
  },
  '@anthropic-ai/google-cloud-sdk': {
    clients: { default: GOOGLE_CLOUD, AnthropicGoogleCloud: GOOGLE_CLOUD },
    errorEntryPoints: CORE_ERRORS,
  },
};

/**
 * The base URL the SDK's `Anthropic` client sends to when given none (and no `ANTHROPIC_BASE_URL`):
 * written out as `baseURL`, it points nowhere else. Source: the SDK's client constructor
 * (`baseURL = readEnv('ANTHROPIC_BASE_URL') ?? 'https://api.anthropic.com'`), sdk-facts.md.
 */
export const SDK_DEFAULT_BASE_URL = 'https://api.anthropic.com';

/** The client export names of every package (`Anthropic`, `AnthropicBedrock`, ...), whose statics are the error classes. */
export const CLIENT_EXPORT_NAMES: ReadonlySet<string> = new Set(Object.values(SDK_PACKAGES).flatMap((pkg) => Object.keys(pkg.clients)));

export const isSdkPackage = (module: string): boolean => Object.hasOwn(SDK_PACKAGES, module);

/**
 * The platform clients by their export names (`AnthropicVertex`, `AnthropicBedrock`, ...): names
 * no other library uses, so a class of that name re-exported by an app's own module
 * (`export { AnthropicVertex } from '@anthropic-ai/vertex-sdk'`) is that client. `Anthropic` is
 * not among them: apps name their own wrappers that.
 */
export const PLATFORM_CLIENTS: ReadonlyMap<string, ClientClass> = new Map(
  Object.values(SDK_PACKAGES).flatMap((pkg) =>
    Object.entries(pkg.clients).filter(([name, kind]) => name !== 'default' && kind !== FIRST_PARTY),
  ),
);

export type SdkMethod = 'create' | 'stream' | 'parse' | 'countTokens' | 'toolRunner';

/**
 * A request endpoint: the resource path from the client and its methods.
 * `beta` resources read `betas`; `batch` takes `requests[].params`.
 */
export interface SdkEndpoint {
  readonly path: readonly string[];
  readonly methods: readonly SdkMethod[];
  readonly beta: boolean;
  readonly batch: boolean;
}

export const SDK_ENDPOINTS: readonly SdkEndpoint[] = [
  { path: ['messages'], methods: ['create', 'stream', 'parse', 'countTokens'], beta: false, batch: false },
  { path: ['beta', 'messages'], methods: ['create', 'stream', 'parse', 'countTokens', 'toolRunner'], beta: true, batch: false },
  { path: ['messages', 'batches'], methods: ['create'], beta: false, batch: true },
  { path: ['beta', 'messages', 'batches'], methods: ['create'], beta: true, batch: true },
  // Older SDKs (before the feature went GA): same payload as messages, sent with the beta header.
  { path: ['beta', 'promptCaching', 'messages'], methods: ['create', 'stream'], beta: true, batch: false },
];

/** Every request method name, for the finder's one walk. */
export const SDK_METHODS: ReadonlySet<string> = new Set(SDK_ENDPOINTS.flatMap((endpoint) => endpoint.methods));

/** Per resource path (`beta.messages`, `messages.batches`), the request methods it has. */
export const SDK_ENDPOINT_METHODS: ReadonlyMap<string, ReadonlySet<SdkMethod>> = new Map(
  SDK_ENDPOINTS.map((endpoint) => [endpoint.path.join('.'), new Set(endpoint.methods)]),
);

/**
 * The tool runner, `client.beta.messages.toolRunner(params)` (research/ecosystem.md lists it
 * among the SDK's request entry points; the SDK's `examples/tools-helpers-json-schema.ts` and
 * `helpers.md` show its parameters): it sends `params` to `beta.messages.create` turn after turn,
 * runs the tools it is given itself (tools made with `betaTool` or `betaZodTool`, each with a
 * `run` function, sent without it), and keeps its own options out of the body.
 */
export const TOOL_RUNNER = {
  method: 'toolRunner',
  /**
   * Options of the runner, kept out of the body it sends (`splitToolRunnerParams` in the pinned
   * SDK 1.15.0, `internal/threads/tool-runner-params`): `max_iterations` caps the turns, `stream`
   * and `runToolsEagerly` choose how it runs, and `thread` it sets per request itself.
   */
  ownOptions: ['stream', 'max_iterations', 'runToolsEagerly', 'thread'],
} as const;

/** The methods the SDK's long-request guard checks: `create` and `parse` without `stream: true`. */
export const GUARDED_METHODS: ReadonlySet<SdkMethod> = new Set(['create', 'parse']);

/** Modules to follow when resolving an error class: each package's error entry points. */
export function isSdkErrorModule(module: string): boolean {
  const entry = module.replace(/\.(?:[cm]?js|d\.ts)$/u, '');
  return Object.entries(SDK_PACKAGES).some(
    ([name, pkg]) => entry.startsWith(name) && pkg.errorEntryPoints.includes(entry.slice(name.length)),
  );
}

/** What each service does with a body field it does not take. */
export interface ServiceBody {
  /**
   * True when the service rejects the Bedrock and Vertex wrappers' own body fields
   * (`PLATFORM_PARAMS`: `anthropic_version`, `anthropic_beta`) like any unknown field.
   */
  readonly rejectsPlatformParams: boolean;
  /** The error text of the 400 for an extra field. */
  readonly extraFieldError: (key: string) => string;
}

const PYDANTIC = (key: string): string => `${key}: Extra inputs are not permitted`;
const STRICT: ServiceBody = { rejectsPlatformParams: true, extraFieldError: PYDANTIC };
/** Platforms whose wrappers (or whose requests, unseen) may carry the platform body fields. */
const LENIENT: ServiceBody = { rejectsPlatformParams: false, extraFieldError: PYDANTIC };

/**
 * Per service (api-facts.md §1f, §2; sdk-facts.md §4): the first-party API and Foundry reject the
 * platform fields; Bedrock and Vertex take them, and Bedrock words the 400 its own way. AWS and
 * Google Cloud, and a service not in view, are not proven either way: the fields are not reported.
 */
const SERVICE_BODIES: Readonly<Record<Service, ServiceBody>> = {
  anthropic: STRICT,
  foundry: STRICT,
  aws: LENIENT,
  'google-cloud': LENIENT,
  bedrock: { rejectsPlatformParams: false, extraFieldError: (key) => `extraneous key [${key}] is not permitted` },
  'bedrock-mantle': LENIENT,
  vertex: LENIENT,
};

/**
 * What messages call each service. The platforms Anthropic operates take the Claude API's model
 * IDs, but a message that says a Foundry client "sends to the Claude API" points to the wrong docs.
 */
export const SERVICE_NAMES: Readonly<Record<Service, string>> = {
  anthropic: 'the Claude API',
  foundry: 'Microsoft Foundry',
  aws: 'Claude Platform on AWS',
  'google-cloud': 'Claude on Google Cloud',
  bedrock: 'Amazon Bedrock',
  'bedrock-mantle': 'Amazon Bedrock',
  vertex: 'Google Vertex AI',
};

export function serviceBody(service: Service | null): ServiceBody {
  return service === null ? LENIENT : SERVICE_BODIES[service];
}
