// A support bot ported from OpenAI: the old habits are still in it.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ apiKey: 'sk-ant-api03-Xk9dQ2mLp7Rt4Vw8Zb3N' }); // expect: no-hardcoded-api-key

const tools: Anthropic.Tool[] = [
  { name: 'lookup_order', description: 'Find an order', input_schema: { type: 'object', properties: { id: { type: 'string' } } } },
];

export async function answer(ticket: string) {
  return client.messages.create({ // expect: valid-max-tokens (the API reads max_tokens only)
    model: 'claude-sonnet-4-6',
    maxTokens: 1024, // expect: no-unknown-params
    messages: [
      { role: 'system', content: 'You are a support agent.' }, // expect: valid-messages
      { role: 'user', content: ticket },
    ],
    tools,
    tool_choice: 'required', // expect: valid-tools
  });
}

export async function writeReport(tickets: string[]) {
  // 64,000 output tokens without streaming: the SDK throws before sending.
  return client.messages.create({ // expect: no-long-nonstreaming-request
    model: 'claude-sonnet-4-6',
    max_tokens: 64000,
    messages: [{ role: 'user', content: `Write a report on:\n${tickets.join('\n')}` }],
  });
}
