// A correct agent loop: nothing here is reported.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();
const tools: Anthropic.Tool[] = [
  { name: 'get_weather', description: 'Weather for a city', input_schema: { type: 'object', properties: { city: { type: 'string' } } } },
];

export async function run(task: string, model = process.env.CLAUDE_MODEL ?? 'claude-opus-5-5') {
  const messages: Anthropic.MessageParam[] = [{ role: 'user', content: task }];
  for (let turn = 0; turn < 10; turn++) {
    const response = await client.messages.create({
      model,
      max_tokens: 8192,
      thinking: { type: 'adaptive' },
      output_config: { effort: 'medium' },
      tools,
      messages,
    });
    messages.push({ role: 'assistant', content: response.content });
    if (response.stop_reason !== 'tool_use') return response;
    messages.push({ role: 'user', content: [{ type: 'tool_result', tool_use_id: 'x', content: 'sunny' }] });
  }
  return null;
}
