/**
 * `npx eslint-plugin-claude-api <command>`: one entry point, one module per command.
 * A command module exports `run(argv, io)` and returns the exit code.
 */
import type { CommandIo } from './io.js';

interface Command {
  readonly summary: string;
  readonly load: () => Promise<{ run: (argv: readonly string[], io: CommandIo) => Promise<number> }>;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  check: { summary: 'lint files with the recommended config and summarise what the API would reject', load: () => import('./check.js') },
  models: {
    summary: 'list the model table in effect (models list) or sync it from GET /v1/models (models sync)',
    load: () => import('./models.js'),
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(8)} ${command.summary}`);
  return `Usage: eslint-plugin-claude-api <command> [options]\n\nCommands:\n${lines.join('\n')}\n`;
}

export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout(usage());
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`Unknown command '${name}'.\n\n${usage()}`);
    return 2;
  }
  const module = await command.load();
  return module.run(rest, io);
}
