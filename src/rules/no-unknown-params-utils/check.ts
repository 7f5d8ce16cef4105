/**
 * Decide which top-level keys of a request payload the endpoint does not take, and what each
 * one was meant to be.
 */
import { mayCarryBetaHeader } from '../../analysis/payload.js';
import { mayUseGateway, type ClaudeRequest } from '../../analysis/requests.js';
import { neverSent, type ResolvedProperty } from '../../analysis/values.js';
import { nearest } from '../../util/nearest.js';
import { OPENAI_PARAMS, PLATFORM_PARAMS, REQUEST_OPTIONS, isBetaOnly, isCreateParam, paramsOf } from '../../facts/request-params.js';
import { serviceBody } from '../../facts/sdk-surface.js';

export type UnknownParamFinding =
  /** A request option (`timeout`, `headers`, ...) written in the payload. */
  | { readonly kind: 'requestOption'; readonly property: ResolvedProperty }
  /** `betas` on `client.messages`: only the beta client turns it into a header. */
  | { readonly kind: 'betas'; readonly property: ResolvedProperty }
  /** A beta-only parameter on `client.messages`, with no `anthropic-beta` header in sight. */
  | { readonly kind: 'betaOnly'; readonly property: ResolvedProperty }
  /** A generation parameter on `countTokens`. */
  | { readonly kind: 'notForCountTokens'; readonly property: ResolvedProperty }
  /**
   * Another spelling of a parameter (`maxTokens`, `MAX_TOKENS`) or an OpenAI name for it
   * (`max_completion_tokens`, `stop`); `openAi` tells which.
   */
  | {
      readonly kind: 'rename';
      readonly property: ResolvedProperty;
      readonly to: string;
      readonly openAi: boolean;
      /** False when another key of the payload is renamed to `to` too: renaming both would clash. */
      readonly unique: boolean;
    }
  /** As `rename`, but the payload already sets `to`. */
  | { readonly kind: 'alreadySet'; readonly property: ResolvedProperty; readonly to: string }
  /** An OpenAI parameter whose Claude equivalent has another place or shape (`user`, `response_format`). */
  | { readonly kind: 'openAi'; readonly property: ResolvedProperty; readonly to: string }
  /** An OpenAI parameter with no Claude equivalent (`n`, `seed`, ...). */
  | { readonly kind: 'noEquivalent'; readonly property: ResolvedProperty }
  /** Close to one real parameter name. */
  | { readonly kind: 'misspelled'; readonly property: ResolvedProperty; readonly to: string }
  | { readonly kind: 'unknown'; readonly property: ResolvedProperty };

/** `maxTokens`, `MaxTokens`, `max-tokens` and `max_tokens` are the same name. */
function normalize(key: string): string {
  return key.toLowerCase().replace(/[-_\s]/gu, '');
}

/** The one known name within a typo's distance of `key`; null when none or several are. */
function nearestName(key: string, names: readonly string[]): string | null {
  return nearest(key, names, { normalize, limit: normalize(key).length <= 4 ? 1 : 2, unique: true });
}

function classify(request: ClaudeRequest, property: ResolvedProperty, known: ReadonlySet<string>): UnknownParamFinding | null {
  const { key } = property;
  const countTokens = request.endpoint.kind === 'countTokens';
  if (REQUEST_OPTIONS.includes(key) && !request.endpoint.batch && request.transport.takesRequestOptions)
    return { kind: 'requestOption', property };
  if (!request.endpoint.beta && isBetaOnly(key, countTokens)) {
    if (key === 'betas') return { kind: 'betas', property };
    return mayCarryBetaHeader(request) ? null : { kind: 'betaOnly', property };
  }
  if (countTokens && isCreateParam(key)) return { kind: 'notForCountTokens', property };
  const renamed = (to: string, openAi: boolean): UnknownParamFinding => {
    if (!known.has(to)) return { kind: 'notForCountTokens', property };
    if (request.params.properties.has(to)) return { kind: 'alreadySet', property, to };
    return { kind: 'rename', property, to, openAi, unique: true };
  };
  const openAi = OPENAI_PARAMS.get(key);
  if (openAi?.kind === 'rename') return renamed(openAi.to, true);
  if (openAi?.kind === 'rewrite') return { kind: 'openAi', property, to: openAi.to };
  if (openAi?.kind === 'none') return { kind: 'noEquivalent', property };
  const normalized = normalize(key);
  const sameName = [...known].find((name) => normalize(name) === normalized);
  if (sameName !== undefined) return renamed(sameName, false);
  if (countTokens && [...paramsOf({ countTokens: false, beta: request.endpoint.beta })].some((name) => normalize(name) === normalized)) {
    return { kind: 'notForCountTokens', property };
  }
  const near = nearestName(key, [...known]);
  if (near !== null) return { kind: 'misspelled', property, to: near };
  return { kind: 'unknown', property };
}

/**
 * The payload keys the endpoint does not take. Silent on a client with a custom `baseURL` (a
 * gateway may take other parameters), on a client that builds the body itself from its own
 * options (the AI SDK, LangChain: `literalBody` false) and on keys whose value is always
 * `undefined` (not sent). Keys hidden in unknown spreads are not seen; the keys that can be seen
 * are still checked.
 */
export function checkParams(request: ClaudeRequest): UnknownParamFinding[] {
  if (!request.literalBody || mayUseGateway(request)) return [];
  const known = paramsOf({ countTokens: request.endpoint.kind === 'countTokens', beta: request.endpoint.beta });
  const { rejectsPlatformParams } = serviceBody(request.transport.service);
  const findings: UnknownParamFinding[] = [];
  for (const property of request.params.properties.values()) {
    const { key } = property;
    // `__proto__: x` sets the prototype; it is not a key.
    if (known.has(key) || key === '__proto__' || (!rejectsPlatformParams && PLATFORM_PARAMS.includes(key))) continue;
    if (neverSent(property.value)) continue;
    const finding = classify(request, property, known);
    if (finding) findings.push(finding);
  }
  const renamedTo = findings.map((finding) => (finding.kind === 'rename' ? finding.to : null));
  return findings.map((finding) =>
    finding.kind === 'rename' && renamedTo.filter((to) => to === finding.to).length > 1 ? { ...finding, unique: false } : finding,
  );
}
