import { thinkingIsOn } from '../analysis/payload.js';
import { clientRefuses } from '../analysis/refusals.js';
import { modelRows, type ClaudeRequest } from '../analysis/requests.js';
import { possibleValues, sendsValue, type ResolvedProperty } from '../analysis/values.js';
import type { ModelRow } from '../facts/types.js';
import type { ApiVersion } from '../settings/api-version.js';
import { defineRequestRule } from '../util/define-request-rule.js';
import { removeProperty } from '../util/fix.js';

export const SAMPLING_PARAMS = ['temperature', 'top_p', 'top_k'] as const;
export type SamplingParam = (typeof SAMPLING_PARAMS)[number];

type MessageIds =
  | 'removedInApiVersion'
  | 'notAcceptedByModel'
  | 'bothTemperatureAndTopP'
  | 'temperatureRange'
  | 'thinkingTemperature'
  | 'thinkingTopK'
  | 'refusedByClient'
  | 'droppedForModel'
  | 'droppedWithThinking'
  | 'removeParam';

export interface SamplingFinding {
  readonly param: SamplingParam;
  readonly property: ResolvedProperty;
  readonly messageId: Exclude<MessageIds, 'removeParam'>;
  readonly data: Readonly<Record<string, string>>;
}

/** The first statically known value of a parameter that breaks `isBad`, as text. */
function badValue(property: ResolvedProperty | undefined, isBad: (value: unknown) => boolean): string | null {
  const hit = possibleValues(property?.value).values.find(({ value }) => value !== undefined && isBad(value));
  return hit ? String(hit.value) : null;
}

const notOne = (value: unknown): boolean => typeof value === 'number' && value !== 1;

/** What the model row says about one parameter, under API version 2023-06-01. */
function modelRule(row: ModelRow, param: SamplingParam, property: ResolvedProperty): { value: string; rule: string } | null {
  if (row.sampling !== 'defaults-only') return null;
  if (param === 'temperature') {
    const value = badValue(property, notOne);
    return value === null ? null : { value, rule: 'only the default temperature 1.0 is accepted' };
  }
  if (param === 'top_p') {
    const value = badValue(property, (v) => typeof v === 'number' && v < 0.99);
    return value === null ? null : { value, rule: 'only top_p of 0.99 or more is accepted' };
  }
  return sendsValue(property) ? { value: badValue(property, () => true) ?? '…', rule: 'top_k is not accepted at any value' } : null;
}

/**
 * Decide which sampling parameters of a request the API rejects. At most one finding per
 * parameter, the most fundamental first: API version, model, range, thinking.
 */
export function checkSampling(
  request: ClaudeRequest,
  apiVersion: ApiVersion | null,
  apiVersionReason: string,
  rows: readonly ModelRow[],
): SamplingFinding[] {
  const findings = new Map<SamplingParam, SamplingFinding>();
  const add = (finding: SamplingFinding): void => {
    if (!findings.has(finding.param)) findings.set(finding.param, finding);
  };
  const present = SAMPLING_PARAMS.map((param) => ({ param, property: request.params.properties.get(param) })).filter(
    (entry): entry is { param: SamplingParam; property: ResolvedProperty } => sendsValue(entry.property),
  );
  // Every finding is about a parameter the request sends; most requests send none.
  if (present.length === 0) return [];
  if (apiVersion === '2026-10-21') {
    for (const { param, property } of present) {
      add({ param, property, messageId: 'removedInApiVersion', data: { param: property.key, reason: apiVersionReason } });
    }
    return [...findings.values()];
  }
  for (const row of rows) {
    for (const { param, property } of present) {
      const rejected = modelRule(row, param, property);
      if (rejected) add({ param, property, messageId: 'notAcceptedByModel', data: { param: property.key, model: row.id, ...rejected } });
    }
    const temperature = present.find((entry) => entry.param === 'temperature');
    const topP = present.find((entry) => entry.param === 'top_p');
    if (row.sampling === 'exclusive' && temperature && topP) {
      add({ param: 'top_p', property: topP.property, messageId: 'bothTemperatureAndTopP', data: { model: row.id } });
    }
  }
  for (const { param, property } of present) {
    if (param === 'temperature') {
      const value = badValue(property, (v) => typeof v === 'number' && (v < 0 || v > 1));
      if (value !== null) add({ param, property, messageId: 'temperatureRange', data: { value } });
    }
  }
  if (thinkingIsOn(request)) {
    for (const { param, property } of present) {
      if (param === 'temperature') {
        const value = badValue(property, notOne);
        if (value !== null) add({ param, property, messageId: 'thinkingTemperature', data: { value } });
      } else if (param === 'top_k') {
        add({ param, property, messageId: 'thinkingTopK', data: {} });
      }
    }
  }
  return [...clientSide(request, present, findings).values()];
}

/**
 * What the client does before the API sees the request wins: a client that throws on the
 * parameter (LangChain) or one that leaves it out with a warning (the AI SDK).
 */
function clientSide(
  request: ClaudeRequest,
  present: readonly { param: SamplingParam; property: ResolvedProperty }[],
  findings: Map<SamplingParam, SamplingFinding>,
): Map<SamplingParam, SamplingFinding> {
  const { library, rejectedSampling } = request.transport;
  const model = request.models[0]?.id ?? '';
  for (const { param, property } of present) {
    const refused = possibleValues(property.value).values.find(({ value }) => value !== undefined && clientRefuses(request, param, value));
    if (refused) {
      const data = { library, param: property.key, value: String(refused.value), model };
      findings.set(param, { param, property, messageId: 'refusedByClient', data });
    }
  }
  if (rejectedSampling === 'dropped') {
    for (const [param, finding] of findings) {
      const { property } = finding;
      findings.set(
        param,
        finding.messageId === 'notAcceptedByModel' || !thinkingIsOn(request)
          ? { param, property, messageId: 'droppedForModel', data: { library, param: property.key, model: finding.data.model ?? model } }
          : { param, property, messageId: 'droppedWithThinking', data: { library, param: property.key } },
      );
    }
  }
  return findings;
}

export default defineRequestRule<MessageIds>({
  name: 'no-unsupported-sampling-params',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `temperature`, `top_p` and `top_k` where the model or the API version rejects them',
      recommended: 'error',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      removedInApiVersion:
        '`{{param}}` was removed in API version 2026-10-21 ({{reason}}): the API rejects it on every model with 400. Remove it.',
      notAcceptedByModel: '{{model}} rejects `{{param}}: {{value}}` with 400: {{rule}}. Remove it.',
      bothTemperatureAndTopP: '{{model}} rejects `temperature` and `top_p` together with 400. Keep only one of them.',
      temperatureRange: '`temperature: {{value}}` is outside the accepted range 0.0 to 1.0: the API answers 400.',
      thinkingTemperature: 'With thinking on, `temperature` may only be 1: the API answers 400 for `temperature: {{value}}`. Remove it.',
      thinkingTopK: 'With thinking on, `top_k` is not accepted: the API answers 400. Remove it.',
      refusedByClient:
        '{{library}} throws before sending `{{param}}: {{value}}` to {{model}}: the request never reaches the API. Remove it.',
      droppedForModel:
        '{{library}} leaves `{{param}}` out of requests to {{model}}, with a warning at run time: the setting is ignored. Remove it.',
      droppedWithThinking:
        'With thinking on, {{library}} leaves `{{param}}` out of the request, with a warning at run time: the setting is ignored. Remove it.',
      removeParam: 'Remove `{{param}}`.',
    },
  },
  defaultOptions: [],
  create({ sourceCode }) {
    const removal = (param: string, property: ResolvedProperty) => ({
      messageId: 'removeParam' as const,
      data: { param },
      fix: (fixer: Parameters<typeof removeProperty>[1]) => removeProperty(sourceCode, fixer, property.node),
    });
    return (request) => {
      const apiVersion = request.transport.apiVersion;
      return checkSampling(request, apiVersion?.version ?? null, apiVersion?.reason ?? '', modelRows(request)).map((finding) => {
        const suggest = [removal(finding.property.key, finding.property)];
        if (finding.messageId === 'bothTemperatureAndTopP') {
          const temperature = request.params.properties.get('temperature');
          if (temperature) suggest.push(removal(temperature.key, temperature));
        }
        return { node: finding.property.node, messageId: finding.messageId, data: finding.data, suggest };
      });
    };
  },
});
