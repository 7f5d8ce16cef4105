// A worker that calls the Claude API over plain HTTP: no SDK sends the headers for it, and the
// body is checked like any SDK payload, under the API version its own header names.
import axios from 'axios';

const ANTHROPIC_API = 'https://api.anthropic.com';

export async function summarise(text: string): Promise<unknown> {
  const response = await fetch(`${ANTHROPIC_API}/v1/messages`, {
    method: 'POST',
    headers: { 'x-api-key': process.env.ANTHROPIC_API_KEY ?? '', 'content-type': 'application/json' }, // expect: valid-http-request
    body: JSON.stringify({
      model: 'claude-3-5-haiku-latest', // expect: valid-model-id
      max_tokens: 512,
      messages: [{ role: 'user', content: `Summarise:\n${text}` }],
    }),
  });
  return response.json();
}

// The instance sends API version 2026-10-21 on every call, which removed the sampling parameters.
const claude = axios.create({
  baseURL: `${ANTHROPIC_API}/v1`,
  headers: { 'x-api-key': process.env.ANTHROPIC_API_KEY, 'anthropic-version': '2026-10-21' },
});

export async function classify(ticket: string): Promise<unknown> {
  const { data } = await claude.post('/messages', {
    model: 'claude-haiku-4-5',
    max_tokens: 64,
    temperature: 0, // expect: no-unsupported-sampling-params
    messages: [{ role: 'user', content: `Classify this ticket: ${ticket}` }],
  });
  return data;
}

export async function countTokens(text: string): Promise<unknown> {
  const { data } = await claude.post('/message/count_tokens', { // expect: valid-http-request
    model: 'claude-haiku-4-5',
    messages: [{ role: 'user', content: text }],
  });
  return data;
}

// The app's own route: never read as a Claude request.
export async function ask(question: string): Promise<unknown> {
  const response = await fetch('/api/chat', { method: 'POST', body: JSON.stringify({ model: 'claude-3-5-haiku-latest', question }) });
  return response.json();
}
