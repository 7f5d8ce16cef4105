import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { effortOf, mayCarryBetaHeader, thinkingOf, type ThinkingInfo } from '../analysis/payload.js';
import { clientRefuses } from '../analysis/refusals.js';
import { modelRows, type ClaudeRequest } from '../analysis/requests.js';
import { asArray, asObject, knownNumber, knownString, mayHold, possibleValues, prop, type Resolved } from '../analysis/values.js';
import { accepts } from '../facts/lookup.js';
import { EFFORT_LEVELS, THINKING_TYPES, type EffortLevel, type ModelRow, type ThinkingType } from '../facts/types.js';
import { NO_FINDINGS, defineRequestRule } from '../util/define-request-rule.js';
import { removeProperty } from '../util/fix.js';

export const MIN_BUDGET_TOKENS = 1024;

type MessageIds =
  | 'notAnObject'
  | 'unknownType'
  | 'enabledNotSupported'
  | 'adaptiveNotSupported'
  | 'disabledNotSupported'
  | 'betweenToolsNotSupported'
  | 'typeAtEffort'
  | 'budgetTooSmall'
  | 'budgetNotBelowMaxTokens'
  | 'forcedToolChoice'
  | 'unknownEffort'
  | 'effortNotSupported'
  | 'effortLevelNotSupported'
  | 'refusedByClient'
  | 'useAdaptive'
  | 'removeThinking'
  | 'useBetweenTools';

export interface ThinkingFinding {
  readonly node: TSESTree.Node;
  readonly messageId: Exclude<MessageIds, 'useAdaptive' | 'removeThinking' | 'useBetweenTools'>;
  readonly data: Readonly<Record<string, string>>;
  /** What a suggestion may change the thinking setting to. */
  readonly suggest?: readonly ('useAdaptive' | 'removeThinking' | 'useBetweenTools')[];
}

const NOT_SUPPORTED: Readonly<Record<ThinkingType, ThinkingFinding['messageId']>> = {
  enabled: 'enabledNotSupported',
  adaptive: 'adaptiveNotSupported',
  disabled: 'disabledNotSupported',
  between_tools: 'betweenToolsNotSupported',
};

/** True when `betas` may name a beta feature starting with `feature` (unknown entries may). */
function betasMayName(request: ClaudeRequest, feature: string): boolean {
  const betas = request.params.properties.get('betas');
  // `params.betas = [...]` after the literal: it may name anything.
  if (!betas) return mayHold(request.params, 'betas');
  const list = asArray(betas.value);
  if (!list) return true;
  return list.elements.some((element) => {
    const { values, complete } = possibleValues(element);
    return !complete || values.some((option) => String(option.value).startsWith(feature));
  });
}

/** A string, number or boolean: what `thinking` is sometimes set to by mistake (`null` and `undefined` may mean "not set"). */
const isScalarSetting = (value: unknown): boolean => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** Findings about the thinking mode against one model row. */
function checkModeForRow(request: ClaudeRequest, thinking: ThinkingInfo, row: ModelRow): ThinkingFinding | null {
  const type = thinking.type as ThinkingType;
  const node = thinking.typeProperty?.node ?? thinking.property.node;
  const acceptance = row.thinking[type];
  const effort = effortOf(request, row).level;
  if (accepts(acceptance, effort) !== false) return null;
  if (acceptance !== null && typeof acceptance === 'object') {
    return {
      node,
      messageId: 'typeAtEffort',
      data: { model: row.id, type, effort: effort ?? '', levels: acceptance.onlyAtEffort.join("', '") },
    };
  }
  const suggest: NonNullable<ThinkingFinding['suggest']>[number][] = [];
  if (type === 'enabled' && row.thinking.adaptive === true) suggest.push('useAdaptive');
  if (type === 'disabled') {
    if (accepts(row.thinking.between_tools, effort) === true) suggest.push('useBetweenTools');
    suggest.push('removeThinking');
  }
  return { node, messageId: NOT_SUPPORTED[type], data: { model: row.id }, suggest };
}

/** Decide what the API rejects in a request's `thinking`, `tool_choice` and `output_config.effort`. */
export function checkThinking(request: ClaudeRequest, rows: readonly ModelRow[]): ThinkingFinding[] {
  const findings: ThinkingFinding[] = [];
  const thinking = thinkingOf(request);
  const written = thinking?.property.value;
  // `thinking: 'extended'`, `thinking: true`: the API takes an object. Only where the body is sent
  // as written: the AI SDK validates its provider options before sending.
  if (thinking && written?.kind === 'literal' && isScalarSetting(written.value) && request.literalBody) {
    const value = typeof written.value === 'string' ? `'${written.value}'` : String(written.value);
    findings.push({ node: thinking.property.node, messageId: 'notAnObject', data: { value } });
  }
  if (thinking?.type !== undefined) {
    if (!(THINKING_TYPES as readonly string[]).includes(thinking.type)) {
      findings.push({
        node: thinking.typeProperty?.node ?? thinking.property.node,
        messageId: 'unknownType',
        data: { type: thinking.type, types: THINKING_TYPES.join("', '") },
      });
    } else {
      for (const row of rows) {
        const finding = checkModeForRow(request, thinking, row);
        if (finding) findings.push(finding);
      }
    }
  }
  if (thinking?.type === 'enabled') {
    const budget = thinking.object?.properties.get('budget_tokens');
    const value = knownNumber(budget?.value);
    if (budget && value !== undefined) {
      const maxTokens = knownNumber(prop(request.params, 'max_tokens'));
      if (value < MIN_BUDGET_TOKENS) {
        findings.push({ node: budget.node, messageId: 'budgetTooSmall', data: { value: String(value) } });
      } else if (
        maxTokens !== undefined &&
        value >= maxTokens &&
        request.endpoint.kind !== 'countTokens' &&
        // Interleaved thinking lets the budget exceed max_tokens: it needs a beta the code may not show.
        !betasMayName(request, 'interleaved-thinking') &&
        !mayCarryBetaHeader(request)
      ) {
        findings.push({
          node: budget.node,
          messageId: 'budgetNotBelowMaxTokens',
          data: { value: String(value), maxTokens: String(maxTokens) },
        });
      }
    }
  }
  findings.push(...checkToolChoice(request, thinking?.type === 'enabled'));
  findings.push(...checkEffort(request, rows));
  return thinking ? clientSide(request, thinking, findings) : findings;
}

/** The parameters the messages name, as the request's client spells them (`budgetTokens`, `providerOptions.anthropic.effort`). */
function spelledNames(request: ClaudeRequest): Record<string, string> {
  const spell = (apiPath: string): string => request.spell(apiPath) ?? apiPath;
  return {
    budgetKey: spell('thinking.budget_tokens').split('.').pop() ?? 'budget_tokens',
    effortParam: spell('output_config.effort'),
    maxTokensParam: spell('max_tokens'),
  };
}

/** Findings about the mode and the budget, which the API never sees when the client throws first. */
const MODE_AND_BUDGET: ReadonlySet<ThinkingFinding['messageId']> = new Set([
  ...Object.values(NOT_SUPPORTED),
  'typeAtEffort',
  'budgetTooSmall',
  'budgetNotBelowMaxTokens',
]);

/** A client that throws before sending the thinking setting (LangChain) answers instead of the API. */
function clientSide(request: ClaudeRequest, thinking: ThinkingInfo, findings: ThinkingFinding[]): ThinkingFinding[] {
  const type = thinking.type;
  const refusedType = type !== undefined && clientRefuses(request, `thinking.${type}`);
  const refusedBudget = thinking.object?.properties.has('budget_tokens') === true && clientRefuses(request, 'thinking.budget_tokens');
  if (!refusedType && !refusedBudget) return findings;
  const refusal: ThinkingFinding = {
    node: thinking.typeProperty?.node ?? thinking.property.node,
    messageId: 'refusedByClient',
    data: {
      library: request.transport.library,
      what: refusedType ? `thinking.type: '${type}'` : 'thinking.budget_tokens',
      model: request.models[0]?.id ?? '',
    },
    suggest: type === 'enabled' ? ['useAdaptive'] : ['removeThinking'],
  };
  return [refusal, ...findings.filter((finding) => !MODE_AND_BUDGET.has(finding.messageId))];
}

/**
 * Forced tool use (`tool_choice` `any` / `tool`) with manual thinking: rejected on every model.
 * (Models that reject forced tool use whatever the thinking mode are valid-tools' concern.)
 */
function checkToolChoice(request: ClaudeRequest, manualThinking: boolean): ThinkingFinding[] {
  const toolChoice = request.params.properties.get('tool_choice');
  const choice = knownString(prop(asObject(toolChoice?.value), 'type'));
  if (!manualThinking || !toolChoice || (choice !== 'any' && choice !== 'tool')) return [];
  return [{ node: toolChoice.node, messageId: 'forcedToolChoice', data: { choice } }];
}

function checkEffort(request: ClaudeRequest, rows: readonly ModelRow[]): ThinkingFinding[] {
  const property = asObject(prop(request.params, 'output_config'))?.properties.get('effort');
  const effort = knownString(property?.value);
  if (!property || effort === undefined) return [];
  if (!(EFFORT_LEVELS as readonly string[]).includes(effort)) {
    return [{ node: property.node, messageId: 'unknownEffort', data: { effort, levels: EFFORT_LEVELS.join("', '") } }];
  }
  const findings: ThinkingFinding[] = [];
  for (const row of rows) {
    if (row.effort === null || row.effort.includes(effort as EffortLevel)) continue;
    findings.push(
      row.effort.length === 0
        ? { node: property.node, messageId: 'effortNotSupported', data: { model: row.id } }
        : {
            node: property.node,
            messageId: 'effortLevelNotSupported',
            data: { model: row.id, effort, levels: row.effort.join("', '") },
          },
    );
  }
  return findings;
}

export default defineRequestRule<MessageIds>({
  name: 'valid-thinking',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow thinking settings, budgets, forced tool use and effort levels that the model rejects',
      recommended: 'error',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      notAnObject:
        "`thinking: {{value}}` is not a thinking setting: the API answers 400. `thinking` takes an object: `{ type: 'adaptive' }`, `{ type: 'enabled', budget_tokens: N }` or `{ type: 'disabled' }`, whichever the model accepts.",
      unknownType: "`thinking.type: '{{type}}'` is not a thinking mode: the API answers 400. Use one of '{{types}}'.",
      enabledNotSupported:
        "{{model}} rejects manual thinking (`type: 'enabled'` with `{{budgetKey}}`) with 400. Use `thinking: { type: 'adaptive' }` and set `{{effortParam}}` to control depth.",
      adaptiveNotSupported:
        "{{model}} has no adaptive thinking: `type: 'adaptive'` is rejected with 400. Use `{ type: 'enabled', {{budgetKey}}: N }`.",
      disabledNotSupported:
        "{{model}} always thinks: `thinking: { type: 'disabled' }` is rejected with 400. Remove `thinking` and lower `{{effortParam}}` for less thinking.",
      betweenToolsNotSupported:
        "`thinking: { type: 'between_tools' }` is accepted only by Claude Sonnet 5.5; {{model}} rejects it with 400.",
      typeAtEffort:
        "{{model}} accepts `thinking.type: '{{type}}'` only at effort '{{levels}}', and this request runs at '{{effort}}': the API answers 400. Lower `{{effortParam}}` or change the thinking mode.",
      budgetTooSmall: '`{{budgetKey}}: {{value}}` is below the minimum of 1024: the API answers 400.',
      budgetNotBelowMaxTokens:
        '`{{budgetKey}}: {{value}}` is not below `{{maxTokensParam}}: {{maxTokens}}`: the API answers 400. Raise `{{maxTokensParam}}` or lower the budget.',
      forcedToolChoice:
        "`tool_choice: { type: '{{choice}}' }` forces tool use, which manual thinking does not allow: the API answers 400. Use `{ type: 'auto' }` or adaptive thinking.",
      unknownEffort: "`{{effortParam}}: '{{effort}}'` is not an effort level: the API answers 400. Use one of '{{levels}}'.",
      effortNotSupported: '{{model}} does not take `{{effortParam}}`: the API answers 400. Remove it.',
      effortLevelNotSupported: "{{model}} does not take `{{effortParam}}: '{{effort}}'`: the API answers 400. It accepts '{{levels}}'.",
      refusedByClient: '{{library}} throws before sending `{{what}}` to {{model}}: the request never reaches the API.',
      useAdaptive: "Switch to `thinking: { type: 'adaptive' }`.",
      removeThinking: 'Remove `thinking` (the model decides how much to think).',
      useBetweenTools: "Switch to `thinking: { type: 'between_tools' }`.",
    },
  },
  defaultOptions: [],
  create({ sourceCode }) {
    const suggestion = (
      kind: 'useAdaptive' | 'removeThinking' | 'useBetweenTools',
      thinking: ThinkingInfo,
    ): TSESLint.SuggestionReportDescriptor<MessageIds> => {
      const valueNode: Resolved['node'] = thinking.property.node.value;
      // Adaptive thinking takes `display` too: keep it when switching from manual thinking.
      const display = thinking.object?.properties.get('display');
      const replacement =
        kind === 'useAdaptive'
          ? `{ type: 'adaptive'${display ? `, ${sourceCode.getText(display.node)}` : ''} }`
          : "{ type: 'between_tools' }";
      return {
        messageId: kind,
        fix: (fixer) =>
          kind === 'removeThinking' ? removeProperty(sourceCode, fixer, thinking.property.node) : fixer.replaceText(valueNode, replacement),
      };
    };
    return function check(request) {
      const findings = checkThinking(request, modelRows(request));
      if (findings.length === 0) return NO_FINDINGS;
      const thinking = thinkingOf(request);
      // Spelled for the messages only: most requests have no finding.
      const names = spelledNames(request);
      return findings.map((finding) => {
        const suggest =
          thinking && !thinking.property.node.shorthand ? (finding.suggest ?? []).map((kind) => suggestion(kind, thinking)) : [];
        return { node: finding.node, messageId: finding.messageId, data: { ...names, ...finding.data }, suggest };
      });
    };
  },
});
