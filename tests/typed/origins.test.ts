/**
 * Where a message names the declaration of a value known from a type (typed/origins.ts): after
 * the quotes or the code span around the value, inside a parenthesis that follows it, and never
 * in a report whose quoted values the user's code writes.
 */
import { describe, expect, it } from 'vitest';
import { OriginMessages } from '../../src/analysis/typed/origins.js';

const FROM = '`FAST_MODEL`, src/models.ts:3';

/** The message ESLint would show for `messageId` with `data`, when `typed` values have origins. */
function render(template: string, data: Record<string, string>, typed: Readonly<Record<string, string>>): string | null {
  const origins = new OriginMessages({ m: template });
  const annotated = origins.annotate('m', data, (key, value) => (typed[key] === value ? FROM : null));
  if (!annotated) return null;
  const variant = origins.variants[annotated.messageId] ?? '';
  return variant.replace(/\{\{([^{}]+)\}\}/gu, (whole, key: string) => {
    const value = annotated.data[key];
    return typeof value === 'string' ? value : whole;
  });
}

describe('OriginMessages', () => {
  it('names the origin after a quoted value', () => {
    expect(render("'{{id}}' is not a known Claude model ID.", { id: 'claude-x' }, { id: 'claude-x' })).toBe(
      "'claude-x' (from `FAST_MODEL`, src/models.ts:3) is not a known Claude model ID.",
    );
  });

  it('folds into a parenthesis that follows the value', () => {
    expect(render("Model '{{id}}' ({{name}}) was retired.", { id: 'claude-x', name: 'Claude X' }, { id: 'claude-x' })).toBe(
      "Model 'claude-x' (from `FAST_MODEL`, src/models.ts:3; Claude X) was retired.",
    );
  });

  it('goes after the code span that holds the value', () => {
    expect(render('`{{param}}: {{value}}` is not an integer.', { param: 'max_tokens', value: '1.5' }, { value: '1.5' })).toBe(
      '`max_tokens: 1.5` (from `FAST_MODEL`, src/models.ts:3) is not an integer.',
    );
    expect(render("accepts `thinking.type: '{{type}}'` only.", { type: 'enabled' }, { type: 'enabled' })).toBe(
      "accepts `thinking.type: 'enabled'` (from `FAST_MODEL`, src/models.ts:3) only.",
    );
  });

  it('goes right after an unquoted value', () => {
    expect(render('{{model}} rejects `top_k`.', { model: 'claude-x' }, { model: 'claude-x' })).toBe(
      'claude-x (from `FAST_MODEL`, src/models.ts:3) rejects `top_k`.',
    );
  });

  it('annotates only the values that have an origin, at their first mention', () => {
    expect(
      render(
        '`anthropic-version: {{value}}` for {{model}}: "{{value}}" is invalid.',
        { value: '2020', model: 'claude-x' },
        { value: '2020' },
      ),
    ).toBe('`anthropic-version: 2020` (from `FAST_MODEL`, src/models.ts:3) for claude-x: "2020" is invalid.');
  });

  it('keeps the message when no quoted value has an origin', () => {
    expect(render("'{{id}}' is not known.", { id: 'claude-x' }, {})).toBeNull();
    // Keys and names the code writes are never from a type.
    expect(render('`{{key}}` is not a parameter.', { key: 'to' }, { key: 'to' })).toBeNull();
    expect(new OriginMessages({ m: 'No placeholder.' }).variants).toEqual({});
  });
});
