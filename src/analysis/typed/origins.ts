/**
 * Messages that name where a value known from types comes from (type-aware mode).
 *
 * A value the checker proves (an imported `const`, an `as const` map member, an AI SDK model
 * built in another module) is not written where the report lands, so a message that quotes it
 * also says where it is declared: "'claude-3-opus-20240229' (from `FAST_MODEL`, src/models.ts:3)
 * was retired …". One mechanism for every request rule: each message template gets a sibling,
 * `<messageId>WithOrigin`, with a slot after each quoted value placeholder; a report whose quoted
 * values all come from the user's code keeps its own message byte for byte.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { ClaudeRequest } from '../request.js';
import type { TypedLiteral } from './resolver.js';

/** Data keys whose value may be known from a type: the values rules quote (not keys or names the code writes). */
const VALUE_KEYS: ReadonlySet<string> = new Set(['id', 'model', 'value', 'type', 'effort', 'choice', 'role']);

export const ORIGIN_SUFFIX = 'WithOrigin';

const QUOTES = new Set(["'", '"', '`']);

interface Slot {
  readonly key: string;
  /** The placeholder is followed by ` (…)`: the origin goes inside those parentheses. */
  readonly fold: boolean;
}

const slotName = (key: string): string => `from:${key}`;

/**
 * Where the origin of `{{key}}` goes in `template`: after the quotes around the value (`'{{id}}'`,
 * `` `max_tokens: {{value}}` ``), else right after the placeholder. Null when the template does
 * not quote `key`. Only its first occurrence is annotated.
 */
function slotAt(template: string, key: string): { at: number; fold: boolean } | null {
  const placeholder = `{{${key}}}`;
  const start = template.indexOf(placeholder);
  if (start < 0) return null;
  let at = start + placeholder.length;
  const before = template[start - 1] ?? '';
  const backticksBefore = template.slice(0, start).split('`').length - 1;
  if (backticksBefore % 2 === 1) {
    // Inside code (`` `max_tokens: {{value}}` ``, `` `type: '{{type}}'` ``): after the code.
    const close = template.indexOf('`', at);
    if (close < 0) return null;
    at = close + 1;
  } else if (QUOTES.has(before) && template[at] === before) at += 1;
  const fold = template.startsWith(' (', at);
  return { at: fold ? at + 2 : at, fold };
}

/** The `WithOrigin` siblings of a rule's messages, and how to fill them. */
export class OriginMessages {
  /** The sibling templates, by their message IDs. */
  readonly variants: Record<string, string> = {};
  private readonly slots = new Map<string, readonly Slot[]>();

  constructor(messages: Readonly<Record<string, string>>) {
    for (const [messageId, template] of Object.entries(messages)) {
      const found: (Slot & { at: number })[] = [];
      for (const key of VALUE_KEYS) {
        const slot = slotAt(template, key);
        if (slot) found.push({ key, ...slot });
      }
      if (found.length === 0) continue;
      let variant = template;
      // From the end, so earlier positions stay valid.
      for (const { key, at } of [...found].sort((a, b) => b.at - a.at)) {
        variant = `${variant.slice(0, at)}{{${slotName(key)}}}${variant.slice(at)}`;
      }
      this.variants[`${messageId}${ORIGIN_SUFFIX}`] = variant;
      this.slots.set(messageId, found);
    }
  }

  /**
   * The message ID and data that name the origin of each quoted value known from a type; null when
   * none is (the report keeps its own message). `origin(key, value)` says where a value is declared.
   */
  annotate(
    messageId: string,
    data: Readonly<Record<string, unknown>> | undefined,
    origin: (key: string, value: string) => string | null,
  ): { messageId: string; data: Record<string, unknown> } | null {
    const slots = this.slots.get(messageId);
    if (!slots || !data) return null;
    const filled: Record<string, unknown> = { ...data };
    let any = false;
    for (const { key, fold } of slots) {
      const value = data[key];
      const from = typeof value === 'string' || typeof value === 'number' ? origin(key, String(value)) : null;
      filled[slotName(key)] = from === null ? '' : fold ? `from ${from}; ` : ` (from ${from})`;
      any ||= from !== null;
    }
    return any ? { messageId: `${messageId}${ORIGIN_SUFFIX}`, data: filled } : null;
  }
}

const within = (outer: TSESTree.Node | TSESTree.Token, inner: TSESTree.Node): boolean =>
  outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];

/**
 * Where a quoted value of a report on `node` is declared: a literal known from a type written
 * inside the reported node, or (for a model) one of the request's models known from a type.
 */
export function originFinder(
  literals: readonly TypedLiteral[],
  request: ClaudeRequest,
  node: TSESTree.Node | TSESTree.Token,
): (key: string, value: string) => string | null {
  return (key, value) => {
    for (const literal of literals) {
      if (String(literal.value) === value && within(node, literal.node)) return literal.origin;
    }
    if (key !== 'model' && key !== 'id') return null;
    for (const model of request.models) {
      if (model.origin && (model.id === value || model.match?.row.id === value)) return model.origin;
    }
    return null;
  };
}
