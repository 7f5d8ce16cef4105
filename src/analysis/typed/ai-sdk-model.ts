/**
 * Type-aware mode for the Vercel AI SDK: a `model` the file cannot read (imported from another
 * module) that the checker proves is a Claude provider's model with a known ID:
 *
 *   // models.ts
 *   import { anthropic } from '@ai-sdk/anthropic';
 *   export const model = anthropic('claude-3-opus-20240229');
 *   // chat.ts
 *   import { model } from './models.js';
 *   await generateText({ model, prompt });
 *
 * The symbol is followed to its declaration, and the declaration is read only when it is a
 * `const` whose initializer is a call of a provider (`anthropic(id)`, `provider.chat(id)`,
 * `createAnthropic(options)(id)`, directly or through another `const`) whose callee the checker
 * resolves, through imports and re-exports, to the real export of a Claude provider package (an
 * uninstalled package's import resolves to nothing). Anything else is not known: an OpenAI
 * model, a gateway string, a parameter, a `let`, a conditional, a union-typed value.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type ts from 'typescript';
import { AI_SDK_MODEL_METHODS, AI_SDK_PROVIDERS, type AiSdkProvider } from '../../facts/frameworks.js';
import { NONE, type Setting } from '../request.js';
import type { Resolved } from '../values.js';
import type { TypedResolver } from './resolver.js';

/** A Claude provider's model, proven by types, with its ID as read at the user's node. */
export interface TypedAiSdkModel {
  readonly provider: AiSdkProvider;
  /** A `baseURL` the provider's factory options may set (`set` with no value when they may). */
  readonly baseURL: Setting<string>;
  readonly id: Resolved;
}

const MAX_STEPS = 6;
const PROVIDERS = new Map(AI_SDK_PROVIDERS.map((provider) => [provider.module, provider]));
/** `may set`: options that may send the request elsewhere, so rules stay silent. */
const MAY_SET: Setting<string> = { state: 'set', value: undefined, node: null };
/** Factory options that may send requests elsewhere than the provider's API: another address, a transport of the code's own. */
const REDIRECTING_OPTIONS: ReadonlySet<string> = new Set(['baseURL', 'fetch']);

interface ProviderValue {
  readonly provider: AiSdkProvider;
  readonly baseURL: Setting<string>;
}

export class AiSdkModels {
  private readonly ts: typeof ts;
  private readonly checker: ts.TypeChecker;
  /** Per declaration: what its `const` initializer proves (null: nothing). */
  private readonly byDeclaration = new Map<ts.Node, { provider: ProviderValue; id: ts.Expression } | null>();

  constructor(private readonly typed: TypedResolver) {
    this.ts = typed.ts;
    this.checker = typed.checker;
  }

  /** What the checker proves about `node`, a `model` the file's own reading left unknown. */
  model(node: TSESTree.Node): TypedAiSdkModel | null {
    try {
      return this.compute(node);
    } catch {
      // A checker failure on odd code is not a finding.
      return null;
    }
  }

  private compute(node: TSESTree.Node): TypedAiSdkModel | null {
    const named = node.type === AST_NODE_TYPES.MemberExpression && !node.computed ? node.property : node;
    const symbol = this.typed.symbolAt(named);
    const declaration = symbol?.valueDeclaration;
    if (!symbol || !declaration) return null;
    const found = this.declared(declaration);
    if (!found) return null;
    const { ts } = this;
    const id = found.id;
    const values =
      ts.isStringLiteral(id) || ts.isNoSubstitutionTemplateLiteral(id)
        ? [id.text]
        : this.typed.literalValues(this.checker.getTypeAtLocation(id));
    if (!values) return null;
    const origin = this.typed.where(symbol, symbol.name);
    return {
      provider: found.provider.provider,
      baseURL: found.provider.baseURL,
      id: this.typed.literals(
        node,
        values.map((value) => ({ value, origin })),
      ),
    };
  }

  /** `const model = <provider call>(id)`: the provider and the ID expression. */
  private declared(declaration: ts.Declaration): { provider: ProviderValue; id: ts.Expression } | null {
    if (this.byDeclaration.has(declaration)) return this.byDeclaration.get(declaration) ?? null;
    this.byDeclaration.set(declaration, null);
    const init = this.constInitializer(declaration);
    const call = init && this.ts.isCallExpression(init) ? init : null;
    const [first] = call?.arguments ?? [];
    const provider = call && first && !this.ts.isSpreadElement(first) ? this.providerCallee(call.expression) : null;
    const found = provider && first ? { provider, id: first } : null;
    this.byDeclaration.set(declaration, found);
    return found;
  }

  /** Without parentheses, `as`, `satisfies`, `!` and `<T>x`: they do not change the value. */
  private unwrap(expression: ts.Expression): ts.Expression {
    const { ts } = this;
    let node = expression;
    while (
      ts.isParenthesizedExpression(node) ||
      ts.isAsExpression(node) ||
      ts.isSatisfiesExpression(node) ||
      ts.isNonNullExpression(node) ||
      ts.isTypeAssertionExpression(node)
    ) {
      node = node.expression;
    }
    return node;
  }

  /** The initializer of a `const` declared with a plain name, without parentheses and type assertions. */
  private constInitializer(declaration: ts.Node): ts.Expression | null {
    const { ts } = this;
    if (!ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name) || !declaration.initializer) return null;
    if (!(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const)) return null;
    return this.unwrap(declaration.initializer);
  }

  /** The callee of a model call: `anthropic`, `anthropic.chat`, `createAnthropic(options)`, or a `const` holding one of them. */
  private providerCallee(expression: ts.Expression): ProviderValue | null {
    const { ts } = this;
    const callee = this.unwrap(expression);
    if (ts.isPropertyAccessExpression(callee) && AI_SDK_MODEL_METHODS.has(callee.name.text)) {
      return this.provider(callee.expression, 0);
    }
    return this.provider(callee, 0);
  }

  /** A provider: the ready-made export, a factory call, or a `const` holding one. */
  private provider(expression: ts.Expression, depth: number): ProviderValue | null {
    const { ts } = this;
    const node = this.unwrap(expression);
    if (depth > MAX_STEPS) return null;
    if (ts.isCallExpression(node)) {
      const factory = this.exported(node.expression);
      if (!factory || factory.name !== factory.provider.factory) return null;
      return { provider: factory.provider, baseURL: this.baseURL(node) };
    }
    if (!ts.isIdentifier(node)) return null;
    const ready = this.exported(node);
    if (ready) return ready.name === ready.provider.instance ? { provider: ready.provider, baseURL: NONE } : null;
    const symbol = this.checker.getSymbolAtLocation(node);
    const init = symbol?.valueDeclaration && this.constInitializer(symbol.valueDeclaration);
    return init ? this.provider(init, depth + 1) : null;
  }

  /** The provider package's export an identifier names (`anthropic`, `createAnthropic`), as the checker resolves it. */
  private exported(expression: ts.Expression): { provider: AiSdkProvider; name: string } | null {
    const found = this.typed.importedFrom(expression, (module) => PROVIDERS.has(module));
    const provider = found && PROVIDERS.get(found.module);
    return found && provider ? { provider, name: found.name } : null;
  }

  /**
   * `createAnthropic(options)`: no `baseURL` when the options provably have none, nor a `fetch`
   * of their own (which may answer without reaching the API).
   */
  private baseURL(call: ts.CallExpression): Setting<string> {
    const { ts } = this;
    const [options] = call.arguments;
    if (!options) return NONE;
    const object = this.unwrap(options);
    if (!ts.isObjectLiteralExpression(object)) return MAY_SET;
    // Keys by their text, so `'baseURL'` in quotes counts too.
    const plain = object.properties.every(
      (property) =>
        (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) &&
        (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) &&
        !REDIRECTING_OPTIONS.has(property.name.text),
    );
    return plain ? NONE : MAY_SET;
  }
}
