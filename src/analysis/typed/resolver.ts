/**
 * Type-aware mode: what the TypeScript checker proves, when the user's config gives
 * typescript-eslint type information (`parserOptions.projectService` or `project`).
 *
 * The checker is asked about a few nodes only: the receiver of a candidate call
 * (`<x>.create(...)`: is `<x>` the SDK's `Messages` or `Batches`?), the client behind it (which
 * SDK client class), and a value the untyped resolver could not read (a `model` imported from
 * another module, a keyed lookup into an `as const` object, an enum member, a parameter typed as
 * a union of literals). Without type information, `typedResolver` returns null and everything
 * works as before.
 */
import { createRequire } from 'node:module';
import { AST_NODE_TYPES, type ParserServicesWithTypeInformation, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type ts from 'typescript';
import { SDK_PACKAGES, isSdkPackage, type ClientClass } from '../../facts/sdk-surface.js';
import type { Resolved, ResolvedLiteral } from '../values.js';

/** What the receiver's type says about a call: an SDK resource, provably something else, or not known. */
export type ReceiverVerdict =
  | { readonly kind: 'sdk'; readonly resource: 'messages' | 'batches'; readonly beta: boolean }
  | { readonly kind: 'other' }
  | { readonly kind: 'unknown' };

const UNKNOWN: ReceiverVerdict = { kind: 'unknown' };
const OTHER: ReceiverVerdict = { kind: 'other' };

/** The SDK's resource classes that send Messages requests. */
const RESOURCE_CLASSES: Readonly<Record<string, 'messages' | 'batches'>> = { Messages: 'messages', Batches: 'batches' };

const MAX_UNION = 16;
const MAX_BASES = 4;

type TypeScript = typeof ts;
let typescript: TypeScript | undefined;
/** TypeScript itself, loaded only in type-aware mode (where the parser has already loaded it). */
function loadTypeScript(): TypeScript {
  typescript ??= createRequire(import.meta.url)('typescript') as TypeScript;
  return typescript;
}

/**
 * The package a symbol is declared in: `"@anthropic-ai/sdk".Messages` for an ambient module,
 * `"/…/node_modules/@anthropic-ai/sdk/resources/messages/messages".Messages` for a file.
 */
function sdkModuleOf(checker: ts.TypeChecker, symbol: ts.Symbol): { pkg: string; path: string } | null {
  const name = checker.getFullyQualifiedName(symbol);
  const quoted = /^"([^"]+)"\./u.exec(name);
  if (!quoted?.[1]) return null;
  const module = quoted[1].replaceAll('\\', '/');
  const inPackage = /(?:^|\/node_modules\/)(@anthropic-ai\/[^/]+)(\/.*)?$/u.exec(module);
  const pkg = inPackage?.[1];
  return pkg && isSdkPackage(pkg) ? { pkg, path: inPackage[2] ?? '' } : null;
}

export class TypedResolver {
  private readonly ts = loadTypeScript();
  private readonly checker: ts.TypeChecker;

  constructor(
    private readonly services: ParserServicesWithTypeInformation,
    private readonly cwd: string,
  ) {
    this.checker = services.program.getTypeChecker();
  }

  private typeOf(node: TSESTree.Node): ts.Type | null {
    try {
      return this.services.getTypeAtLocation(node);
    } catch {
      return null;
    }
  }

  /** The members of a type, without `null` / `undefined`; null when it may be anything (`any`, a type parameter). */
  private members(type: ts.Type): readonly ts.Type[] | null {
    const { TypeFlags } = this.ts;
    const all = type.isUnion() ? type.types : [type];
    if (all.length > MAX_UNION) return null;
    const members = all.filter((member) => !(member.flags & (TypeFlags.Null | TypeFlags.Undefined | TypeFlags.Void)));
    if (members.some((member) => member.flags & (TypeFlags.Any | TypeFlags.Unknown | TypeFlags.TypeParameter | TypeFlags.Never))) {
      return null;
    }
    return members.length > 0 ? members : null;
  }

  /** The receiver of `<receiver>.create(...)`: the SDK's `Messages` / `Batches` (beta or not), another type, or not known. */
  receiver(node: TSESTree.Node): ReceiverVerdict {
    const type = this.typeOf(node);
    const members = type && this.members(type);
    if (!members) return UNKNOWN;
    const verdicts = members.map((member) => this.resourceOf(member));
    const first = verdicts[0];
    if (!first) return UNKNOWN;
    if (first.kind === 'sdk') {
      return verdicts.every((v) => v.kind === 'sdk' && v.resource === first.resource && v.beta === first.beta) ? first : UNKNOWN;
    }
    return verdicts.every((v) => v.kind === first.kind) ? first : UNKNOWN;
  }

  private resourceOf(type: ts.Type): ReceiverVerdict {
    const { TypeFlags } = this.ts;
    // A string, a number, `object`: not the SDK's class.
    if (!(type.flags & TypeFlags.Object) && !type.isIntersection()) return OTHER;
    const symbol = type.getSymbol() ?? type.aliasSymbol;
    const module = symbol && sdkModuleOf(this.checker, symbol);
    if (!symbol || !module) {
      // An intersection may hold the SDK's class (`Messages & Extra`): not known either way.
      return type.isIntersection() ? UNKNOWN : OTHER;
    }
    const resource = Object.hasOwn(RESOURCE_CLASSES, symbol.name) ? RESOURCE_CLASSES[symbol.name] : undefined;
    if (!resource) return OTHER;
    return { kind: 'sdk', resource, beta: module.path.includes('/beta/') || symbol.name.startsWith('Beta') };
  }

  /** The SDK client class an expression's type is (`Anthropic`, `AnthropicBedrock`, a subclass of one). */
  client(node: TSESTree.Node): ClientClass | null {
    const type = this.typeOf(node);
    const members = type && this.members(type);
    if (!members) return null;
    const kinds = members.map((member) => this.clientClassOf(member, 0));
    const first = kinds[0];
    return first && kinds.every((kind) => kind?.service === first.service) ? first : null;
  }

  private clientClassOf(type: ts.Type, depth: number): ClientClass | null {
    const symbol = type.getSymbol();
    const module = symbol && sdkModuleOf(this.checker, symbol);
    const pkg = module ? SDK_PACKAGES[module.pkg] : undefined;
    if (symbol && pkg && Object.hasOwn(pkg.clients, symbol.name)) return pkg.clients[symbol.name] ?? null;
    if (depth >= MAX_BASES || !type.isClassOrInterface()) return null;
    for (const base of this.checker.getBaseTypes(type)) {
      const kind = this.clientClassOf(base, depth + 1);
      if (kind) return kind;
    }
    return null;
  }

  /**
   * A value whose type is a literal or a union of literals (`'claude-…'`, `1024`, `true`, an
   * enum member, `undefined`): each literal, on the user's node, with where it is declared.
   * Null when the type admits other values (`string`, `number`, an object).
   */
  value(node: TSESTree.Node): Resolved | null {
    const type = this.typeOf(node);
    if (!type) return null;
    const { TypeFlags } = this.ts;
    const all = type.isUnion() ? type.types : [type];
    if (all.length > MAX_UNION) return null;
    const origin = this.origin(node);
    const options: ResolvedLiteral[] = [];
    for (const member of all) {
      let value: ResolvedLiteral['value'];
      if (member.isStringLiteral() || member.isNumberLiteral()) value = member.value;
      else if (member.flags & TypeFlags.BooleanLiteral) value = this.checker.typeToString(member) === 'true';
      else if (member.flags & (TypeFlags.Undefined | TypeFlags.Void)) value = undefined;
      else if (member.flags & TypeFlags.Null) value = null;
      else return null;
      options.push({ kind: 'literal', node, value, ...(origin ? { origin } : {}) });
    }
    // A lone `undefined` says nothing the untyped resolver would not.
    if (options.length === 0 || options.every((option) => option.value === undefined)) return null;
    return options.length === 1 && options[0] ? options[0] : { kind: 'choice', node, options };
  }

  /** Where the value's declaration is: `DEFAULT_MODEL in src/config.ts:3`. */
  private origin(node: TSESTree.Node): string | null {
    let symbol: ts.Symbol | undefined;
    const named = node.type === AST_NODE_TYPES.MemberExpression ? (node.computed ? node.object : node.property) : node;
    try {
      symbol = this.services.getSymbolAtLocation(named);
    } catch {
      return null;
    }
    // `{ model }`: the variable or parameter, not the property it writes.
    const shorthand =
      symbol?.valueDeclaration && this.ts.isShorthandPropertyAssignment(symbol.valueDeclaration) ? symbol.valueDeclaration : null;
    if (shorthand) symbol = this.checker.getShorthandAssignmentValueSymbol(shorthand);
    if (symbol && symbol.flags & this.ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    if (!symbol || !declaration) return null;
    const file = declaration.getSourceFile();
    const { line } = file.getLineAndCharacterOfPosition(declaration.getStart());
    const relative = file.fileName.startsWith(`${this.cwd}/`) ? file.fileName.slice(this.cwd.length + 1) : file.fileName;
    return `\`${symbol.name}\` in ${relative}:${line + 1}`;
  }
}

const resolvers = new WeakMap<object, TypedResolver | null>();

/** The type-aware resolver of a file, or null when the parser gave no type information. */
export function typedResolver(sourceCode: Readonly<TSESLint.SourceCode>, cwd: string): TypedResolver | null {
  const services = sourceCode.parserServices;
  if (!services?.program || !services.getTypeAtLocation || !services.esTreeNodeToTSNodeMap) return null;
  const cached = resolvers.get(sourceCode.ast);
  if (cached !== undefined) return cached;
  const resolver = new TypedResolver(services as ParserServicesWithTypeInformation, cwd.replaceAll('\\', '/'));
  resolvers.set(sourceCode.ast, resolver);
  return resolver;
}
