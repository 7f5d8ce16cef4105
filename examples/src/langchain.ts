// LangChain chat models for a retrieval pipeline.
import { ChatAnthropic } from '@langchain/anthropic';
import { ChatBedrockConverse } from '@langchain/aws';
import { ChatOpenAI } from '@langchain/openai';
import { initChatModel } from 'langchain';

export const writer = new ChatAnthropic({
  model: 'claude-opus-4-8',
  temperature: 0.3, // expect: no-unsupported-sampling-params
  maxTokens: 4096,
});

export const planner = new ChatAnthropic({
  model: 'claude-opus-4-8',
  thinking: { type: 'enabled', budget_tokens: 8000 }, // expect: valid-thinking
});

export const grader = new ChatAnthropic({
  model: 'claude-haiku-4-5',
  temperature: 0.7,
  topP: 0.9, // expect: no-unsupported-sampling-params
});

export const archivist = new ChatAnthropic('claude-3-opus-20240229', { maxTokens: 1024 }); // expect: valid-model-id

export const drafter = new ChatAnthropic({
  model: 'claude-sonnet-4-6',
  maxTokens: 200000, // expect: valid-max-tokens
});

// Not Anthropic clients: Bedrock's Converse chat model and OpenAI's.
export const bedrock = new ChatBedrockConverse({ model: 'anthropic.claude-3-5-sonnet-20240620-v1:0', temperature: 0.5 });
export const fallback = new ChatOpenAI({ model: 'gpt-4o', temperature: 0.2, topP: 0.9 });

// No model: LangChain sends its default, Claude Sonnet 4.5, retired on 2026-11-30.
export const summariser = new ChatAnthropic({ temperature: 0 }); // expect: valid-model-id

// initChatModel builds the same ChatAnthropic when it infers Anthropic from a `claude…` model.
export const router = await initChatModel('claude-3-5-haiku-20241022', { temperature: 0 }); // expect: valid-model-id
// ...but not for another provider's model.
export const backup = await initChatModel('openai:gpt-4o', { temperature: 0.2, topP: 0.9 });
