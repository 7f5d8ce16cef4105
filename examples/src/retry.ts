// Retrying on errors: the order of the checks matters.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

export async function askWithRetry(question: string): Promise<string | null> {
  try {
    const message = await client.messages.create({
      model: 'claude-opus-4-8',
      max_tokens: 1024,
      messages: [{ role: 'user', content: question }],
    });
    const block = message.content[0];
    return block?.type === 'text' ? block.text : null;
  } catch (err: any) {
    if (err instanceof Anthropic.APIError) {
      console.error('API error', err.status);
    } else if (err instanceof Anthropic.RateLimitError) { // expect: no-unreachable-error-check
      await new Promise((resolve) => setTimeout(resolve, 60_000));
      return askWithRetry(question);
    }
    if (err.message.includes('overloaded')) return null; // expect: no-error-message-matching
    throw err;
  }
}
