import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { ClientInfo } from '../analysis/clients.js';
import { getClaudeHttpCalls, headerEntry, type HeaderEntry, type HttpCall } from '../analysis/http-calls.js';
import { getClaudeClients } from '../analysis/requests.js';
import { asObject, constantInitializer, knownString, unwrapExpression, type ResolvedProperty } from '../analysis/values.js';
import {
  ANTHROPIC_VERSIONS,
  CLAUDE_API_HOST,
  HEADERS,
  MESSAGES_PATHS,
  MISSING_CREDENTIALS_ERROR,
  MISSING_VERSION_ERROR,
  OTHER_PATHS,
  PATH_PREFIXES,
} from '../facts/http.js';
import { API_VERSIONS } from '../settings/api-version.js';
import { createRule } from '../util/create-rule.js';
import { quoted, replaceString } from '../util/fix.js';
import { editDistance, nearest } from '../util/nearest.js';
import { reportOnce } from '../util/report.js';

export type HttpFinding =
  /** A path on the API host that is a misspelling of a Messages path: 404. */
  | { readonly kind: 'unknownPath'; readonly path: string; readonly to: string }
  /** No `anthropic-version` header: 400. */
  | { readonly kind: 'missingVersion' }
  /** An `anthropic-version` that is not an API version: 400. */
  | { readonly kind: 'invalidVersion'; readonly entry: HeaderEntry; readonly value: string; readonly to: string | null }
  /** `anthropic-version` written twice in two spellings: `fetch` joins them, 400. */
  | { readonly kind: 'duplicateVersion'; readonly entry: HeaderEntry; readonly first: HeaderEntry }
  /** Neither `x-api-key` nor `Authorization`: 401. */
  | { readonly kind: 'missingCredentials' };

const MESSAGES = Object.keys(MESSAGES_PATHS);

/** True for a path the API serves (a Messages path, another resource, or under one). */
function isKnownPath(path: string): boolean {
  return Object.hasOwn(MESSAGES_PATHS, path) || OTHER_PATHS.includes(path) || PATH_PREFIXES.some((prefix) => path.startsWith(prefix));
}

/**
 * The Messages path a path misspells: a typo of one (`/v1/message`, `/v1/messages/count-tokens`)
 * or one without its `/v1` (`/messages`). Other unknown paths may be endpoints this plugin does
 * not list: silent. A trailing slash is not judged.
 */
function misspelledMessagesPath(path: string): string | null {
  if (isKnownPath(path) || path.endsWith('/')) return null;
  if (Object.hasOwn(MESSAGES_PATHS, `/v1${path}`)) return `/v1${path}`;
  return nearest(path, MESSAGES, { limit: 3, unique: true });
}

/** The version a value mistypes (one edit away); never the deprecated initial version. */
function nearestVersion(value: string): string | null {
  const near = nearest(value, API_VERSIONS, { limit: 1, unique: true });
  return near !== null && editDistance(value, near) > 0 ? near : null;
}

/** The version findings of one header set's `anthropic-version` entries. */
function versionFindings(entries: readonly HeaderEntry[], joinsDuplicates: boolean): HttpFinding[] {
  const versions = entries.filter((entry) => entry.name === HEADERS.version);
  const [first, second] = versions;
  if (joinsDuplicates && first && second) {
    return [{ kind: 'duplicateVersion', entry: second, first }];
  }
  const last = versions.at(-1);
  const value = knownString(last?.property.value);
  if (!last || value === undefined || ANTHROPIC_VERSIONS.includes(value)) return [];
  return [{ kind: 'invalidVersion', entry: last, value, to: nearestVersion(value) }];
}

/**
 * Decide what fails in an HTTP call to the Claude API before its body is read. Headers are
 * judged only where they are known, and only on the Messages endpoints.
 */
export function checkHttpCall(http: HttpCall): HttpFinding[] {
  if (!http.endpoint) {
    const to = misspelledMessagesPath(http.url.pathname);
    return to === null ? [] : [{ kind: 'unknownPath', path: http.url.pathname, to }];
  }
  const { headers } = http;
  if (!headers) return [];
  const hasVersion = headerEntry(headers, HEADERS.version) !== undefined;
  const hasCredential = [HEADERS.apiKey, HEADERS.authorization].some((name) => headerEntry(headers, name) || headers.implied.has(name));
  // Neither header: something outside the code sends them. Claude.ai artifacts call this URL
  // with only `content-type` and are authenticated by the user's session.
  if (!hasVersion && !hasCredential) return [];
  const findings: HttpFinding[] = [];
  if (!hasVersion) {
    if (headers.complete) findings.push({ kind: 'missingVersion' });
  } else {
    // Some libraries send both spellings of a name joined with a comma (`fetch`), others the last.
    findings.push(...versionFindings(headers.entries, headers.joinsDuplicates));
  }
  if (!hasCredential && headers.complete) findings.push({ kind: 'missingCredentials' });
  return findings;
}

/** The `anthropic-version` findings of a first-party client's `defaultHeaders`. */
export function checkClientHeaders(client: ClientInfo): HttpFinding[] {
  if (client.kind.service !== 'anthropic') return [];
  const defaultHeaders = asObject(client.options?.properties.get('defaultHeaders')?.value);
  if (!defaultHeaders) return [];
  const entries = [...defaultHeaders.properties.values()].map((property) => ({ name: property.key.toLowerCase(), property }));
  return versionFindings(entries, false);
}

type MessageIds =
  | 'unknownPath'
  | 'missingVersion'
  | 'invalidVersion'
  | 'duplicateVersion'
  | 'missingCredentials'
  | 'usePath'
  | 'useVersion'
  | 'removeDuplicate';

/** The string literal a URL is written with, in place or in the `const` it comes from. */
function urlLiteral(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESTree.Literal | TSESTree.TemplateLiteral | null {
  let current = unwrapExpression(node);
  if (current.type === AST_NODE_TYPES.Identifier) {
    const init = constantInitializer(ASTUtils.findVariable(sourceCode.getScope(current), current) ?? null);
    if (init) current = unwrapExpression(init);
  }
  if (current.type === AST_NODE_TYPES.Literal && typeof current.value === 'string') return current;
  return current.type === AST_NODE_TYPES.TemplateLiteral ? current : null;
}

export default createRule<[], MessageIds>({
  name: 'valid-http-request',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow HTTP calls to the Claude API that fail before the body is read: a misspelled path, a missing or invalid `anthropic-version` header, no credentials',
      recommended: 'error',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      unknownPath: "`{{path}}` is not a Claude API path: the API answers 404 not_found_error. Did you mean '{{to}}'?",
      missingVersion: `This request sends no \`anthropic-version\` header: the API answers 400 \`${MISSING_VERSION_ERROR}\`. Send \`anthropic-version: {{latest}}\` (or 2023-06-01).`,
      invalidVersion:
        '`anthropic-version: {{value}}` is not an API version: the API answers 400 `anthropic-version: "{{value}}" is not a valid version`. The versions are {{versions}}.',
      duplicateVersion:
        '`anthropic-version` is written twice (`{{first}}` and `{{second}}`): `fetch` sends both, joined with a comma, and the API answers 400 `... is not a valid version`. Keep one.',
      missingCredentials: `This request sends neither \`x-api-key\` nor \`Authorization\`: the API answers ${MISSING_CREDENTIALS_ERROR}.`,
      usePath: "Use '{{to}}'.",
      useVersion: 'Send `anthropic-version: {{version}}`.',
      removeDuplicate: 'Remove the second `{{key}}`.',
    },
  },
  defaultOptions: [],
  create(context) {
    const { sourceCode } = context;
    const report = reportOnce(context);
    const latest = API_VERSIONS[API_VERSIONS.length - 1] ?? '2023-06-01';

    /** Suggestions that add `anthropic-version` to a header object written in the call. */
    const addVersion = (http: HttpCall): TSESLint.SuggestionReportDescriptor<MessageIds>[] => {
      const object = http.headers?.objects.at(-1);
      if (!object || object.range[0] < http.call.range[0] || object.range[1] > http.call.range[1]) return [];
      const last = object.properties.at(-1);
      return [...API_VERSIONS].reverse().map((version) => ({
        messageId: 'useVersion' as const,
        data: { version },
        fix: (fixer: TSESLint.RuleFixer) => {
          const property = `${quoted(HEADERS.version, "'")}: ${quoted(version, "'")}`;
          if (!last) return fixer.replaceText(object, `{ ${property} }`);
          const comma = sourceCode.getTokenAfter(last);
          return comma && ASTUtils.isCommaToken(comma)
            ? fixer.insertTextAfter(comma, ` ${property},`)
            : fixer.insertTextAfter(last, `, ${property}`);
        },
      }));
    };

    const replaceValue = (property: ResolvedProperty, to: string | null): TSESLint.SuggestionReportDescriptor<MessageIds>[] => {
      const value = property.node.value;
      if (to === null || property.value.node !== value) return [];
      return [{ messageId: 'useVersion', data: { version: to }, fix: (fixer) => replaceString(fixer, sourceCode, value, to) }];
    };

    const reportFinding = (finding: HttpFinding, http: HttpCall | null): void => {
      switch (finding.kind) {
        case 'unknownPath': {
          const node = http?.urlNode;
          if (!node) return;
          const literal = urlLiteral(sourceCode, node);
          const text = literal ? sourceCode.getText(literal) : '';
          const at = text.indexOf(finding.path);
          const unique = at >= 0 && text.indexOf(finding.path, at + 1) < 0;
          report({
            node,
            messageId: 'unknownPath',
            data: { path: finding.path, to: finding.to },
            suggest:
              literal && unique
                ? [
                    {
                      messageId: 'usePath',
                      data: { to: finding.to },
                      fix: (fixer) =>
                        fixer.replaceTextRange([literal.range[0] + at, literal.range[0] + at + finding.path.length], finding.to),
                    },
                  ]
                : [],
          });
          return;
        }
        case 'missingVersion':
        case 'missingCredentials': {
          if (!http) return;
          const node = http.headers?.objects.at(-1) ?? http.urlNode;
          report({
            node,
            messageId: finding.kind,
            data: { latest },
            suggest: finding.kind === 'missingVersion' ? addVersion(http) : [],
          });
          return;
        }
        case 'invalidVersion':
          report({
            node: finding.entry.property.node.value,
            messageId: 'invalidVersion',
            data: { value: finding.value, versions: ANTHROPIC_VERSIONS.join(', ') },
            suggest: replaceValue(finding.entry.property, finding.to),
          });
          return;
        case 'duplicateVersion': {
          const { entry, first } = finding;
          report({
            node: entry.property.node,
            messageId: 'duplicateVersion',
            data: { first: first.property.key, second: entry.property.key },
            suggest: [
              {
                messageId: 'removeDuplicate',
                data: { key: entry.property.key },
                fix: (fixer) => {
                  const before = sourceCode.getTokenBefore(entry.property.node);
                  return before && ASTUtils.isCommaToken(before)
                    ? fixer.removeRange([before.range[0], entry.property.node.range[1]])
                    : fixer.remove(entry.property.node);
                },
              },
            ],
          });
          return;
        }
      }
    };

    // Most files call neither the API host nor configure a client's headers: no listener at all.
    const text = sourceCode.text;
    const callsHost = text.includes(CLAUDE_API_HOST);
    const setsDefaultHeaders = text.includes('defaultHeaders');
    if (!callsHost && !setsDefaultHeaders) return {};
    return {
      Program() {
        if (callsHost) {
          for (const http of getClaudeHttpCalls(context)) {
            for (const finding of checkHttpCall(http)) reportFinding(finding, http);
          }
        }
        if (setsDefaultHeaders) {
          for (const client of getClaudeClients(context)) {
            for (const finding of checkClientHeaders(client)) reportFinding(finding, null);
          }
        }
      },
    };
  },
});
