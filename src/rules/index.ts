import noDeprecatedModel from './no-deprecated-model.js';
import noUnsupportedPrefill from './no-unsupported-prefill.js';
import noUnsupportedSamplingParams from './no-unsupported-sampling-params.js';
import validMaxTokens from './valid-max-tokens.js';
import validModelId from './valid-model-id.js';
import validThinking from './valid-thinking.js';

/** Every rule of the plugin, alphabetical. A test keeps this list equal to the folder. */
export const rules = {
  'no-deprecated-model': noDeprecatedModel,
  'no-unsupported-prefill': noUnsupportedPrefill,
  'no-unsupported-sampling-params': noUnsupportedSamplingParams,
  'valid-max-tokens': validMaxTokens,
  'valid-model-id': validModelId,
  'valid-thinking': validThinking,
};
