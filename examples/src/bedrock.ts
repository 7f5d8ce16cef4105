// Claude on Amazon Bedrock: Bedrock IDs contain dots and that is fine.
import { AnthropicBedrockMantle } from '@anthropic-ai/bedrock-sdk';

const bedrock = new AnthropicBedrockMantle({ awsRegion: 'us-east-1' });

export async function draftReply(thread: string) {
  await bedrock.messages.create({
    model: 'us.anthropic.claude-opus-4-7',
    max_tokens: 4096,
    messages: [{ role: 'user', content: thread }],
  });
  return bedrock.messages.create({
    model: 'claude-fable-5', // expect: valid-model-id
    max_tokens: 4096,
    thinking: { type: 'disabled' }, // expect: valid-thinking
    messages: [{ role: 'user', content: thread }],
  });
}
