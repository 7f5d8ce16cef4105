// A nightly batch job.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

export async function submitNightlyBatch(tickets: { id: string; body: string }[]) {
  return client.messages.batches.create({
    requests: [
      {
        custom_id: 'digest',
        params: {
          model: 'claude-3-5-sonnet-latest', // expect: valid-model-id
          max_tokens: 1024,
          messages: [{ role: 'user', content: tickets.map((t) => t.body).join('\n') }],
        },
      },
      {
        custom_id: 'triage',
        params: {
          model: 'claude-opus-4-5', // expect: no-deprecated-model (deprecated; end of life 2027-01-22, then overdue)
          max_tokens: 1024,
          temperature: 0.3,
          top_p: 0.9, // expect: no-unsupported-sampling-params
          messages: [{ role: 'user', content: 'Triage these tickets.' }],
        },
      },
    ],
  });
}
