import noDeprecatedModel from './no-deprecated-model.js';
import noErrorMessageMatching from './no-error-message-matching.js';
import noHardcodedApiKey from './no-hardcoded-api-key.js';
import noLongNonstreamingRequest from './no-long-nonstreaming-request.js';
import noUnknownParams from './no-unknown-params.js';
import noUnreachableErrorCheck from './no-unreachable-error-check.js';
import noUnsupportedPrefill from './no-unsupported-prefill.js';
import noUnsupportedSamplingParams from './no-unsupported-sampling-params.js';
import validHttpRequest from './valid-http-request.js';
import validMaxTokens from './valid-max-tokens.js';
import validMessages from './valid-messages.js';
import validModelId from './valid-model-id.js';
import validThinking from './valid-thinking.js';
import validTools from './valid-tools.js';

/** Every rule of the plugin, alphabetical. A test keeps this list equal to the folder. */
export const rules = {
  'no-deprecated-model': noDeprecatedModel,
  'no-error-message-matching': noErrorMessageMatching,
  'no-hardcoded-api-key': noHardcodedApiKey,
  'no-long-nonstreaming-request': noLongNonstreamingRequest,
  'no-unknown-params': noUnknownParams,
  'no-unreachable-error-check': noUnreachableErrorCheck,
  'no-unsupported-prefill': noUnsupportedPrefill,
  'no-unsupported-sampling-params': noUnsupportedSamplingParams,
  'valid-http-request': validHttpRequest,
  'valid-max-tokens': validMaxTokens,
  'valid-messages': validMessages,
  'valid-model-id': validModelId,
  'valid-thinking': validThinking,
  'valid-tools': validTools,
};
