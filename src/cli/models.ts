/**
 * `models list [--json] [--file FILE]`: the model table the plugin uses for this project (built-in
 * rows, the `modelsFile`, `settings['claude-api'].models`, the installed SDK's lifecycle data) and
 * where each fact comes from.
 *
 * `models sync [--out FILE]`: fetch `GET /v1/models` (every page) with `ANTHROPIC_API_KEY` from
 * `ANTHROPIC_BASE_URL` (default https://api.anthropic.com) and write a models file for
 * `settings['claude-api'].modelsFile`. The file is written to a temporary file and renamed: a
 * failed run leaves the old file as it was. The key is never printed.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ModelIndex, lifecycleOf, type LifecycleFact } from '../facts/lookup.js';
import { DEFAULT_MODELS_FILE, MODELS_FILE_FORMAT, loadModelsFile, mergeModelsFile, type ModelsFile } from '../facts/models-file.js';
import { nearestSdkLifecycle, type SdkLifecycle } from '../facts/sdk-lifecycle.js';
import { SERVICE_NAMES } from '../facts/sdk-surface.js';
import { MODEL_TABLE } from '../facts/table.js';
import { THINKING_TYPES, type Acceptance, type ModelRow } from '../facts/types.js';
import { parseSettings, SETTINGS_KEY } from '../settings/settings.js';
import type { CommandIo } from './io.js';

const USAGE = `Usage:
  eslint-plugin-claude-api models list [--json] [--file FILE]
      The model table the plugin uses here: built-in rows, settings['claude-api'].models and
      .modelsFile (read from the ESLint config that applies to FILE, default src/index.ts), and
      the installed @anthropic-ai/sdk's lifecycle data.
  eslint-plugin-claude-api models sync [--out FILE]
      Fetch GET /v1/models with ANTHROPIC_API_KEY (from ANTHROPIC_BASE_URL when set) and write
      FILE (default ${DEFAULT_MODELS_FILE}) for settings['claude-api'].modelsFile.
`;

export async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'list') {
    const options = parseOptions(rest, { '--json': false, '--file': true }, io);
    return options ? list(options, io) : 2;
  }
  if (sub === 'sync') {
    const options = parseOptions(rest, { '--out': true }, io);
    return options ? sync(options['--out'] ?? DEFAULT_MODELS_FILE, io) : 2;
  }
  if (sub === '--help' || sub === '-h') {
    io.stdout(USAGE);
    return 0;
  }
  io.stderr(`${sub === undefined ? 'Missing' : `Unknown`} subcommand${sub === undefined ? '' : ` '${sub}'`}.\n\n${USAGE}`);
  return 2;
}

/** `--flag` and `--name value` / `--name=value`; flags map to `''`. Null (after a usage error) on anything else. */
function parseOptions(argv: readonly string[], known: Readonly<Record<string, boolean>>, io: CommandIo): Record<string, string> | null {
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const [name = '', inline] = (argv[i] ?? '').split(/=(.*)/su);
    if (!Object.hasOwn(known, name)) {
      io.stderr(`Unknown option '${argv[i] ?? ''}'.\n\n${USAGE}`);
      return null;
    }
    if (!known[name]) {
      options[name] = '';
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') {
      io.stderr(`Option '${name}' needs a value.\n\n${USAGE}`);
      return null;
    }
    options[name] = value;
  }
  return options;
}

// ---------------------------------------------------------------------------------------- sync

const PAGE_LIMIT = 1000;
const MAX_PAGES = 100;

class SyncError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function sync(out: string, io: CommandIo): Promise<number> {
  const key = io.env.ANTHROPIC_API_KEY;
  const redact = (text: string): string => (key ? text.split(key).join('[redacted]') : text);
  if (!key) {
    io.stderr('models sync: ANTHROPIC_API_KEY is not set. Set it to an API key of the workspace whose models you use.\n');
    return 1;
  }
  const baseUrl = (io.env.ANTHROPIC_BASE_URL ?? 'https://api.anthropic.com').replace(/\/+$/u, '');
  const target = path.resolve(io.cwd, out);
  try {
    const { models, pages } = await fetchAllModels(baseUrl, key);
    const file: ModelsFile = { format: MODELS_FILE_FORMAT, fetchedAt: new Date().toISOString(), baseUrl, models };
    writeAtomically(target, `${JSON.stringify(file, null, 2)}\n`);
    const known = new ModelIndex(MODEL_TABLE);
    const added = models.map((model) => model.id as string).filter((id) => known.resolve(id) === null);
    const deprecated = models.filter((model) => model.lifecycle === 'deprecated').map((model) => model.id as string);
    io.stdout(
      `Wrote ${models.length} models from ${baseUrl} (${pages} page${pages === 1 ? '' : 's'}) to ${out}.\n` +
        (added.length > 0 ? `  Not in the plugin's table: ${added.join(', ')}\n` : '') +
        (deprecated.length > 0 ? `  Deprecated: ${deprecated.join(', ')}\n` : '') +
        `Load it with settings['${SETTINGS_KEY}'].modelsFile: '${out}' (a relative path is resolved against ESLint's working directory).\n`,
    );
    return 0;
  } catch (error) {
    const message = error instanceof SyncError ? error.message : `unexpected error: ${String(error)}`;
    io.stderr(redact(`models sync: ${message}\n${out} was not changed.\n`));
    return 1;
  }
}

async function fetchAllModels(baseUrl: string, key: string): Promise<{ models: Record<string, unknown>[]; pages: number }> {
  const models: Record<string, unknown>[] = [];
  let afterId: string | null = null;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const url = new URL(`${baseUrl}/v1/models`);
    url.searchParams.set('limit', String(PAGE_LIMIT));
    if (afterId !== null) url.searchParams.set('after_id', afterId);
    const body = await getJson(url, key);
    if (!isRecord(body) || !Array.isArray(body.data) || typeof body.has_more !== 'boolean') {
      throw new SyncError(
        `malformed answer from GET ${url.pathname}: expected { data: [...], has_more: boolean, ... } (is ANTHROPIC_BASE_URL the Claude API?)`,
      );
    }
    body.data.forEach((model: unknown, index) => {
      if (!isRecord(model) || typeof model.id !== 'string' || model.id === '') {
        throw new SyncError(`malformed answer from GET ${url.pathname}: data[${index}] has no "id" string`);
      }
      models.push(model);
    });
    if (!body.has_more) return { models, pages: page };
    if (typeof body.last_id !== 'string' || body.last_id === '' || body.last_id === afterId) {
      throw new SyncError(`malformed answer from GET ${url.pathname}: has_more is true but last_id gives no next page`);
    }
    afterId = body.last_id;
  }
  throw new SyncError(`GET /v1/models had more than ${MAX_PAGES} pages; stopped`);
}

async function getJson(url: URL, key: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01', accept: 'application/json' } });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new SyncError(
      `could not reach ${url.origin} (${cause?.code ?? cause?.message ?? String(error)}): check your network and ANTHROPIC_BASE_URL`,
    );
  }
  const text = await response.text().catch(() => '');
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // Reported below, with the status.
  }
  if (response.status === 401) {
    throw new SyncError('the API rejected the key (401 authentication_error): check ANTHROPIC_API_KEY');
  }
  if (!response.ok) {
    const error = isRecord(body) && isRecord(body.error) ? body.error : null;
    const detail =
      error && typeof error.type === 'string' ? ` ${error.type}${typeof error.message === 'string' ? `: ${error.message}` : ''}` : '';
    throw new SyncError(`GET ${url.pathname} answered ${response.status}${detail}`);
  }
  if (body === null) throw new SyncError(`malformed answer from GET ${url.pathname}: not JSON`);
  return body;
}

/** Write through a temporary file in the same directory and rename it: never half-written. */
function writeAtomically(target: string, text: string): void {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new SyncError(`could not write ${target} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

// ---------------------------------------------------------------------------------------- list

/** Facts `list` shows, with their column names. */
const FACTS = {
  maxOutputTokens: 'max output',
  thinking: 'thinking',
  sampling: 'sampling',
  effort: 'effort',
  lifecycle: 'lifecycle',
} as const;
type Fact = keyof typeof FACTS;

interface ListedModel {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly bedrock: readonly string[];
  readonly vertex: readonly string[];
  readonly lifecycle: { readonly claudeApi: LifecycleFact; readonly bedrock: LifecycleFact; readonly vertex: LifecycleFact };
  readonly maxOutputTokens: number | null;
  readonly thinking: ModelRow['thinking'];
  readonly sampling: ModelRow['sampling'];
  readonly effort: ModelRow['effort'];
  /** Where each shown fact comes from: the table, the models file, settings or the installed SDK; null when not known. */
  readonly from: Readonly<Record<Fact, string | null>>;
  readonly source: string;
}

async function readSettingsFor(file: string, cwd: string): Promise<{ raw: unknown; note: string }> {
  try {
    const { ESLint } = await import('eslint');
    const config = (await new ESLint({ cwd }).calculateConfigForFile(path.resolve(cwd, file))) as
      { settings?: Record<string, unknown> } | undefined;
    if (config === undefined) return { raw: undefined, note: `no ESLint config applies to ${file} (pass --file): built-in table only` };
    return { raw: config.settings?.[SETTINGS_KEY], note: `settings from the ESLint config for ${file}` };
  } catch (error) {
    return {
      raw: undefined,
      note: `no ESLint config read for ${file} (${(error as Error).message.split('\n')[0] ?? ''}): built-in table only`,
    };
  }
}

async function list(options: Record<string, string>, io: CommandIo): Promise<number> {
  const file = options['--file'] ?? 'src/index.ts';
  const { raw, note } = await readSettingsFor(file, io.cwd);
  let settings;
  try {
    settings = parseSettings(raw, io.cwd);
  } catch (error) {
    io.stderr(`models list: ${(error as Error).message}\n`);
    return 1;
  }
  const sdk = nearestSdkLifecycle(path.dirname(path.resolve(io.cwd, file)));
  const fileStage =
    settings.modelsFile === null
      ? null
      : new ModelIndex(mergeModelsFile(MODEL_TABLE, loadModelsFile(settings.modelsFile), path.basename(settings.modelsFile)));
  const builtIn = new ModelIndex(MODEL_TABLE);
  const now = new Date();
  const models = settings.models.rows.map((row) =>
    describeRow(row, builtIn.byId(row.id), fileStage?.byId(row.id), settings.models, now, sdk, settings.modelsFile),
  );
  const header = {
    checkedOn: now.toISOString().slice(0, 10),
    settings: note,
    modelsFile: settings.modelsFile,
    sdk: sdk === null ? null : { version: sdk.version, packageDir: sdk.packageDir, file: sdk.file },
  };
  if (options['--json'] !== undefined) {
    io.stdout(`${JSON.stringify({ ...header, models }, null, 2)}\n`);
    return 0;
  }
  io.stdout(formatTable(models, header));
  return 0;
}

function describeRow(
  row: ModelRow,
  builtIn: ModelRow | undefined,
  fromFile: ModelRow | undefined,
  index: ModelIndex,
  now: Date,
  sdk: SdkLifecycle | null,
  modelsFile: string | null,
): ListedModel {
  const match = index.resolve(row.id) ?? { row, form: 'id' as const, normalised: false };
  const claudeApi = lifecycleOf(match, 'anthropic', now, sdk);
  const same = (a: ModelRow | undefined, fact: Fact): boolean =>
    a !== undefined &&
    JSON.stringify(a[fact]) === JSON.stringify(row[fact]) &&
    (fact !== 'lifecycle' ||
      (JSON.stringify(a.bedrockLifecycle) === JSON.stringify(row.bedrockLifecycle) &&
        JSON.stringify(a.vertexLifecycle) === JSON.stringify(row.vertexLifecycle)));
  const fileName = modelsFile === null ? 'models file' : path.basename(modelsFile);
  const origin = (fact: Fact): string | null => {
    const value = row[fact];
    if (value === null || (fact === 'thinking' && THINKING_TYPES.every((type) => row.thinking[type] === null))) return null;
    if (fact === 'lifecycle' && claudeApi.source.startsWith('the installed')) return `@anthropic-ai/sdk ${sdk?.version ?? ''}`;
    if (same(fromFile ?? builtIn, fact)) return same(builtIn, fact) ? 'table' : fileName;
    return "settings['claude-api'].models";
  };
  return {
    id: row.id,
    name: row.name,
    aliases: row.aliases,
    bedrock: row.bedrock,
    vertex: row.vertex,
    lifecycle: {
      claudeApi,
      bedrock:
        row.bedrock.length > 0
          ? lifecycleOf({ ...match, form: 'bedrock' }, 'bedrock', now)
          : { status: 'unknown', source: 'not on Amazon Bedrock in the table' },
      vertex:
        row.vertex.length > 0
          ? lifecycleOf({ ...match, form: 'vertex' }, 'vertex', now)
          : { status: 'unknown', source: 'not on Google Vertex AI in the table' },
    },
    maxOutputTokens: row.maxOutputTokens,
    thinking: row.thinking,
    sampling: row.sampling,
    effort: row.effort,
    from: Object.fromEntries(Object.keys(FACTS).map((fact) => [fact, origin(fact as Fact)])) as Record<Fact, string | null>,
    source: row.source,
  };
}

function describeLifecycle(fact: LifecycleFact): string {
  switch (fact.status) {
    case 'deprecated':
      return fact.retiresOn === undefined
        ? 'deprecated, no date'
        : `deprecated, ${fact.overdue === true ? 'overdue since' : 'ends'} ${fact.retiresOn}`;
    case 'retired':
      return `retired ${fact.retiresOn ?? ''}`.trim();
    default:
      return fact.status;
  }
}

function describeAcceptance(acceptance: Acceptance): string | null {
  if (acceptance === true) return '';
  if (acceptance === null || acceptance === false) return null;
  return `(${acceptance.onlyAtEffort.join('/')})`;
}

function describeThinking(thinking: ModelRow['thinking']): string {
  const modes = THINKING_TYPES.flatMap((type) => {
    const condition = describeAcceptance(thinking[type]);
    return condition === null ? [] : [`${type}${condition}`];
  });
  if (THINKING_TYPES.every((type) => thinking[type] === null)) return '?';
  return modes.join(', ') || 'none';
}

function formatTable(
  models: readonly ListedModel[],
  header: { checkedOn: string; settings: string; modelsFile: string | null; sdk: { version: string; file: string | null } | null },
): string {
  const columns = ['ID', 'NAME', 'CLAUDE API', 'MAX OUT', 'THINKING', 'SAMPLING', 'FROM'];
  const rows = models.map((model) => {
    const elsewhere = (Object.keys(FACTS) as Fact[]).filter((fact) => model.from[fact] !== 'table' && model.from[fact] !== null);
    return [
      model.id,
      model.name,
      describeLifecycle(model.lifecycle.claudeApi),
      model.maxOutputTokens === null ? '?' : String(model.maxOutputTokens),
      describeThinking(model.thinking),
      model.sampling ?? '?',
      elsewhere.length === 0 ? 'table' : elsewhere.map((fact) => `${FACTS[fact]}: ${model.from[fact]}`).join('; '),
    ];
  });
  const widths = columns.map((column, i) => Math.max(column.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    `${cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()}\n`;
  const platforms = models.flatMap((model) =>
    (['bedrock', 'vertex'] as const)
      .filter((platform) => model.lifecycle[platform].status !== 'unknown')
      .map(
        (platform) =>
          `  ${model.id} on ${SERVICE_NAMES[platform]}: ${describeLifecycle(model.lifecycle[platform])} (${model.lifecycle[platform].source})\n`,
      ),
  );
  return (
    `Model table in effect on ${header.checkedOn} (${header.settings}).\n` +
    `Installed @anthropic-ai/sdk: ${header.sdk === null ? 'none found, or its lifecycle data is unreadable' : `${header.sdk.version} (lifecycle data from ${header.sdk.file ?? 'nowhere readable; only its Model union'})`}.\n` +
    `Models file: ${header.modelsFile ?? 'none (settings.claude-api.modelsFile is not set)'}.\n\n` +
    line(columns) +
    rows.map(line).join('') +
    `\nBedrock and Vertex set their own schedules; a lifecycle is shown only where a source gives one:\n` +
    (platforms.length > 0 ? platforms.join('') : '  none\n') +
    `"?" is a fact not known (not checked). Each row's sources: models list --json.\n`
  );
}
