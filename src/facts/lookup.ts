/**
 * Pure queries over the model table: resolve an ID in any of its forms, lifecycle at a date.
 */
import { compareVersions, type SdkLifecycle } from './sdk-lifecycle.js';
import { SERVICE_NAMES } from './sdk-surface.js';
import { TABLE_SDK_VERSION } from './table.js';
import type { Acceptance, EffortLevel, Lifecycle, ModelRow, Provider } from './types.js';

/** Which spelling of a model an ID string is. */
export type IdForm = 'id' | 'alias' | 'bedrock' | 'vertex';

export interface ModelMatch {
  readonly row: ModelRow;
  readonly form: IdForm;
  /** True when the ID matched only after normalising (cross-region prefix, version suffix, `@default`). */
  readonly normalised: boolean;
}

/** Cross-region inference prefixes of Bedrock IDs (`us.anthropic.claude-...`). */
const BEDROCK_PREFIX = /^(?:[a-z]{2,6}(?:-[a-z]+)?\.)?anthropic\./u;
const BEDROCK_VERSION_SUFFIX = /-v\d+(?::\d+)?$/u;
const VERTEX_DATE = /^(claude-[a-z0-9.-]+)@(\d{8}|default|latest)$/u;

/** The platform a model ID string is spelled for, judged from its shape alone. */
export function idShape(id: string): Provider | 'other' {
  if (BEDROCK_PREFIX.test(id) && id.includes('claude')) return 'bedrock';
  if (id.startsWith('claude-') && id.includes('@')) return 'vertex';
  if (id.startsWith('claude-')) return 'anthropic';
  return 'other';
}

/** True for strings that are spelled like a Claude model ID on some platform. */
export function looksLikeClaudeModelId(id: string): boolean {
  return idShape(id) !== 'other';
}

/** Strip a Bedrock ID down to its first-party core: `us.anthropic.claude-x-v1:0` → `claude-x`. */
export function bedrockCore(id: string): string {
  return id.replace(BEDROCK_PREFIX, '').replace(BEDROCK_VERSION_SUFFIX, '');
}

/** Split a Vertex ID `claude-x@20250929` into its name and date part. */
export function splitVertexId(id: string): { name: string; date: string } | null {
  const match = VERTEX_DATE.exec(id);
  return match ? { name: match[1] ?? '', date: match[2] ?? '' } : null;
}

export class ModelIndex {
  readonly rows: readonly ModelRow[];
  private readonly exact = new Map<string, ModelMatch>();
  private readonly canonical = new Map<string, ModelRow>();

  constructor(rows: readonly ModelRow[]) {
    this.rows = rows;
    for (const row of rows) {
      this.canonical.set(row.id, row);
      this.add(row.id, row, 'id');
      for (const alias of row.aliases) this.add(alias, row, 'alias');
      for (const id of row.bedrock) this.add(id, row, 'bedrock');
      for (const id of row.vertex) this.add(id, row, 'vertex');
    }
  }

  private add(id: string, row: ModelRow, form: IdForm): void {
    // Vertex 4.6+ IDs equal the first-party ID: keep the first-party reading.
    if (!this.exact.has(id)) this.exact.set(id, { row, form, normalised: false });
  }

  /** The row with this canonical ID. */
  byId(id: string): ModelRow | undefined {
    return this.canonical.get(id);
  }

  /**
   * Find the model an ID names, in any form. Bedrock IDs match with any cross-region prefix
   * and version suffix; Vertex IDs match `@default`. Returns null for unknown IDs.
   */
  resolve(id: string): ModelMatch | null {
    const hit = this.exact.get(id);
    if (hit) return hit;
    const shape = idShape(id);
    if (shape === 'bedrock') {
      const unprefixed = id.replace(/^[a-z]{2,6}(?:-[a-z]+)?\.(?=anthropic\.)/u, '');
      const again = this.exact.get(unprefixed);
      if (again) return { ...again, normalised: true };
      const core = this.exact.get(bedrockCore(id));
      return core ? { row: core.row, form: 'bedrock', normalised: true } : null;
    }
    if (shape === 'vertex') {
      const parts = splitVertexId(id);
      if (!parts) return null;
      const byName = this.exact.get(parts.name);
      if (byName && (parts.date === 'default' || parts.date === 'latest')) {
        return { row: byName.row, form: 'vertex', normalised: true };
      }
      const dated = this.exact.get(`${parts.name}-${parts.date}`);
      return dated ? { row: dated.row, form: 'vertex', normalised: true } : null;
    }
    return null;
  }

  /** Every first-party ID (canonical and aliases) of models that are still served at `now`. */
  servedFirstPartyIds(now: Date): string[] {
    return this.rows.filter((row) => !isRetired(row, now)).flatMap((row) => [row.id, ...row.aliases]);
  }
}

/** The spelling of a model for a platform, when the table has one. */
export function idFor(row: ModelRow, provider: Provider): string | null {
  if (provider === 'anthropic') return row.id;
  if (provider === 'bedrock') return row.bedrock[0] ?? null;
  return row.vertex[0] ?? null;
}

/**
 * The model to move to, spelled for the platform the request goes to (a Bedrock client needs
 * `anthropic.…`, Vertex needs `name@date` up to the 4.5 generation). Null for Bedrock-shaped
 * IDs, whose cross-region prefix and endpoint form cannot be carried over.
 */
export function replacementSpelling(id: string, replacement: ModelRow | undefined, provider: Provider | null): string | null {
  const shape = idShape(id);
  if (!replacement || shape === 'bedrock' || shape === 'other') return null;
  return idFor(replacement, provider ?? shape);
}

/** Today's date as `YYYY-MM-DD` (UTC). */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Whether a passed `retiresOn` of this lifecycle means the model is gone. */
function retiredByDate(lifecycle: Lifecycle, now: Date): boolean {
  return (
    lifecycle.status === 'deprecated' &&
    lifecycle.afterDate !== 'overdue' &&
    lifecycle.retiresOn !== null &&
    lifecycle.retiresOn <= isoDay(now)
  );
}

/**
 * A model is retired on the Claude API once its lifecycle says so, or once its announced
 * retirement date has come (unless the date is only an end of life that may slip).
 */
export function isRetired(row: ModelRow, now: Date): boolean {
  return row.lifecycle.status === 'retired' || retiredByDate(row.lifecycle, now);
}

/** The date a retired model stopped serving (for a scheduled retirement that has passed, the schedule). */
export function retiredOn(row: ModelRow): string | null {
  const { lifecycle } = row;
  if (lifecycle.status === 'retired') return lifecycle.retiredOn;
  if (lifecycle.status === 'deprecated') return lifecycle.retiresOn;
  return null;
}

export function replacementOf(row: ModelRow): string | null {
  const { lifecycle } = row;
  return lifecycle.status === 'retired' || lifecycle.status === 'deprecated' ? lifecycle.replacement : null;
}

/** Whose lifecycle dates a platform follows. */
export type LifecyclePlatform = 'first-party' | 'bedrock' | 'vertex';

/**
 * Platforms by the name a request record gives them (`request.provider`, or a client kind).
 * Anthropic operates the Claude API, Claude Platform on AWS, Microsoft Foundry and Claude on
 * Google Cloud (Anthropic managed): the deprecations page's dates apply there. Bedrock and Vertex
 * set their own schedules (facts-2026-12-01.md).
 */
const LIFECYCLE_PLATFORMS: Readonly<Record<string, LifecyclePlatform>> = {
  anthropic: 'first-party',
  'first-party': 'first-party',
  foundry: 'first-party',
  aws: 'first-party',
  'google-cloud': 'first-party',
  bedrock: 'bedrock',
  'bedrock-mantle': 'bedrock',
  vertex: 'vertex',
};

/** The lifecycle a request follows: by its platform, or, for an unknown client, by the ID's spelling. */
export function lifecyclePlatform(platform: string | null, match: ModelMatch): LifecyclePlatform | null {
  if (platform === null) return match.form === 'bedrock' || match.form === 'vertex' ? match.form : 'first-party';
  return Object.hasOwn(LIFECYCLE_PLATFORMS, platform) ? (LIFECYCLE_PLATFORMS[platform] ?? null) : null;
}

export interface LifecycleFact {
  /** `unknown`: no source gives this platform's lifecycle; report nothing. */
  readonly status: 'active' | 'legacy' | 'deprecated' | 'retired' | 'unknown';
  /** Deprecated: the announced end of life; retired: the day it stopped serving. ISO dates. */
  readonly retiresOn?: string;
  /** Deprecated and `retiresOn` has passed, yet no source says the model is gone. */
  readonly overdue?: boolean;
  /** The model to move to, when a source names one. */
  readonly replacement?: string;
  /** Where the status and date come from, for messages: "the plugin's model table", ... */
  readonly source: string;
}

export const TABLE_SOURCE = "the plugin's model table";

function factOf(lifecycle: Lifecycle, source: string, now: Date): LifecycleFact {
  const replacement = lifecycle.status === 'deprecated' || lifecycle.status === 'retired' ? lifecycle.replacement : null;
  const withReplacement = replacement === null ? {} : { replacement };
  switch (lifecycle.status) {
    case 'retired':
      return { status: 'retired', retiresOn: lifecycle.retiredOn, ...withReplacement, source };
    case 'deprecated':
      if (lifecycle.retiresOn === null) return { status: 'deprecated', ...withReplacement, source };
      if (retiredByDate(lifecycle, now)) return { status: 'retired', retiresOn: lifecycle.retiresOn, ...withReplacement, source };
      return {
        status: 'deprecated',
        retiresOn: lifecycle.retiresOn,
        ...(lifecycle.retiresOn <= isoDay(now) ? { overdue: true } : {}),
        ...withReplacement,
        source,
      };
    default:
      return { status: lifecycle.status, source };
  }
}

/** The SDK's entry for any first-party spelling of the row. */
function sdkEntry(row: ModelRow, sdk: SdkLifecycle): { id: string; date: string | null } | null {
  for (const id of [row.id, ...row.aliases]) {
    const entry = sdk.deprecated.get(id);
    if (entry) return { id, date: entry.date };
  }
  return null;
}

/**
 * The lifecycle of a matched model on a platform at `now`, and where it comes from.
 *
 * - Bedrock and Vertex: the row's own `bedrockLifecycle` / `vertexLifecycle`, else `unknown`.
 * - Anthropic-operated platforms: the row's `lifecycle` (the table, or a models file or
 *   settings that replaced it), combined with the installed SDK's deprecated-models data:
 *   a model the SDK calls deprecated is deprecated with the SDK's date when the table calls it
 *   active or legacy (the table lags), or when the installed SDK is newer than the one the
 *   table was checked against and gives another date. A retirement, and a lifecycle set by a
 *   models file or settings, always win. An SDK date never proves a 404: once it passes, the
 *   model is overdue, not retired.
 */
export function lifecycleOf(match: ModelMatch, platform: string | null, now: Date, sdk?: SdkLifecycle | null): LifecycleFact {
  const { row } = match;
  const where = lifecyclePlatform(platform, match);
  if (where === null) return { status: 'unknown', source: `no lifecycle source for platform '${platform ?? ''}'` };
  if (where !== 'first-party') {
    const own = where === 'bedrock' ? row.bedrockLifecycle : row.vertexLifecycle;
    const source = `${SERVICE_NAMES[where]} dates in ${row.lifecycleSource ?? TABLE_SOURCE}`;
    return own ? factOf(own, source, now) : { status: 'unknown', source: `no source gives ${SERVICE_NAMES[where]}'s schedule` };
  }
  const table = factOf(row.lifecycle, row.lifecycleSource ?? TABLE_SOURCE, now);
  const entry = sdk ? sdkEntry(row, sdk) : null;
  if (!sdk || !entry || table.status === 'retired' || row.lifecycleSource !== undefined) return table;
  const tableLags = table.status === 'active' || table.status === 'legacy';
  const sdkIsNewer = compareVersions(sdk.version, TABLE_SDK_VERSION) > 0 && entry.date !== (table.retiresOn ?? null);
  if (!tableLags && !sdkIsNewer) return table;
  const lifecycle: Lifecycle = {
    status: 'deprecated',
    retiresOn: entry.date,
    replacement: table.replacement ?? null,
    afterDate: 'overdue',
  };
  return factOf(lifecycle, `the installed @anthropic-ai/sdk ${sdk.version}`, now);
}

/** A replacement for messages: `'claude-sonnet-4-6'`, or a phrase when no source names one. */
export function replacementPhrase(replacement: string | undefined | null): string {
  return replacement ? `'${replacement}'` : 'a newer model';
}

/**
 * Whether an option with this acceptance is accepted at the given effort.
 * Returns null when it cannot be decided (unknown capability or unknown effort).
 */
export function accepts(acceptance: Acceptance, effort: EffortLevel | null): boolean | null {
  if (acceptance === null || typeof acceptance === 'boolean') return acceptance;
  if (effort === null) return null;
  return acceptance.onlyAtEffort.includes(effort);
}
