import type { TSESLint } from '@typescript-eslint/utils';

/**
 * `context.report` that reports a message on a node once, even when several requests (or several
 * possible models of one request) lead to the same node, e.g. a shared `const` payload.
 */
export function reportOnce<MessageIds extends string>(
  context: Readonly<TSESLint.RuleContext<MessageIds, readonly unknown[]>>,
): (descriptor: TSESLint.ReportDescriptor<MessageIds> & { node: { range: readonly [number, number] } }) => void {
  const seen = new Set<string>();
  return (descriptor) => {
    const key = `${descriptor.messageId}@${descriptor.node.range[0]}-${descriptor.node.range[1]}`;
    if (seen.has(key)) return;
    seen.add(key);
    context.report(descriptor);
  };
}
