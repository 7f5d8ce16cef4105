/**
 * The shapes that once made the analysis quadratic (scripts/shapes.js) stay linear: at n and 2n,
 * the work done in the plugin's own code (every function call and block V8 counts, under precise
 * coverage: counts, not time) must not grow much more than twice. `npm run bench` times the same
 * shapes at bigger sizes.
 */
import { Session } from 'node:inspector/promises';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
// @ts-expect-error -- a plain JavaScript module shared with the bench script
import { SHAPES } from '../../scripts/shapes.js';

interface Shape {
  readonly base: number;
  readonly make: (n: number) => { code: string; settings?: Record<string, unknown> };
}

const session = new Session();
const SOURCE = /\/src\/(?!.*node_modules)/u;

beforeAll(async () => {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
});

afterAll(async () => {
  await session.post('Profiler.stopPreciseCoverage');
  session.disconnect();
});

/** Blocks executed in src/ since the last call. */
async function work(): Promise<number> {
  const { result } = await session.post('Profiler.takePreciseCoverage');
  let count = 0;
  for (const script of result) {
    if (!SOURCE.test(script.url)) continue;
    for (const fn of script.functions) for (const range of fn.ranges) count += range.count;
  }
  return count;
}

function lint(shape: Shape, n: number): number {
  const { code, settings } = shape.make(n);
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser, sourceType: 'module' },
        settings: settings ?? { 'claude-api': { apiVersion: '2023-06-01' } },
      },
      plugin.configs.all,
    ],
    { filename: 'shape.ts' },
  );
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages.length;
}

/** Sizes kept small: counts do not need big inputs to show a square. */
const SIZES: Readonly<Record<string, number>> = {
  'messages array': 400,
  'properties and unknown spreads': 800,
  'one const spread into n calls': 100,
  'shared messages const': 100,
  'calls on a client built after a fetch stub': 100,
  'reads of a private field set in the constructor': 100,
  'classes with a private field of one name': 600,
  'writes and reads of one private field': 100,
  'settings.models rows': 300,
  'long names': 400,
};

describe('work grows linearly with the size of each shape', () => {
  it.each(Object.keys(SIZES))(
    '%s',
    async (name) => {
      const shape = (SHAPES as Record<string, Shape>)[name] as Shape;
      const n = SIZES[name] as number;
      lint(shape, n); // warm up: first-time work (module setup, caches) is not the shape's
      await work();
      lint(shape, n);
      const once = await work();
      lint(shape, 2 * n);
      const twice = await work();
      expect(once).toBeGreaterThan(0);
      // Linear doubles the count, quadratic quadruples it.
      expect(twice / once, `${once} → ${twice}`).toBeLessThan(2.6);
    },
    60_000,
  );
});
