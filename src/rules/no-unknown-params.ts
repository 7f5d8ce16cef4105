import type { TSESLint } from '@typescript-eslint/utils';
import type { ClaudeRequest } from '../analysis/requests.js';
import { OPENAI_PARAMS } from '../facts/request-params.js';
import { defineRequestRule } from '../util/define-request-rule.js';
import { checkParams, type UnknownParamFinding } from './no-unknown-params-utils/check.js';
import { moveToOptionsFix, openAiRewrite, removable, removeFix, renameFix } from './no-unknown-params-utils/edits.js';
import { serviceBody } from '../facts/sdk-surface.js';

type SuggestionId = 'renameTo' | 'removeParam' | 'moveToOptions' | 'useBetaClient' | 'useMetadata' | 'useEffort' | 'useOutputFormat';
type MessageIds =
  | 'unknownParam'
  | 'misspelled'
  | 'misnamed'
  | 'alreadySet'
  | 'openAiParam'
  | 'noEquivalent'
  | 'notForCountTokens'
  | 'betaOnly'
  | 'betas'
  | 'requestOption'
  | SuggestionId;

type Descriptor = Omit<TSESLint.ReportDescriptor<MessageIds>, 'node' | 'loc'>;
type Fix = TSESLint.ReportFixFunction;

/** The text the API answers with for an extra field. */
function rejection(request: ClaudeRequest, key: string): string {
  return serviceBody(request.transport.service).extraFieldError(key);
}

function describe(sourceCode: Readonly<TSESLint.SourceCode>, request: ClaudeRequest, finding: UnknownParamFinding): Descriptor {
  const { property } = finding;
  const { key } = property;
  const data = { key, endpoint: request.endpoint.label, error: rejection(request, key), method: request.endpoint.method };
  const suggestion = (messageId: SuggestionId, fix: Fix | null, extra: Record<string, string> = {}) =>
    fix ? [{ messageId, data: { ...data, ...extra }, fix }] : [];
  const removal = () => suggestion('removeParam', removable(request, property) ? removeFix(sourceCode, property) : null);
  switch (finding.kind) {
    case 'rename': {
      const fix = renameFix(sourceCode, request, property, finding.to);
      const openAi = OPENAI_PARAMS.get(key);
      const note = openAi?.kind === 'rename' && openAi.note ? ` (${openAi.note})` : '';
      // A pure rename keeps the meaning: a fix, unless an unseen spread or another key may set the new key too.
      const auto = fix && finding.unique && request.params.complete ? fix : null;
      return {
        messageId: finding.openAi ? 'openAiParam' : 'misnamed',
        data: { ...data, to: finding.openAi ? `\`${finding.to}\`${note}` : finding.to },
        fix: auto,
        suggest: auto ? [] : suggestion('renameTo', fix, { to: finding.to }),
      };
    }
    case 'misspelled': {
      const fix = request.params.properties.has(finding.to) ? null : renameFix(sourceCode, request, property, finding.to);
      return { messageId: 'misspelled', data: { ...data, to: finding.to }, suggest: suggestion('renameTo', fix, { to: finding.to }) };
    }
    case 'alreadySet':
      return { messageId: 'alreadySet', data: { ...data, to: finding.to }, suggest: removal() };
    case 'openAi': {
      const rewrite = openAiRewrite(sourceCode, request, property);
      return {
        messageId: 'openAiParam',
        data: { ...data, to: finding.to },
        suggest: rewrite ? suggestion(rewrite.messageId, rewrite.fix) : [],
      };
    }
    case 'noEquivalent':
    case 'notForCountTokens':
      return { messageId: finding.kind, data, suggest: removal() };
    case 'requestOption':
      return { messageId: 'requestOption', data, suggest: suggestion('moveToOptions', moveToOptionsFix(sourceCode, request, property)) };
    case 'betas':
    case 'betaOnly':
      return { messageId: finding.kind, data, suggest: suggestion('useBetaClient', request.endpoint.toBeta) };
    case 'unknown':
      return { messageId: 'unknownParam', data };
  }
}

export default defineRequestRule<MessageIds>({
  name: 'no-unknown-params',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow request parameters the Messages endpoint does not take',
      recommended: 'error',
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      unknownParam: '`{{key}}` is not a parameter of `{{endpoint}}`: the API answers 400 `{{error}}`.',
      misspelled: '`{{key}}` is not a parameter of `{{endpoint}}`: the API answers 400 `{{error}}`. Did you mean `{{to}}`?',
      misnamed: '`{{key}}` is not a parameter of `{{endpoint}}`: the API answers 400 `{{error}}`. The parameter is `{{to}}`.',
      alreadySet:
        '`{{key}}` is not a parameter of `{{endpoint}}` (the API answers 400 `{{error}}`), and `{{to}}` is already set: remove `{{key}}`.',
      openAiParam: '`{{key}}` is an OpenAI parameter: the Claude API answers 400 `{{error}}`. Use {{to}} instead.',
      noEquivalent: '`{{key}}` is an OpenAI parameter with no equivalent in the Claude API, which answers 400 `{{error}}`. Remove it.',
      notForCountTokens:
        '`{{endpoint}}` does not take `{{key}}` (it counts the prompt and generates nothing): the API answers 400 `{{error}}`. Remove it here.',
      betaOnly:
        '`{{key}}` is a beta parameter, only taken by `client.beta.messages` with the right betas: `{{endpoint}}` sends no `anthropic-beta` header, and the API answers 400 `{{error}}`.',
      betas:
        '`betas` is read only by `client.beta.messages`, which sends it as the `anthropic-beta` header: `{{endpoint}}` sends it in the body, and the API answers 400 `{{error}}`.',
      requestOption:
        '`{{key}}` is a request option, not a request parameter: the SDK sends the first argument as the body, so the option never applies and the API answers 400 `{{error}}`. Pass it in the second argument: `{{method}}(params, { {{key}} })`.',
      renameTo: 'Rename `{{key}}` to `{{to}}`.',
      removeParam: 'Remove `{{key}}`.',
      moveToOptions: 'Move `{{key}}` to the request options (the second argument).',
      useBetaClient: 'Call `beta.{{endpoint}}` instead.',
      useMetadata: 'Replace it with `metadata: { user_id }`.',
      useEffort: 'Replace it with `output_config: { effort }`.',
      useOutputFormat: "Replace it with `output_config: { format: { type: 'json_schema', schema } }`.",
    },
  },
  defaultOptions: [],
  create({ sourceCode }) {
    return (request) => checkParams(request).map((finding) => ({ node: finding.property.node, ...describe(sourceCode, request, finding) }));
  },
});
