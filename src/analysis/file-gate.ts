/**
 * Whether a file can hold anything a claude-api rule reports. Untyped, every request, client,
 * SDK error and key the rules read is proven by words in the file's own text: an import from
 * `@anthropic-ai/…`, `@ai-sdk/anthropic` or `@langchain/anthropic`, a class named `Anthropic…`
 * or `ChatAnthropic`, a Claude model ID (`claude-…`, `anthropic.claude-…`), the API host
 * `api.anthropic.com`, or a key (`sk-ant-…`). A file without any of them (most of a code base)
 * costs every rule one test of its text, shared by all, instead of each rule's own set-up and
 * text scans. Type-aware, a value may come from another module, so every file is read.
 */
import type { TSESLint } from '@typescript-eslint/utils';

const CLAUDE_WORDS = /anthropic|claude|sk-ant-/iu;

const gates = new WeakMap<object, boolean>();

export function mayConcernClaude(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let gate = gates.get(sourceCode);
  if (gate === undefined) {
    gate = Boolean(sourceCode.parserServices?.program) || CLAUDE_WORDS.test(sourceCode.text);
    gates.set(sourceCode, gate);
  }
  return gate;
}
