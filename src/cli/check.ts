/**
 * `npx eslint-plugin-claude-api check [paths...]`: lint with the recommended config through
 * ESLint's Node API, ignoring any ESLint setup of the user's, and summarise per rule. For people
 * who want to know how many of their requests would fail before they adopt the plugin.
 *
 * Files: what `git ls-files` lists (tracked and untracked, minus .gitignore) under the paths in a
 * git work tree; elsewhere the files under the paths with the root `.gitignore` applied. Listed
 * here, rather than by ESLint, to lint in batches and show progress on large trees. Exit 1 when
 * anything the API rejects (an `error` of `recommended`) is found, 0 otherwise, 2 on bad usage.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { detectApiVersion } from '../settings/api-version.js';
import type { CommandIo } from './io.js';

const EXTENSIONS = ['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx'];
const BATCH = 250;
/** Above this many files, progress goes to stderr after each batch. */
const PROGRESS_FROM = 500;

const USAGE = `Usage: eslint-plugin-claude-api check [paths...]

Lints the given files and directories (default: .) with the plugin's recommended config,
without any ESLint configuration of yours, and counts what the Claude API would reject.
Respects .gitignore. Exits 1 when a request the API rejects is found.

Options:
  --format <name>   an ESLint formatter for the findings (default: stylish)
  -h, --help        show this help
`;

interface Options {
  readonly paths: string[];
  readonly format: string;
}

function parseArgs(argv: readonly string[]): Options | string {
  const paths: string[] = [];
  let format = 'stylish';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--format' || arg === '-f') {
      const value = argv[++i];
      if (value === undefined) return `${arg} needs a formatter name`;
      format = value;
    } else if (arg.startsWith('--format=')) {
      format = arg.slice('--format='.length);
    } else if (arg.startsWith('-')) {
      return `unknown option '${arg}'`;
    } else {
      paths.push(arg);
    }
  }
  return { paths: paths.length > 0 ? paths : ['.'], format };
}

export async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    io.stderr(`eslint-plugin-claude-api check: ${options}\n\n${USAGE}`);
    return 2;
  }
  const missing = options.paths.filter((p) => !existsSync(path.resolve(io.cwd, p)));
  if (missing.length > 0) {
    io.stderr(`eslint-plugin-claude-api check: no such file or directory: ${missing.join(', ')}\n`);
    return 2;
  }

  // Loaded here so that `--help` and usage errors cost nothing.
  const [{ ESLint }, { default: tsParser }, { default: plugin }] = await Promise.all([
    import('eslint'),
    import('@typescript-eslint/parser'),
    import('../index.js'),
  ]);
  const eslint = new ESLint({
    cwd: io.cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { files: EXTENSIONS.map((extension) => `**/*${extension}`), languageOptions: { parser: tsParser } },
      ...(gitFiles(io.cwd, []) === null ? [{ ignores: gitignorePatterns(io.cwd) }] : []),
      plugin.configs.recommended,
    ],
    errorOnUnmatchedPattern: false,
    warnIgnored: false,
  });

  const targets = gitFiles(io.cwd, options.paths) ?? walk(io.cwd, options.paths);
  const results: Awaited<ReturnType<typeof eslint.lintFiles>> = [];
  const showProgress = targets.length > PROGRESS_FROM;
  for (let start = 0; start < targets.length; start += BATCH) {
    results.push(...(await eslint.lintFiles(targets.slice(start, start + BATCH))));
    if (showProgress) io.stderr(`Checked ${Math.min(start + BATCH, targets.length)} of ${targets.length} files…\n`);
  }

  let formatter;
  try {
    formatter = await eslint.loadFormatter(options.format);
  } catch (error) {
    io.stderr(`eslint-plugin-claude-api check: ${(error as Error).message}\n`);
    return 2;
  }
  io.stdout(await formatter.format(results));
  if (options.format === 'stylish') io.stdout(summary(results));
  const rejected = results.some((result) => result.errorCount > 0);
  return rejected ? 1 : 0;
}

interface Counts {
  errors: number;
  warnings: number;
}

/** Findings per rule, and the files they are in. */
function summary(results: readonly { filePath: string; messages: readonly { ruleId: string | null; severity: number }[] }[]): string {
  const byRule = new Map<string, Counts>();
  let files = 0;
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.messages.length > 0) files++;
    for (const message of result.messages) {
      const rule = message.ruleId ?? '(parse errors)';
      const counts = byRule.get(rule) ?? { errors: 0, warnings: 0 };
      if (message.severity === 2) {
        counts.errors++;
        errors++;
      } else {
        counts.warnings++;
        warnings++;
      }
      byRule.set(rule, counts);
    }
  }
  const versions = apiVersions(results);
  if (byRule.size === 0) return `${versions}Checked ${plural(results.length, 'file')}: nothing the Claude API would reject.\n`;
  const width = Math.max(...[...byRule.keys()].map((rule) => rule.length));
  const lines = [...byRule]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, counts]) => `  ${rule.padEnd(width)}  ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}`);
  return [
    `${versions}\nFindings by rule:`,
    ...lines,
    '',
    `Checked ${plural(results.length, 'file')}: ${plural(errors, 'error')} (requests the Claude API would reject), ${plural(warnings, 'warning')}, in ${plural(files, 'file')}.`,
    '',
  ].join('\n');
}

/** The API versions the files were checked under, and why (set per directory from the nearest SDK). */
function apiVersions(results: readonly { filePath: string }[]): string {
  const byReason = new Map<string, number>();
  for (const { filePath } of results) {
    const { version, reason } = detectApiVersion(path.dirname(filePath));
    const key = `${version} (${reason})`;
    byReason.set(key, (byReason.get(key) ?? 0) + 1);
  }
  return [...byReason].map(([key, count]) => `API version ${key}: ${plural(count, 'file')}\n`).join('');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The lintable files under `paths` that git does not ignore, or null outside a git work tree. */
function gitFiles(cwd: string, paths: readonly string[]): string[] | null {
  let output: string;
  try {
    output = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...paths], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return null;
  }
  const listed = output.split('\0').filter((file) => EXTENSIONS.includes(path.extname(file)) && existsSync(path.join(cwd, file)));
  // A file named on the command line is checked even when git ignores it, as ESLint would.
  const named = paths.filter((p) => EXTENSIONS.includes(path.extname(p)) && statSync(path.resolve(cwd, p)).isFile());
  return [...new Set([...listed, ...named])];
}

/** The lintable files under `paths` outside git, not descending into node_modules or .git (ESLint applies the ignores). */
function walk(cwd: string, paths: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (relative: string): void => {
    for (const entry of readdirSync(path.resolve(cwd, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== '.git') visit(child);
      } else if (EXTENSIONS.includes(path.extname(entry.name))) {
        files.push(child);
      }
    }
  };
  for (const p of paths) {
    if (statSync(path.resolve(cwd, p)).isDirectory()) visit(p);
    else files.push(p);
  }
  return files;
}

/** The root `.gitignore` as flat-config ignore patterns (negations and comments are skipped). */
function gitignorePatterns(cwd: string): string[] {
  let text: string;
  try {
    text = readFileSync(path.join(cwd, '.gitignore'), 'utf8');
  } catch {
    return [];
  }
  const patterns: string[] = [];
  for (const raw of text.split(/\r?\n/u)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    const anchored = line.startsWith('/') || line.slice(0, -1).includes('/');
    const body = line.replace(/^\//u, '');
    patterns.push(anchored ? body : `**/${body}`);
  }
  return patterns;
}
