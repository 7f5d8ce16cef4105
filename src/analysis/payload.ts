/**
 * Readers for what a request payload says about the options several rules share:
 * the thinking mode and the effort. "Not known" is always a possible answer.
 */
import { EFFORT_LEVELS, type EffortLevel, type ModelRow } from '../facts/types.js';
import { maybeSet, type ClaudeRequest } from './request.js';
import { asObject, knownString, prop, type ResolvedObject, type ResolvedProperty } from './values.js';

export interface ThinkingInfo {
  /** The `thinking` property. */
  readonly property: ResolvedProperty;
  /** The `thinking` object, when written as one. */
  readonly object: ResolvedObject | undefined;
  /** `thinking.type` when statically known. */
  readonly type: string | undefined;
  /** The `type` property inside `thinking`, to report on. */
  readonly typeProperty: ResolvedProperty | undefined;
}

/** The request's `thinking` setting; undefined when there is no `thinking` property. */
export function thinkingOf(request: ClaudeRequest): ThinkingInfo | undefined {
  const property = request.params.properties.get('thinking');
  if (!property) return undefined;
  const object = asObject(property.value);
  return {
    property,
    object,
    type: knownString(prop(object, 'type')),
    typeProperty: object?.properties.get('type'),
  };
}

/** True when the request provably turns thinking on (manual, adaptive or between tools). */
export function thinkingIsOn(request: ClaudeRequest): boolean {
  const type = thinkingOf(request)?.type;
  return type === 'enabled' || type === 'adaptive' || type === 'between_tools';
}

export interface EffortInfo {
  /** The effort the model will use; null when not known. */
  readonly level: EffortLevel | null;
  /** The `output_config.effort` property when written. */
  readonly property: ResolvedProperty | undefined;
}

/**
 * The effort a request runs at: `output_config.effort` when set, else the model's default when
 * the payload provably does not set it.
 */
export function effortOf(request: ClaudeRequest, row: ModelRow): EffortInfo {
  const outputConfig = request.params.properties.get('output_config');
  if (!outputConfig) {
    return { level: request.params.complete ? row.defaultEffort : null, property: undefined };
  }
  const object = asObject(outputConfig.value);
  const property = object?.properties.get('effort');
  if (property) {
    const value = knownString(property.value);
    return { level: EFFORT_LEVELS.includes(value as EffortLevel) ? (value as EffortLevel) : null, property };
  }
  return { level: object?.complete ? row.defaultEffort : null, property: undefined };
}

/**
 * True when the request may carry an `anthropic-beta` header (request options, the client's
 * `defaultHeaders`, Bedrock's `anthropic_beta`): beta parameters may then be accepted.
 */
export function mayCarryBetaHeader(request: ClaudeRequest): boolean {
  return maybeSet(request.transport.betaHeaders);
}
