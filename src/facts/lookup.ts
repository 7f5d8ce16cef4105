/**
 * Pure queries over the model table: resolve an ID in any of its forms, lifecycle at a date.
 */
import type { Acceptance, EffortLevel, ModelRow, Provider } from './types.js';

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

/** A model is retired once its lifecycle says so, or once its announced retirement date has come. */
export function isRetired(row: ModelRow, now: Date): boolean {
  const { lifecycle } = row;
  if (lifecycle.status === 'retired') return true;
  return lifecycle.status === 'deprecated' && lifecycle.retiresOn !== null && lifecycle.retiresOn <= isoDay(now);
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

/**
 * Whether an option with this acceptance is accepted at the given effort.
 * Returns null when it cannot be decided (unknown capability or unknown effort).
 */
export function accepts(acceptance: Acceptance, effort: EffortLevel | null): boolean | null {
  if (acceptance === null || typeof acceptance === 'boolean') return acceptance;
  if (effort === null) return null;
  return acceptance.onlyAtEffort.includes(effort);
}
