/** Integrity of the SDK error class table and the queries over it. */
import { describe, expect, it, test } from 'vitest';
import { SDK_ERROR_CLASSES, isSdkErrorModule, isSdkErrorSubclass, sdkErrorAncestry, sdkErrorClassOf } from '../../src/facts/sdk-errors.js';
import { ERROR_CATEGORIES, categoriesOf } from '../../src/rules/no-error-message-matching-utils/categories.js';

describe('SDK_ERROR_CLASSES', () => {
  it('has unique names, one root, and parents that exist', () => {
    const names = SDK_ERROR_CLASSES.map((row) => row.name);
    expect(new Set(names).size).toBe(names.length);
    expect(SDK_ERROR_CLASSES.filter((row) => row.parent === null).map((row) => row.name)).toEqual(['AnthropicError']);
    for (const row of SDK_ERROR_CLASSES) if (row.parent !== null) expect(names).toContain(row.parent);
  });

  test.each(SDK_ERROR_CLASSES.map((row) => [row.name, row] as const))('%s descends from AnthropicError and names a source', (name, row) => {
    expect(sdkErrorAncestry(name).at(-1)).toBe('AnthropicError');
    expect(row.source).not.toBe('');
  });

  it('gives every class with an error type a status, and puts every 5xx under InternalServerError', () => {
    for (const row of SDK_ERROR_CLASSES) {
      if (row.type !== null) expect(row.status, row.name).not.toBeNull();
      if (typeof row.status === 'number' && row.status >= 500)
        expect(isSdkErrorSubclass(row.name, 'InternalServerError'), row.name).toBe(true);
    }
  });

  it('knows the TypeScript hierarchy that differs from Python', () => {
    expect(isSdkErrorSubclass('APIConnectionError', 'APIError')).toBe(true);
    expect(isSdkErrorSubclass('APIConnectionTimeoutError', 'APIConnectionError')).toBe(true);
    expect(isSdkErrorSubclass('OverloadedError', 'InternalServerError')).toBe(true);
    expect(isSdkErrorSubclass('RetryableError', 'APIError')).toBe(false);
    expect(isSdkErrorSubclass('APIError', 'RateLimitError')).toBe(false);
    expect(isSdkErrorSubclass('RateLimitError', 'RateLimitError')).toBe(true);
    expect(isSdkErrorSubclass('NoSuchError', 'AnthropicError')).toBe(false);
  });
});

describe('sdkErrorClassOf', () => {
  it('accepts named exports and, as values, client statics', () => {
    expect(sdkErrorClassOf({ module: '@anthropic-ai/sdk', path: ['RateLimitError'] })).toBe('RateLimitError');
    expect(sdkErrorClassOf({ module: '@anthropic-ai/sdk', path: ['default', 'RateLimitError'] })).toBe('RateLimitError');
    expect(sdkErrorClassOf({ module: '@anthropic-ai/sdk/error', path: ['APIError'] })).toBe('APIError');
    expect(sdkErrorClassOf({ module: '@anthropic-ai/bedrock-sdk', path: ['AnthropicBedrock', 'APIError'] })).toBe('APIError');
    expect(sdkErrorClassOf({ module: '@anthropic-ai/sdk', path: ['default', 'RateLimitError'] }, 'type')).toBeNull();
    expect(sdkErrorClassOf({ module: '@anthropic-ai/sdk', path: ['RateLimitError'] }, 'type')).toBe('RateLimitError');
  });

  it('rejects other modules, body types and unknown names', () => {
    expect(sdkErrorClassOf({ module: 'openai', path: ['RateLimitError'] })).toBeNull();
    expect(sdkErrorClassOf({ module: '@anthropic-ai/sdk/resources/shared', path: ['RateLimitError'] })).toBeNull();
    expect(sdkErrorClassOf({ module: '@anthropic-ai/sdk', path: ['Messages'] })).toBeNull();
    expect(sdkErrorClassOf({ module: '@anthropic-ai/sdk', path: ['default', 'Anthropic', 'APIError'] })).toBeNull();
    expect(sdkErrorClassOf(null)).toBeNull();
  });

  it('follows the entry points that export the classes', () => {
    expect(isSdkErrorModule('@anthropic-ai/sdk')).toBe(true);
    expect(isSdkErrorModule('@anthropic-ai/sdk/core/error')).toBe(true);
    expect(isSdkErrorModule('@anthropic-ai/sdk/error.js')).toBe(true);
    expect(isSdkErrorModule('@anthropic-ai/vertex-sdk/error')).toBe(true);
    expect(isSdkErrorModule('@anthropic-ai/sdk/resources/shared')).toBe(false);
    expect(isSdkErrorModule('@anthropic-ai/sdk-extra')).toBe(false);
    expect(isSdkErrorModule('@anthropic-ai/claude-agent-sdk')).toBe(false);
  });
});

describe('error text categories', () => {
  test.each([
    ['rate limit', "`{v}.type === 'rate_limit_error'` or `{v}.status === 429`"],
    ['Rate_Limit', "`{v}.type === 'rate_limit_error'` or `{v}.status === 429`"],
    ['rate\\s*limit', "`{v}.type === 'rate_limit_error'` or `{v}.status === 429`"],
    ['Overloaded', "`{v}.type === 'overloaded_error'` or `{v}.status === 529`"],
    ['invalid x-api-key', "`{v}.type === 'authentication_error'` or `{v}.status === 401`"],
    ['request_too_large', "`{v}.type === 'request_too_large'` or `{v}.status === 413`"],
  ])('%s', (text, hint) => {
    expect(categoriesOf(text).map((category) => category.hint)).toEqual([hint]);
  });

  test.each(['prompt is too long', 'credit balance is too low', 'Plans & Billing', 'max_tokens: 4000', 'limit'])(
    '%s names no category',
    (text) => {
      expect(categoriesOf(text)).toEqual([]);
    },
  );

  it('offers a type only where it identifies the category alone', () => {
    expect(ERROR_CATEGORIES.filter((category) => category.type !== null)).toHaveLength(8);
  });
});
