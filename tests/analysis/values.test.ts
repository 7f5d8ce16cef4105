/**
 * The value resolver: results that depend only on the code (never on which request was resolved
 * first), and payload objects that escape where the resolver cannot follow them count as
 * "may change".
 */
import tsParser from '@typescript-eslint/parser';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ValueResolver, type Resolved } from '../../src/analysis/values.js';
import { prng } from '../fuzz/generate.js';

/** Run `inspect` with the SourceCode of a parsed program. */
function withSourceCode(code: string, inspect: (sourceCode: Readonly<TSESLint.SourceCode>) => void): void {
  const linter = new Linter({ configType: 'flat' });
  const rule = {
    meta: { type: 'problem' as const, schema: [] },
    create: (context: Readonly<TSESLint.RuleContext<string, []>>) => ({
      'Program:exit'() {
        inspect(context.sourceCode);
      },
    }),
  };
  const messages = linter.verify(
    code,
    [
      { files: ['**/*.ts'], languageOptions: { parser: tsParser, sourceType: 'module' } },
      { plugins: { test: { rules: { inspect: rule as never } } }, rules: { 'test/inspect': 'error' } },
    ],
    { filename: 'case.ts' },
  );
  expect(messages.filter((message) => message.fatal)).toEqual([]);
}

/** The first argument of every `client.messages.create(...)` call (which only reads it), in source order. */
function sendArguments(sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node[] {
  const found: TSESTree.Node[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (
      node.type === AST_NODE_TYPES.CallExpression &&
      node.callee.type === AST_NODE_TYPES.MemberExpression &&
      node.callee.property.type === AST_NODE_TYPES.Identifier &&
      node.callee.property.name === 'create' &&
      node.arguments[0]
    ) {
      found.push(node.arguments[0]);
    }
    for (const key of sourceCode.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof item === 'object' && 'type' in item) visit(item as TSESTree.Node);
      }
    }
  };
  visit(sourceCode.ast);
  return found;
}

/** A resolved value as plain data: kinds, keys and literal values (not nodes). */
function describeValue(value: Resolved): unknown {
  switch (value.kind) {
    case 'object':
      return { complete: value.complete, properties: [...value.properties].map(([key, property]) => [key, describeValue(property.value)]) };
    case 'array':
      return value.elements.map(describeValue);
    case 'literal':
      return typeof value.value === 'bigint' ? `${value.value}n` : (value.value ?? String(value.value));
    case 'choice':
      return { options: value.options.map(describeValue) };
    default:
      return value.spread ? '...unknown' : 'unknown';
  }
}

/** For each order, resolve every request argument in that order (a fresh resolver each); results in source order. */
function resolveInOrders(code: string, orders: readonly (readonly number[])[]): unknown[][] {
  const all: unknown[][] = [];
  withSourceCode(code, (sourceCode) => {
    const nodes = sendArguments(sourceCode);
    for (const order of orders) {
      const resolver = new ValueResolver(sourceCode);
      const results = new Array<unknown>(nodes.length);
      for (const index of order) results[index] = describeValue(resolver.resolve(nodes[index] as TSESTree.Node));
      all.push(results);
    }
  });
  return all;
}

const resolveInOrder = (code: string, order: readonly number[]): unknown[] => resolveInOrders(code, [order])[0] ?? [];

function shuffle(random: () => number, length: number): number[] {
  const order = Array.from({ length }, (_, index) => index);
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

describe('results do not depend on the order requests are resolved in', () => {
  const chain = (length: number): string =>
    ["const m0 = { model: 'claude-bad' };", ...Array.from({ length }, (_, i) => `const m${i + 1} = m${i};`)].join('\n');

  const models = (length: number): string =>
    ["const m0 = 'claude-bad';", ...Array.from({ length }, (_, i) => `const m${i + 1} = m${i};`)].join('\n');

  it.each([10, 11, 12, 20])('a value first met at the end of a const chain of %i is still known on a direct use', (length) => {
    const code = `${models(length)}\nclient.messages.create({ model: m${length} });\nclient.messages.create({ model: m0 });`;
    const forward = resolveInOrder(code, [0, 1]);
    expect(forward[1]).toEqual({ complete: true, properties: [['model', 'claude-bad']] });
    expect(resolveInOrder(code, [1, 0])).toEqual(forward);
  });

  it('holds for random chains, nesting and call orders (seeded)', () => {
    const random = prng(8008);
    for (let round = 0; round < 40; round++) {
      const length = 1 + Math.floor(random() * 18);
      const lines = [random() < 0.5 ? chain(length) : models(length)];
      // Nested holders too: objects and arrays over links of the chain.
      for (let i = 0; i < 4; i++) {
        const link = Math.floor(random() * (length + 1));
        lines.push(`const h${i} = ${random() < 0.5 ? `{ inner: m${link}, n: ${i} }` : `[m${link}, [m${link}]]`};`);
      }
      const calls = Array.from({ length: 6 }, () => {
        const roll = random();
        const link = Math.floor(random() * (length + 1));
        if (roll < 0.4) return `client.messages.create(m${link});`;
        if (roll < 0.7) return `client.messages.create(h${Math.floor(random() * 4)});`;
        return `client.messages.create({ ...m${link}, max_tokens: 1 });`;
      });
      const code = [...lines, ...calls].join('\n');
      const [expected, ...others] = resolveInOrders(code, [[0, 1, 2, 3, 4, 5], ...Array.from({ length: 6 }, () => shuffle(random, 6))]);
      for (const other of others) expect(other, code).toEqual(expected);
    }
  });
});

describe('objects that escape where the resolver cannot follow may change', () => {
  const resolveLast = (code: string): unknown => {
    const all = resolveInOrder(code, [0]);
    return all[0];
  };
  const known = { complete: true, properties: [['model', 'claude-sonnet-4.6']] };

  it.each([
    ['a function given an object holding it', 'applyDefaults({ params });'],
    ['a function given an array holding it', 'applyDefaults([params]);'],
    ['a write through an array holding it', '[params][0].model = "x";'],
    ['a write through an object holding it', '({ params }).params.model = "x";'],
    ['a holder kept in a variable and written through', 'const holder = { inner: params }; holder.inner.model = "x";'],
    ['a method of its own', 'params.reset();'],
    ['returned to a caller', 'function get() { return params; }'],
    ['iterated by for-of (the loop variable aliases parts)', 'for (const part of [params]) part.model = "x";'],
    ['a default parameter value', 'function f(p = params) { p.model = "x"; }'],
    ['a callback given its parts', '[params].forEach((p) => { p.model = "x"; });'],
    ['a same-file function given its parts', 'function reset(p) { p.model = "x"; }\n[params].forEach(reset);'],
    ['a const arrow function given its parts', 'const reset = (p) => { p.model = "x"; };\n[params].map(reset);'],
    ['a callback the resolver cannot follow', '[params].forEach(reset);'],
    ['a part a built-in returns, written', '[params].find(Boolean).model = "x";'],
    ['a part a built-in returns, kept and written', 'const first = [params].at(0);\nfirst.model = "x";'],
    ['a callback handing a part back', '[params].map((p) => p)[0].model = "x";'],
    ['`Object.values` parts, written', 'Object.values({ params })[0].model = "x";'],
    ['an `Array.from` callback given its parts', 'Array.from([params], (p) => { p.model = "x"; });'],
  ])('%s', (_, use) => {
    expect(resolveLast(`const params = { model: 'claude-sonnet-4.6' };\n${use}\nclient.messages.create(params);`)).toBe('unknown');
  });

  it('sloppy-mode `with`', () => {
    const code = `var params = { model: 'claude-sonnet-4.6' };\nwith (params) { model = 'x'; }\nclient.messages.create(params);`;
    let result: unknown;
    const linter = new Linter({ configType: 'flat' });
    const rule = {
      meta: { type: 'problem' as const, schema: [] },
      create: (context: Readonly<TSESLint.RuleContext<string, []>>) => ({
        'Program:exit'() {
          const [node] = sendArguments(context.sourceCode);
          result = describeValue(new ValueResolver(context.sourceCode).resolve(node as TSESTree.Node));
        },
      }),
    };
    linter.verify(
      code,
      [
        { files: ['**/*.js'], languageOptions: { sourceType: 'script' } },
        { plugins: { test: { rules: { inspect: rule as never } } }, rules: { 'test/inspect': 'error' } },
      ],
      { filename: 'case.js' },
    );
    expect(result).toBe('unknown');
  });

  it.each([
    ['read by the request', 'client.messages.create(params);'],
    ['logged', 'console.log({ params });'],
    ['read through a property', 'const m = params.model;'],
    ['a built-in read-only method', 'params.model.startsWith("claude");'],
    ['compared', 'if (params === other) {}'],
    ['a type query', 'type P = typeof params;'],
    ['exported', 'export { params };'],
    ['read by a callback', '[params].forEach((p) => console.log(p.model));'],
    ['mapped to its parts that are read', 'const models = [params].map((p) => p.model);\nmodels.join();'],
    ['tested by a callback', '[params].some((p) => p.model === "x");'],
    ['a part a built-in returns, read', 'const first = [params].at(0);\nconsole.log(first.model);'],
    ['its keys counted', 'Object.keys(params).length;'],
  ])('%s stays known', (_, use) => {
    expect(resolveLast(`const params = { model: 'claude-sonnet-4.6' };\n${use}\nclient.messages.create(params);`)).toEqual(known);
  });
});
