// An older CommonJS worker.
const Anthropic = require('@anthropic-ai/sdk');

const client = new Anthropic();

async function translate(text) {
  return client.messages.create({
    model: 'claude-opus-4-6-20260205', // expect: valid-model-id
    max_tokens: 1024,
    temperature: 1.4, // expect: no-unsupported-sampling-params
    messages: [{ role: 'user', content: `Translate to French: ${text}` }],
  });
}

module.exports = { translate };
