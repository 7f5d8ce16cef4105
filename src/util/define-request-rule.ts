/**
 * A rule over Claude requests is `check(request) → findings` plus its messages: this helper owns
 * the Program listener, the shared request finder and the report plumbing (one report per
 * message and node, even when several requests or models lead to the same node).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getClaudeRequests } from '../analysis/requests.js';
import type { ClaudeRequest } from '../analysis/request.js';
import { getSettings, type ClaudeApiSettings } from '../settings/settings.js';
import { createRule, type ClaudeApiRuleDocs } from './create-rule.js';
import { reportOnce } from './report.js';

export type RequestFinding<MessageIds extends string> = TSESLint.ReportDescriptor<MessageIds> & {
  readonly node: TSESTree.Node | TSESTree.Token;
};

export interface RequestRuleEnv<Options extends readonly unknown[]> {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly settings: ClaudeApiSettings;
  readonly options: Options;
  /** The rule's file context, for the rare rule that needs more (the file name, the clock). */
  readonly context: Readonly<TSESLint.RuleContext<string, Options>>;
}

type Check<MessageIds extends string, Options extends readonly unknown[]> = (
  request: ClaudeRequest,
  env: RequestRuleEnv<Options>,
) => Iterable<RequestFinding<MessageIds>>;

interface RequestRule<MessageIds extends string, Options extends readonly unknown[]> {
  readonly name: string;
  readonly meta: TSESLint.RuleMetaData<MessageIds, ClaudeApiRuleDocs, Options> & { readonly docs: ClaudeApiRuleDocs & { readonly description: string } };
  readonly defaultOptions: Options;
  /**
   * Called once per file that has Claude requests, before the first `check`: per-file state
   * (a clock, an index) is built here and returned as the check function.
   */
  readonly create: (env: RequestRuleEnv<Options>) => Check<MessageIds, Options>;
}

export function defineRequestRule<MessageIds extends string, Options extends readonly unknown[] = []>(
  rule: RequestRule<MessageIds, Options>,
): TSESLint.RuleModule<MessageIds, Options, ClaudeApiRuleDocs> {
  return createRule<Options, MessageIds>({
    name: rule.name,
    meta: rule.meta,
    defaultOptions: rule.defaultOptions,
    create(context, options) {
      return {
        Program() {
          const requests = getClaudeRequests(context);
          if (requests.length === 0) return;
          const env: RequestRuleEnv<Options> = {
            sourceCode: context.sourceCode,
            settings: getSettings(context),
            options: options,
            context: context,
          };
          const check = rule.create(env);
          const report = reportOnce(context);
          for (const request of requests) {
            for (const finding of check(request, env)) report(finding);
          }
        },
      };
    },
  });
}
