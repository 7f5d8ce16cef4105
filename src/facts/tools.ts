/**
 * The tools Anthropic defines (server tools and client tools with a fixed schema), as data.
 *
 * A tool in `tools` is one of three kinds:
 * - a custom tool: no `type` (or `type: 'custom'`), with `name` and `input_schema`;
 * - an Anthropic-defined tool: a versioned `type` such as `web_search_20250305`, no
 *   `input_schema`, and for most types a fixed `name` the API checks;
 * - anything else (`type: 'function'` is OpenAI's shape) is rejected.
 *
 * Sources (in ../shared/research/, read 2026-11-22):
 * - API §5 = api-facts.md §5 "Tool definition rules": the fixed names are the `name` literals of
 *   the TS SDK's `ToolUnion` (v0.120.0, `src/resources/messages/messages.ts`) and
 *   `BetaToolUnion` (`src/resources/beta/messages/messages.ts`).
 * - API §3 row 30: the custom tool name pattern; row 31: names must be unique; row 32: a
 *   text-editor tool whose `name` does not match its `type` is rejected with 400 (anthropics/skills
 *   `model-migration.md`).
 * - API §5 `tool_choice` shapes: `auto`, `any`, `tool` (with `name`), `none` (TS `ToolChoice`).
 */

/** What the API requires of a custom tool's `name`: `tools.N.custom.name: String should match pattern ...`. */
export const TOOL_NAME_PATTERN = /^[a-zA-Z0-9_-]{1,128}$/u;
export const TOOL_NAME_PATTERN_TEXT = '^[a-zA-Z0-9_-]{1,128}$';

/** The `tool_choice.type` values the API takes (TS `ToolChoice`). */
export const TOOL_CHOICE_TYPES = ['auto', 'any', 'tool', 'none'] as const;
export type ToolChoiceType = (typeof TOOL_CHOICE_TYPES)[number];

/** `tool_choice` types that force the model to call a tool. */
export const FORCED_TOOL_CHOICE_TYPES: readonly ToolChoiceType[] = ['any', 'tool'];

export interface AnthropicToolFamily {
  /** Every `type` value of the family, GA and beta. */
  readonly types: readonly string[];
  /** The `name` the API requires for these types; null when the tool takes no `name`. */
  readonly name: string | null;
  /** True when only the beta client (`client.beta.messages`) takes these types. */
  readonly betaOnly: boolean;
  readonly source: string;
}

export const ANTHROPIC_TOOLS: readonly AnthropicToolFamily[] = [
  { types: ['bash_20250124'], name: 'bash', betaOnly: false, source: 'API §5 (TS ToolUnion)' },
  { types: ['bash_20241022'], name: 'bash', betaOnly: true, source: 'API §5, §2b (TS BetaToolUnion)' },
  {
    types: ['code_execution_20250522', 'code_execution_20250825', 'code_execution_20260120', 'code_execution_20260521'],
    name: 'code_execution',
    betaOnly: false,
    source: 'API §5 (TS ToolUnion)',
  },
  { types: ['memory_20250818'], name: 'memory', betaOnly: false, source: 'API §5 (TS ToolUnion)' },
  { types: ['text_editor_20250124'], name: 'str_replace_editor', betaOnly: false, source: 'API §5 (TS ToolUnion); §3 row 32' },
  { types: ['text_editor_20241022'], name: 'str_replace_editor', betaOnly: true, source: 'API §5, §2b (TS BetaToolUnion)' },
  {
    types: ['text_editor_20250429', 'text_editor_20250728'],
    name: 'str_replace_based_edit_tool',
    betaOnly: false,
    source: 'API §5 (TS ToolUnion); §3 row 32',
  },
  {
    types: ['web_search_20250305', 'web_search_20260209', 'web_search_20260318'],
    name: 'web_search',
    betaOnly: false,
    source: 'API §5 (TS ToolUnion)',
  },
  {
    types: ['web_fetch_20250910', 'web_fetch_20260209', 'web_fetch_20260309', 'web_fetch_20260318'],
    name: 'web_fetch',
    betaOnly: false,
    source: 'API §5 (TS ToolUnion)',
  },
  {
    types: ['tool_search_tool_bm25_20251119', 'tool_search_tool_bm25'],
    name: 'tool_search_tool_bm25',
    betaOnly: false,
    source: 'API §5 (TS ToolUnion)',
  },
  {
    types: ['tool_search_tool_regex_20251119', 'tool_search_tool_regex'],
    name: 'tool_search_tool_regex',
    betaOnly: false,
    source: 'API §5 (TS ToolUnion)',
  },
  {
    types: ['computer_toolset_20260801', 'browser_toolset_20260801'],
    name: null,
    betaOnly: false,
    source: 'API §5 (TS ToolUnion, GA in v0.119.0): a toolset, no name',
  },
  {
    types: ['computer_20241022', 'computer_20250124', 'computer_20251124'],
    name: 'computer',
    betaOnly: true,
    source: 'API §5, §2b (TS BetaToolUnion; also needs display_width_px, display_height_px)',
  },
  { types: ['advisor_20260301'], name: 'advisor', betaOnly: true, source: 'API §5, §2b (TS BetaToolUnion; also needs model)' },
  {
    types: ['mcp_toolset'],
    name: null,
    betaOnly: true,
    source: "API §5, §2b (TS BetaToolUnion): named by mcp_server_name, declares the MCP server's tools",
  },
];

const BY_TYPE: ReadonlyMap<string, AnthropicToolFamily> = new Map(
  ANTHROPIC_TOOLS.flatMap((family) => family.types.map((type) => [type, family] as const)),
);

/** The family of an Anthropic-defined tool type, or undefined for a type this table does not know. */
export function anthropicTool(type: string): AnthropicToolFamily | undefined {
  return BY_TYPE.get(type);
}
