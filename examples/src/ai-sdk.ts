// A chat route and a summariser on the Vercel AI SDK with Anthropic's provider.
import { customProvider, generateText, streamText, ToolLoopAgent } from 'ai';
import { anthropic, createAnthropic } from '@ai-sdk/anthropic';
import { openai } from '@ai-sdk/openai';

const claude = createAnthropic({ apiKey: process.env.ANTHROPIC_API_KEY });
const fast = claude('claude-haiku-4.5'); // expect: valid-model-id

export async function chat(prompt: string) {
  return streamText({
    model: anthropic('claude-3-5-sonnet-20241022'), // expect: valid-model-id
    prompt,
  });
}

export async function summarise(text: string) {
  return generateText({
    model: anthropic('claude-opus-4-8'),
    temperature: 0.2, // expect: no-unsupported-sampling-params
    providerOptions: {
      // Opus 4.8 takes adaptive thinking only, and a budget below 1024 is rejected anyway.
      anthropic: { thinking: { type: 'enabled', budgetTokens: 512 } }, // expect: valid-thinking, expect: valid-thinking
    },
    prompt: `Summarise:\n${text}`,
  });
}

export async function triage(ticket: string) {
  await generateText({ model: fast, prompt: ticket });
  return generateText({
    model: claude('claude-haiku-4-5'),
    maxOutputTokens: 200,
    providerOptions: { anthropic: { effort: 'max' } }, // expect: valid-thinking
    prompt: ticket,
  });
}

export const researcher = new ToolLoopAgent({
  model: anthropic('claude-mythos-5'),
  maxOutputTokens: 500000, // expect: valid-max-tokens
  instructions: 'Research the question.',
});

// The app's model registry: no request here sends these, so each ID is checked where it is made.
export const registry = customProvider({
  languageModels: {
    default: anthropic('claude-sonnet-4-6'),
    legacy: anthropic('claude-3-opus-20240229'), // expect: valid-model-id
  },
});

// Not Claude API requests: the AI Gateway's model string and another provider.
export async function viaGateway(prompt: string) {
  await generateText({ model: 'anthropic/claude-sonnet-4.6', temperature: 0.2, prompt });
  return generateText({ model: openai('gpt-4o'), temperature: 1.5, prompt });
}
