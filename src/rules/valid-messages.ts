import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { modelRows, type ClaudeRequest } from '../analysis/requests.js';
import {
  asObject,
  knownString,
  prop,
  unwrapExpression,
  type Resolved,
  type ResolvedArray,
  type ResolvedObject,
} from '../analysis/values.js';
import type { ModelRow } from '../facts/types.js';
import { defineRequestRule } from '../util/define-request-rule.js';
import { removeProperty } from '../util/fix.js';

type MessageIds =
  | 'emptyMessages'
  | 'invalidRole'
  | 'toolRole'
  | 'developerRole'
  | 'systemFirst'
  | 'systemAfterAssistant'
  | 'systemNotSupported'
  | 'contentMissing'
  | 'contentNull'
  | 'emptyContent'
  | 'emptyTextBlock'
  | 'moveToSystem';

/** What a suggestion needs to move a leading system message into the top-level `system` parameter. */
export interface MoveToSystem {
  /** The array element to remove (as written, with any `as const`). */
  readonly element: TSESTree.Node;
  /** The message's content expression: becomes the value of `system`. */
  readonly content: TSESTree.Node;
  /** The payload's `messages` property: `system` is inserted before it. */
  readonly messages: TSESTree.Property;
}

export interface MessagesFinding {
  readonly node: TSESTree.Node;
  readonly messageId: Exclude<MessageIds, 'moveToSystem'>;
  readonly data: Readonly<Record<string, string>>;
  readonly move?: MoveToSystem;
}

const ROLE_ERROR = "Input should be 'user' or 'assistant'";
const EMPTY_ERROR = 'all messages must have non-empty content except for the optional final assistant message';

/**
 * The values a resolved value takes in every branch written out in the code: literals, and both
 * sides of a `cond ? a : b`. A `x ?? y` or `x || y` fallback, or anything unknown, makes the
 * list incomplete and adds nothing: its other side is not proof of what is sent.
 */
function branches(resolved: Resolved | undefined): { values: Resolved[]; complete: boolean } {
  if (!resolved || resolved.kind === 'unknown') return { values: [], complete: false };
  if (resolved.kind !== 'choice') return { values: [resolved], complete: true };
  if (resolved.node.type !== AST_NODE_TYPES.ConditionalExpression) return { values: [], complete: false };
  const options = resolved.options.map(branches);
  return { values: options.flatMap((option) => option.values), complete: options.every((option) => option.complete) };
}

/** The roles a message element can have, and whether every branch is known. */
function rolesOf(element: Resolved): { roles: string[]; complete: boolean } {
  const messages = branches(element);
  let complete = messages.complete;
  const roles: string[] = [];
  for (const message of messages.values) {
    const role = branches(prop(asObject(message), 'role'));
    complete &&= role.complete;
    for (const value of role.values) {
      const name = knownString(value);
      if (name === undefined) complete = false;
      else roles.push(name);
    }
  }
  return { roles, complete };
}

/** `a`, `a and b`, `a, b and c`. */
function formatList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** A leading system message that can be moved to `system` without changing anything else. */
function movableToSystem(request: ClaudeRequest, array: ResolvedArray, message: ResolvedObject): MoveToSystem | undefined {
  const { params: payload } = request;
  const property = payload.properties.get('messages');
  const element = array.node.elements[0];
  const content = message.properties.get('content');
  if (
    !property ||
    !payload.complete ||
    payload.properties.has('system') ||
    property.node.parent !== payload.node ||
    unwrapExpression(property.node.value) !== array.node ||
    !element ||
    unwrapExpression(element) !== message.node ||
    array.elements.length < 2 ||
    content?.node.parent !== message.node
  ) {
    return undefined;
  }
  const text = knownString(content.value);
  const blocks = content.value.kind === 'array' ? content.value.elements : [];
  const textBlocks = blocks.length > 0 && blocks.every((block) => knownString(prop(asObject(block), 'type')) === 'text');
  return (text !== undefined && text !== '') || textBlocks ? { element, content: content.node.value, messages: property.node } : undefined;
}

function checkRole(
  request: ClaudeRequest,
  rows: readonly ModelRow[],
  array: ResolvedArray,
  index: number,
  message: ResolvedObject,
  at: { indexKnown: boolean; path: string },
): MessagesFinding[] {
  const property = message.properties.get('role');
  if (!property) return [];
  const findings: MessagesFinding[] = [];
  const error = at.indexKnown ? `${at.path}.role: ${ROLE_ERROR}` : ROLE_ERROR;
  for (const value of branches(property.value).values) {
    const role = knownString(value);
    if (role === undefined || role === 'user' || role === 'assistant') continue;
    if (role === 'tool' || role === 'function') {
      findings.push({ node: property.node, messageId: 'toolRole', data: { role, error } });
    } else if (role === 'developer') {
      findings.push({ node: property.node, messageId: 'developerRole', data: { error } });
    } else if (role !== 'system') {
      findings.push({ node: property.node, messageId: 'invalidRole', data: { role, error } });
    } else if (index === 0) {
      const move = knownString(property.value) === 'system' ? movableToSystem(request, array, message) : undefined;
      findings.push({ node: property.node, messageId: 'systemFirst', data: {}, ...(move ? { move } : {}) });
    } else {
      const rejecting = rows.filter((row) => row.systemMessages === false).map((row) => row.id);
      const previous = rolesOf(array.elements[index - 1] as Resolved);
      if (rejecting.length > 0) {
        findings.push({ node: property.node, messageId: 'systemNotSupported', data: { model: formatList(rejecting) } });
      } else if (previous.complete && previous.roles.length > 0 && previous.roles.every((r) => r === 'assistant')) {
        findings.push({ node: property.node, messageId: 'systemAfterAssistant', data: {} });
      }
    }
  }
  return findings;
}

function checkContent(message: ResolvedObject, mayBeFinalAssistant: boolean, at: { indexKnown: boolean; path: string }): MessagesFinding[] {
  const property = message.properties.get('content');
  const subject = at.indexKnown ? `\`${at.path}\`` : 'This message';
  if (!property) {
    return message.complete ? [{ node: message.node, messageId: 'contentMissing', data: { message: subject } }] : [];
  }
  const findings: MessagesFinding[] = [];
  const error = at.indexKnown ? `${at.path}: ${EMPTY_ERROR}` : EMPTY_ERROR;
  for (const value of branches(property.value).values) {
    if (value.kind === 'literal' && (value.value === null || value.value === undefined)) {
      findings.push(
        value.value === null
          ? { node: property.node, messageId: 'contentNull', data: {} }
          : { node: property.node, messageId: 'contentMissing', data: { message: subject } },
      );
    } else if (mayBeFinalAssistant) {
      continue;
    } else if ((value.kind === 'literal' && value.value === '') || (value.kind === 'array' && value.elements.length === 0)) {
      findings.push({ node: property.node, messageId: 'emptyContent', data: { message: subject, error } });
    } else if (value.kind === 'array') {
      for (const block of value.elements) {
        const object = asObject(block);
        const text = object?.properties.get('text');
        if (knownString(prop(object, 'type')) === 'text' && text && knownString(text.value) === '') {
          findings.push({ node: text.node, messageId: 'emptyTextBlock', data: {} });
        }
      }
    }
  }
  return findings;
}

function checkArray(request: ClaudeRequest, rows: readonly ModelRow[], array: ResolvedArray): MessagesFinding[] {
  if (array.elements.length === 0) return [{ node: array.node, messageId: 'emptyMessages', data: {} }];
  const findings: MessagesFinding[] = [];
  const isSpread = (element: Resolved): boolean => element.kind === 'unknown' && element.spread === true;
  // One pass each way, not a scan of the earlier and later elements per element (quadratic).
  const firstSpread = array.elements.findIndex(isSpread);
  const lastWritten = array.elements.findLastIndex((element) => !isSpread(element));
  array.elements.forEach((element, index) => {
    const indexKnown = firstSpread < 0 || index <= firstSpread;
    const at = { indexKnown, path: `messages.${index}` };
    // An unknown spread after it may be empty: only a written element proves this one is not last.
    const last = index >= lastWritten;
    const roles = rolesOf(element);
    const mayBeFinalAssistant = last && (!roles.complete || roles.roles.includes('assistant'));
    for (const option of branches(element).values) {
      if (option.kind !== 'object') continue;
      findings.push(...checkRole(request, rows, array, index, option, at), ...checkContent(option, mayBeFinalAssistant, at));
    }
  });
  return findings;
}

/** Decide what the API rejects in a request's `messages`. `rows` are the table rows of its possible models. */
export function checkMessages(request: ClaudeRequest, rows: readonly ModelRow[]): MessagesFinding[] {
  return branches(prop(request.params, 'messages'))
    .values.filter((value): value is ResolvedArray => value.kind === 'array')
    .flatMap((array) => checkArray(request, rows, array));
}

export default defineRequestRule<MessageIds>({
  name: 'valid-messages',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow empty conversations, roles the Messages API does not take, and missing or empty message content',
      recommended: 'error',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      emptyMessages:
        '`messages` is empty: the API answers 400 `messages: at least one message is required`. Send at least one user message.',
      invalidRole: "`role: '{{role}}'` is not a message role: the API answers 400 `{{error}}`. Use 'user' or 'assistant'.",
      toolRole:
        "The Messages API has no `role: '{{role}}'`: it answers 400 `{{error}}`. Send tool results as `{ type: 'tool_result', tool_use_id, content }` blocks in a `user` message.",
      developerRole:
        "The Messages API has no `role: 'developer'`: it answers 400 `{{error}}`. Put instructions in the top-level `system` parameter.",
      systemFirst:
        "A `role: 'system'` message at the start of `messages` is rejected with 400: system messages inside `messages` are accepted only right after a user turn, on models that take mid-conversation system messages. Put the instructions in the top-level `system` parameter.",
      systemAfterAssistant:
        "A `role: 'system'` message right after an assistant message is rejected with 400: mid-conversation system messages are accepted only right after a user turn. Move it after a user message, or into the top-level `system` parameter.",
      systemNotSupported:
        "{{model}} does not take `role: 'system'` messages inside `messages`: the API answers 400. Put the instructions in the top-level `system` parameter, or in the next user message.",
      contentMissing: '{{message}} has no `content`: the API answers 400. Give it a string or an array of content blocks.',
      contentNull:
        '`content: null` is rejected with 400: content is a string or an array of content blocks. An assistant turn that only calls tools carries its `tool_use` blocks as content.',
      emptyContent: '{{message}} has empty content: the API answers 400 `{{error}}`. Give it content, or remove it.',
      emptyTextBlock:
        "A text block with `text: ''` is rejected with 400 `messages: text content blocks must be non-empty`. Remove the block or give it text.",
      moveToSystem: 'Move this message to the top-level `system` parameter.',
    },
  },
  defaultOptions: [],
  create({ sourceCode }) {
    const suggestion = (move: MoveToSystem): TSESLint.SuggestionReportDescriptor<MessageIds> => ({
      messageId: 'moveToSystem',
      fix: (fixer) => {
        const before = sourceCode.getTokenBefore(move.messages);
        const ownLine = before !== null && before.loc.end.line < move.messages.loc.start.line;
        const line = sourceCode.lines[move.messages.loc.start.line - 1] ?? '';
        const separator = ownLine ? `\n${line.slice(0, move.messages.loc.start.column)}` : ' ';
        return [
          fixer.insertTextBefore(move.messages, `system: ${sourceCode.getText(move.content)},${separator}`),
          removeProperty(sourceCode, fixer, move.element),
        ];
      },
    });
    return (request) =>
      checkMessages(request, modelRows(request)).map((finding) => ({
        node: finding.node,
        messageId: finding.messageId,
        data: finding.data,
        suggest: finding.move ? [suggestion(finding.move)] : [],
      }));
  },
});
