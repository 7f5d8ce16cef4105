import validModelId from './valid-model-id.js';

/** Every rule of the plugin, alphabetical. A test keeps this list equal to the folder. */
export const rules = {
  'valid-model-id': validModelId,
};
