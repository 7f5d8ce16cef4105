// A service class: the client lives in a field, the request in shared constants.
import Anthropic from '@anthropic-ai/sdk';

const SUMMARY_DEFAULTS = {
  model: 'claude-opus-4-8',
  max_tokens: 16000,
} as const;

export class SummarizerService {
  private readonly client: Anthropic;

  constructor() {
    this.client = new Anthropic();
  }

  async summarize(text: string): Promise<Anthropic.Message> {
    return this.client.messages.create({
      ...SUMMARY_DEFAULTS,
      thinking: { type: 'enabled', budget_tokens: 8000 }, // expect: valid-thinking
      messages: [
        { role: 'user', content: `Summarize as JSON:\n${text}` },
        { role: 'assistant', content: '{' }, // expect: no-unsupported-prefill
      ],
    });
  }

  async classify(text: string, labels: string[]): Promise<Anthropic.Message> {
    return this.client.messages.create({
      model: 'claude-haiku-4-5',
      max_tokens: 100000, // expect: valid-max-tokens
      thinking: { type: 'enabled', budget_tokens: 512 }, // expect: valid-thinking
      output_config: { effort: 'low' }, // expect: valid-thinking
      system: `Answer with one of: ${labels.join(', ')}`,
      messages: [{ role: 'user', content: text }],
    });
  }
}
