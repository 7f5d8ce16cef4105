/**
 * What the client itself refuses before sending (LangChain throws at invoke time on some
 * parameters for some models): read from `transport.clientRefusals`, one answer for every rule.
 */
import { thinkingOf } from './payload.js';
import type { ClaudeRequest } from './request.js';

/**
 * True when the client provably throws before sending `param` (an API path: `top_k`,
 * `thinking.enabled`) with this value: a refusal names it (or `<param>!=1` for a value other
 * than 1), and every model the request can use falls under the refusal's prefixes.
 */
export function clientRefuses(request: ClaudeRequest, param: string, value?: unknown): boolean {
  const { models, modelsComplete, transport } = request;
  if (transport.clientRefusals.length === 0 || !modelsComplete || models.length === 0) return false;
  const tokens = [param];
  if (typeof value === 'number' && value !== 1) tokens.push(`${param}!=1`);
  const thinkingType = thinkingOf(request)?.type;
  const thinkingOn = thinkingType === 'enabled' || thinkingType === 'adaptive';
  return transport.clientRefusals.some(
    (refusal) =>
      (refusal.whenThinking !== true || thinkingOn) &&
      refusal.params.some((token) => tokens.includes(token)) &&
      models.every((model) => refusal.modelPrefixes.some((prefix) => model.id.startsWith(prefix))),
  );
}
