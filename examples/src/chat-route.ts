// A route handler: the client comes from another module, so only the Claude model IDs in the
// payloads tie these calls to Claude.
import { anthropic } from './anthropic.js';

export async function POST(request: Request): Promise<Response> {
  const { question } = (await request.json()) as { question: string };

  const stream = anthropic.messages.stream({ // expect: valid-max-tokens
    model: 'claude-sonnet-4.6', // expect: valid-model-id
    messages: [{ role: 'user', content: question }],
  });

  const answer = await anthropic.messages.create({
    model: 'claude-opus-4-7',
    max_tokens: 2048,
    temperature: 0.2, // expect: no-unsupported-sampling-params
    top_k: 40, // expect: no-unsupported-sampling-params
    messages: [{ role: 'user', content: question }],
  });

  return Response.json({ streamed: await stream.finalText(), answer });
}
