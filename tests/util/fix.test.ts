/**
 * `removeProperty` leaves code that parses and keeps everything but the property and one comma:
 * comments around it (a `//` comment ending the previous line above all), trailing commas,
 * shorthand properties, the only property, the last one, array elements.
 */
import tsParser from '@typescript-eslint/parser';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { removeProperty } from '../../src/util/fix.js';

/** Remove every property keyed `t` (and every array element `t`) with `removeProperty`. */
function removeT(code: string): string {
  const rule = {
    meta: { type: 'problem' as const, fixable: 'code' as const, schema: [] },
    create: (context: Readonly<TSESLint.RuleContext<'remove', []>>) => {
      const remove = (node: TSESTree.Node): void => {
        context.report({ node, messageId: 'remove', fix: (fixer) => removeProperty(context.sourceCode, fixer, node) });
      };
      return {
        Property(node: TSESTree.Property) {
          if (node.key.type === AST_NODE_TYPES.Identifier && node.key.name === 't' && node.parent.type === AST_NODE_TYPES.ObjectExpression)
            remove(node);
        },
        'ArrayExpression > Identifier[name="t"]': remove,
      };
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config[] = [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
    {
      plugins: { test: { rules: { remove: { ...rule, meta: { ...rule.meta, messages: { remove: 'remove' } } } as never } } },
      rules: { 'test/remove': 'error' },
    },
  ];
  const { output, messages } = linter.verifyAndFix(code, config, { filename: 'case.ts' });
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return output;
}

describe('removeProperty', () => {
  it.each([
    [
      'a `//` comment ending the previous line',
      'f({\n  max_tokens: 1024, // budget\n  t: 0.5,\n  messages,\n});',
      'f({\n  max_tokens: 1024, // budget\n  messages,\n});',
    ],
    [
      'the last property after a `//` comment',
      'f({\n  max_tokens: 1024, // budget\n  t: 0.5\n});',
      'f({\n  max_tokens: 1024 // budget\n});',
    ],
    ['its own trailing `//` comment stays', 'f({\n  a: 1,\n  t: 0.5, // hot\n  b: 2,\n});', 'f({\n  a: 1,\n  // hot\n  b: 2,\n});'],
    ['a block comment before it', 'f({ a: 1, /* c */ t: 0.5, b: 2 });', 'f({ a: 1, /* c */ b: 2 });'],
    ['a block comment after it, last', 'f({ a: 1, t: 0.5 /* c */ });', 'f({ a: 1 /* c */ });'],
    ['a block comment between it and its comma', 'f({ t: 0.5 /* c */, b: 2 });', 'f({  /* c */b: 2 });'],
    ['a trailing comma', 'f({ a: 1, t: 0.5, });', 'f({ a: 1, });'],
    ['a trailing comma on its own line', 'f({\n  a: 1,\n  t: 0.5,\n});', 'f({\n  a: 1,\n});'],
    ['a shorthand property', 'f({ a, t, b });', 'f({ a, b });'],
    ['a shorthand last property', 'f({ a, t });', 'f({ a });'],
    ['the only property', 'f({ t: 1 });', 'f({});'],
    ['the only property, with a comment', 'f({ /* keep */ t: 1 });', 'f({ /* keep */  });'],
    ['the only property, on its own line', 'f({\n  t: 1,\n});', 'f({\n});'],
    ['the first property', 'f({ t: 1, b: 2 });', 'f({ b: 2 });'],
    ['a property over several lines', 'f({\n  a: 1,\n  t: {\n    x: 1,\n  },\n  b: 2,\n});', 'f({\n  a: 1,\n  b: 2,\n});'],
    ['a comma on the next line', 'f({\n  a: 1\n  , t: 2\n  , b: 3\n});', 'f({\n  a: 1\n  , b: 3\n});'],
    ['an array element after a `//` comment', 'f([\n  a, // first\n  t\n]);', 'f([\n  a // first\n]);'],
    ['CRLF line breaks', 'f({\r\n  a: 1, // x\r\n  t: 2,\r\n  b: 3,\r\n});', 'f({\r\n  a: 1, // x\r\n  b: 3,\r\n});'],
  ])('%s', (_, code, expected) => {
    expect(removeT(code)).toBe(expected);
  });
});
