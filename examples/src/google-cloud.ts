// Claude on Google Cloud (Anthropic managed): first-party model IDs through a lazily built client.
import { AnthropicGoogleCloud } from '@anthropic-ai/google-cloud-sdk';

let client: AnthropicGoogleCloud | undefined;

function getClient() {
  return (client ??= new AnthropicGoogleCloud({ project: process.env.GCP_PROJECT, location: 'global' }));
}

export async function classify(text: string) {
  return getClient().messages.create({
    model: 'claude-haiku-4.5', // expect: valid-model-id
    max_tokens: 64,
    messages: [{ role: 'user', content: `Classify: ${text}` }],
  });
}
