/** `displayValue`: credentials never shown, long values cut at 60 characters with an ellipsis. */
import { describe, expect, it } from 'vitest';
import { MAX_DISPLAY_LENGTH, displayValue, redact } from '../../src/util/redact.js';

// Built at run time so no credential-shaped literal sits in the repository.
const body = 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z'.repeat(3);
const anthropicKey = `sk-ant-api03-${body}`;

describe('redact', () => {
  it.each([
    ['an Anthropic API key', `claude-${anthropicKey}`, 'claude-<redacted API key>'],
    ['an Anthropic admin key', `sk-ant-admin01-${body}`, '<redacted Admin API key>'],
    ['an OpenAI key', `sk-proj-${body}`, '<redacted credential>'],
    ['an AWS access key ID', `key AKIA${'ABCDEFGH23456789'}`, 'key <redacted credential>'],
    ['a GitHub token', `ghp_${body}`, '<redacted credential>'],
    ['a GitHub fine-grained token', `github_pat_${body}`, '<redacted credential>'],
    ['a Slack token', `xoxb-${body}`, '<redacted credential>'],
    ['an AWS temporary key ID', `ASIA${'ABCDEFGH23456789'}`, '<redacted credential>'],
    ['a lower-case bearer token', `bearer ${body}`, '<redacted credential>'],
    ['a Google API key', `AIza${body}`, '<redacted credential>'],
    ['a JWT', `eyJhbGciOiJIUzI1NiJ9.${body}.${body}`, '<redacted credential>'],
    ['a bearer token in a header', `Bearer ${body}`, '<redacted credential>'],
    ['two keys', `${anthropicKey} and ${anthropicKey}`, '<redacted API key> and <redacted API key>'],
  ])('%s', (_, text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'claude-opus-4-7',
    'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
    'get_weather',
    'sk-ant-...',
    'sk-ant-api03-your-key-here',
    'Bearer token',
  ])('leaves %s alone', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('displayValue', () => {
  it('keeps short values whole', () => {
    expect(displayValue('claude-sonnet-4.6')).toBe('claude-sonnet-4.6');
  });

  it('cuts a long value at 60 characters with an ellipsis', () => {
    const shown = displayValue(`claude-${'x'.repeat(1_000_000)}`);
    expect(shown).toBe(`claude-${'x'.repeat(MAX_DISPLAY_LENGTH - 7)}…`);
    expect(shown).toHaveLength(MAX_DISPLAY_LENGTH + 1);
  });

  it('redacts before cutting, so no part of a key shows', () => {
    const shown = displayValue(`${'a'.repeat(50)} ${anthropicKey}`);
    expect(shown).toBe(`${'a'.repeat(50)} <redacted…`);
    expect(shown).not.toContain('sk-ant');
  });

  it('does not cut a surrogate pair in half', () => {
    const shown = displayValue(`${'a'.repeat(MAX_DISPLAY_LENGTH - 1)}😀tail`);
    expect(shown).toBe(`${'a'.repeat(MAX_DISPLAY_LENGTH - 1)}…`);
  });
});
