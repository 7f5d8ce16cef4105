/**
 * The shape of one row of the model capability table.
 *
 * Every field that describes what the API accepts uses `null` for "not known":
 * rules stay silent on unknown capabilities and report only what a row proves.
 */

export const EFFORT_LEVELS = ['low', 'medium', 'high', 'xhigh', 'max'] as const;
export type EffortLevel = (typeof EFFORT_LEVELS)[number];

export const THINKING_TYPES = ['enabled', 'adaptive', 'disabled', 'between_tools'] as const;
export type ThinkingType = (typeof THINKING_TYPES)[number];

/**
 * Whether a request option is accepted:
 * - `true` / `false`: always accepted / always rejected with 400;
 * - `{ onlyAtEffort }`: accepted only when the effective `output_config.effort` is one of these;
 * - `null`: not known, no report.
 */
export type Acceptance = boolean | { readonly onlyAtEffort: readonly EffortLevel[] } | null;

/**
 * What the model does with `temperature`, `top_p` and `top_k` under API version 2023-06-01
 * (under 2026-10-21 every model rejects all three):
 * - `free`: all accepted (in their ranges);
 * - `exclusive`: accepted, but `temperature` and `top_p` together are rejected;
 * - `defaults-only`: only `temperature: 1`, `top_p >= 0.99` are tolerated; any `top_k` is rejected.
 */
export type SamplingPolicy = 'free' | 'exclusive' | 'defaults-only';

export type Lifecycle =
  /** Current model. */
  | { readonly status: 'active' }
  /** Still served; no retirement scheduled before `notBefore`. */
  | { readonly status: 'legacy'; readonly notBefore?: string }
  /**
   * Deprecated: still served until `retiresOn` (ISO date); `null` when no date is announced.
   * `replacement` is null when no source names one. `afterDate` says what a passed date means:
   * `'retired'` (the default: a retirement date our sources confirm) or `'overdue'` (an
   * end-of-life date that does not prove the model is gone: the Models API and the SDK say a
   * past date on a deprecated model means retirement is overdue, not that it has happened).
   */
  | {
      readonly status: 'deprecated';
      readonly retiresOn: string | null;
      readonly replacement: string | null;
      readonly afterDate?: 'retired' | 'overdue';
    }
  /** Retired: every request naming it gets 404 `not_found_error`. */
  | { readonly status: 'retired'; readonly retiredOn: string; readonly replacement: string | null };

export type ModelLine = 'opus' | 'sonnet' | 'haiku' | 'fable' | 'mythos' | 'legacy';

export interface ModelRow {
  /** Canonical first-party Claude API ID, e.g. `claude-opus-4-8`. */
  readonly id: string;
  /** Human name used in messages, e.g. `Claude Opus 4.8`. */
  readonly name: string;
  readonly line: ModelLine;
  /** Other first-party IDs naming the same model: dated snapshots (4.5 generation and older), `-latest`, old spellings. */
  readonly aliases: readonly string[];
  /** Amazon Bedrock IDs, without the cross-region prefix (`us.`, `eu.`, `global.`, ...). */
  readonly bedrock: readonly string[];
  /** Google Vertex AI IDs. */
  readonly vertex: readonly string[];
  /** Largest accepted `max_tokens`; `null` when not known. */
  readonly maxOutputTokens: number | null;
  readonly sampling: SamplingPolicy | null;
  readonly thinking: { readonly [T in ThinkingType]: Acceptance };
  /** Accepted `output_config.effort` levels; `[]` when the model rejects `effort`; `null` when not known. */
  readonly effort: readonly EffortLevel[] | null;
  /** Effort the model applies when `output_config.effort` is omitted. */
  readonly defaultEffort: EffortLevel | null;
  /** Whether a trailing assistant message (prefill) is accepted. */
  readonly prefill: boolean | null;
  /** Whether `tool_choice` `{type: 'any'}` / `{type: 'tool'}` is accepted (it never is with manual thinking). */
  readonly forcedToolChoice: boolean | null;
  /** Whether a `role: 'system'` message is accepted inside `messages` (mid-conversation, after a user turn). */
  readonly systemMessages: boolean | null;
  /**
   * Lifecycle on the Claude API and the platforms Anthropic operates (Claude Platform on AWS,
   * Microsoft Foundry, Claude on Google Cloud (Anthropic managed)): the deprecations page's dates.
   */
  readonly lifecycle: Lifecycle;
  /**
   * Lifecycle on Amazon Bedrock and on Google Vertex AI, which set their own retirement
   * schedules. Absent: no source gives one, so no deprecation or retirement is reported there.
   */
  readonly bedrockLifecycle?: Lifecycle;
  readonly vertexLifecycle?: Lifecycle;
  /** Where the lifecycle fields come from when not from this table (a models file, settings). */
  readonly lifecycleSource?: string;
  /** ISO release date, when known. */
  readonly released: string | null;
  /** Where the facts of this row come from (see ../shared/research), and how conflicts were settled. */
  readonly source: string;
  /** ISO date the row was last checked against its sources. */
  readonly checked: string;
}

/**
 * Every capability "not known": a row built on it checks nothing but its ID. Retired rows and
 * new rows from settings start from it.
 */
export const UNKNOWN_CAPABILITIES = {
  bedrock: [],
  vertex: [],
  maxOutputTokens: null,
  sampling: null,
  thinking: { adaptive: null, enabled: null, disabled: null, between_tools: null },
  effort: null,
  defaultEffort: null,
  prefill: null,
  forcedToolChoice: null,
  systemMessages: null,
  released: null,
} as const satisfies Partial<ModelRow>;

/** A row for a model the table does not know: every capability unknown, served, named by its ID. */
export function blankRow(id: string, source: string, checked: string): ModelRow {
  return { id, name: id, line: 'legacy', aliases: [], ...UNKNOWN_CAPABILITIES, lifecycle: { status: 'active' }, source, checked };
}

/** Which family of client a request goes through: decides which model ID forms are valid. */
export type Provider = 'anthropic' | 'bedrock' | 'vertex';
