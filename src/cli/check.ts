import type { CommandIo } from './io.js';

/** Not built yet. */
export function run(_argv: readonly string[], io: CommandIo): Promise<number> {
  io.stderr('eslint-plugin-claude-api check: not available in this version\n');
  return Promise.resolve(2);
}
