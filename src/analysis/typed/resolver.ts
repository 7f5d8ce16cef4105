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
import { AiSdkModels } from './ai-sdk-model.js';

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
const MAX_ALIASES = 6;

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

/** A value known from a type, on the user's node, with where it is declared. */
export interface TypedLiteral {
  readonly node: TSESTree.Node;
  readonly value: ResolvedLiteral['value'];
  /** ``FAST_MODEL`, src/models.ts:3`. */
  readonly origin: string;
}

/** Expressions whose type is never a literal one (`string`, `number`, an object, a function). */
const NEVER_LITERAL: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.BinaryExpression,
  AST_NODE_TYPES.ClassExpression,
  AST_NODE_TYPES.FunctionExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.TaggedTemplateExpression,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.ThisExpression,
  AST_NODE_TYPES.UnaryExpression,
  AST_NODE_TYPES.UpdateExpression,
]);

/** Built-in methods and functions that return `string`, `number` or an array, never a literal type. */
const NEVER_LITERAL_CALLS: ReadonlySet<string> = new Set([
  'String',
  'Number',
  'parseInt',
  'parseFloat',
  'stringify',
  'join',
  'map',
  'filter',
  'slice',
  'concat',
  'split',
  'trim',
  'toString',
  'toLowerCase',
  'toUpperCase',
  'replace',
  'replaceAll',
  'padStart',
  'padEnd',
  'substring',
  'toFixed',
]);

/** Payload keys that carry prose: no rule checks a value of theirs known only from a type. */
const TEXT_KEYS: ReadonlySet<string> = new Set(['content', 'text', 'system', 'prompt', 'description']);

const isProcessEnv = (node: TSESTree.Node): boolean =>
  node.type === AST_NODE_TYPES.MemberExpression &&
  node.object.type === AST_NODE_TYPES.Identifier &&
  node.object.name === 'process' &&
  node.property.type === AST_NODE_TYPES.Identifier &&
  node.property.name === 'env';

/**
 * A cheap syntactic test before asking the checker: the first question in a file makes the
 * checker check the code around it (an SDK call's overloads, the file's imports), so nodes that
 * cannot have a literal type, and prose the rules never read from types, are not asked about.
 */
function mayHaveLiteralType(node: TSESTree.Node): boolean {
  if (NEVER_LITERAL.has(node.type)) return false;
  const parent = node.parent;
  // The object of `content[0].text`, `process.env.X`: its own value is not what is read.
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node) return false;
  // `process.env.X` is a string or nothing.
  if (node.type === AST_NODE_TYPES.MemberExpression && isProcessEnv(node.object)) return false;
  // The value of a prose key, or a branch of one (`text: done ? a : b`).
  let value: TSESTree.Node = node;
  while (value.parent?.type === AST_NODE_TYPES.ConditionalExpression || value.parent?.type === AST_NODE_TYPES.LogicalExpression) {
    value = value.parent;
  }
  const holder = value.parent;
  if (holder?.type === AST_NODE_TYPES.Property && holder.value === value && !holder.computed) {
    const key =
      holder.key.type === AST_NODE_TYPES.Identifier
        ? holder.key.name
        : holder.key.type === AST_NODE_TYPES.Literal
          ? holder.key.value
          : null;
    if (typeof key === 'string' && TEXT_KEYS.has(key)) return false;
  }
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const callee = node.callee;
    const name =
      callee.type === AST_NODE_TYPES.Identifier
        ? callee.name
        : callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier
          ? callee.property.name
          : null;
    if (name !== null && NEVER_LITERAL_CALLS.has(name)) return false;
  }
  return true;
}

export class TypedResolver {
  readonly ts = loadTypeScript();
  readonly checker: ts.TypeChecker;
  private readonly known: TypedLiteral[] = [];
  private readonly seen = new WeakSet<TSESTree.Node>();
  /** AI SDK models built in other modules (typed/ai-sdk-model.ts). */
  readonly aiSdk: AiSdkModels;

  constructor(
    private readonly services: ParserServicesWithTypeInformation,
    private readonly cwd: string,
  ) {
    this.checker = services.program.getTypeChecker();
    this.aiSdk = new AiSdkModels(this);
  }

  typeOf(node: TSESTree.Node): ts.Type | null {
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
    if (!mayHaveLiteralType(node)) return null;
    const type = this.typeOf(node);
    const values = type && this.literalValues(type);
    if (!values) return null;
    const keyed = node.type === AST_NODE_TYPES.MemberExpression && node.computed ? this.memberOrigins(node.object, values) : null;
    const origin = this.origin(node);
    return this.literals(
      node,
      values.map((value, index) => ({ value, origin: keyed?.[index] ?? origin })),
    );
  }

  /** The values a literal type or a union of literals admits; null when it admits others, or only `undefined`. */
  literalValues(type: ts.Type): ResolvedLiteral['value'][] | null {
    const { TypeFlags } = this.ts;
    const all = type.isUnion() ? type.types : [type];
    if (all.length > MAX_UNION) return null;
    const values: ResolvedLiteral['value'][] = [];
    for (const member of all) {
      if (member.isStringLiteral() || member.isNumberLiteral()) values.push(member.value);
      else if (member.flags & TypeFlags.BooleanLiteral) values.push(this.checker.typeToString(member) === 'true');
      else if (member.flags & (TypeFlags.Undefined | TypeFlags.Void)) values.push(undefined);
      else if (member.flags & TypeFlags.Null) values.push(null);
      else return null;
    }
    // A lone `undefined` says nothing the untyped resolver would not.
    return values.every((value) => value === undefined) ? null : values;
  }

  /** Values as read at `node`, each with where it is declared: one literal, or a choice of them; each noted for messages. */
  literals(node: TSESTree.Node, entries: readonly { value: ResolvedLiteral['value']; origin: string | null }[]): Resolved {
    const options = entries.map(({ value, origin }): ResolvedLiteral => ({ kind: 'literal', node, value, ...(origin ? { origin } : {}) }));
    if (!this.seen.has(node)) {
      this.seen.add(node);
      for (const { value, origin } of entries) if (origin) this.known.push({ node, value, origin });
    }
    return options.length === 1 && options[0] ? options[0] : { kind: 'choice', node, options };
  }

  /** Every value of the file known from a type that has an origin, for messages (typed/origins.ts). */
  get typedLiterals(): readonly TypedLiteral[] {
    return this.known;
  }

  /** The symbol a node names, through `{ model }` shorthands and import aliases. */
  symbolAt(node: TSESTree.Node): ts.Symbol | null {
    let symbol: ts.Symbol | undefined;
    try {
      symbol = this.services.getSymbolAtLocation(node);
    } catch {
      return null;
    }
    // `{ model }`: the variable or parameter, not the property it writes.
    const shorthand =
      symbol?.valueDeclaration && this.ts.isShorthandPropertyAssignment(symbol.valueDeclaration) ? symbol.valueDeclaration : null;
    if (shorthand) symbol = this.checker.getShorthandAssignmentValueSymbol(shorthand);
    if (symbol && symbol.flags & this.ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    return symbol ?? null;
  }

  /**
   * The package export an identifier names (`anthropic` from `@ai-sdk/anthropic`), followed
   * through imports and re-exports (`import { anthropic as claude }`, a local module's
   * `export { anthropic } from '@ai-sdk/anthropic'`); null unless the checker resolves it to a
   * declaration of that very package (an uninstalled package's import resolves to nothing).
   */
  importedFrom(expression: ts.Node, isModule: (module: string) => boolean): { module: string; name: string } | null {
    const { ts } = this;
    if (!ts.isIdentifier(expression)) return null;
    let symbol = this.checker.getSymbolAtLocation(expression);
    for (let step = 0; symbol && symbol.flags & ts.SymbolFlags.Alias && step < MAX_ALIASES; step++) {
      const declaration = symbol.declarations?.[0];
      if (declaration && (ts.isImportSpecifier(declaration) || ts.isExportSpecifier(declaration))) {
        const from = ts.isImportSpecifier(declaration)
          ? declaration.parent.parent.parent.moduleSpecifier
          : declaration.parent.parent.moduleSpecifier;
        if (from && ts.isStringLiteral(from) && isModule(from.text)) {
          const name = (declaration.propertyName ?? declaration.name).text;
          return this.declaredIn(this.checker.getAliasedSymbol(symbol), from.text) ? { module: from.text, name } : null;
        }
      }
      symbol = this.checker.getImmediateAliasedSymbol(symbol);
    }
    return null;
  }

  /** True when the symbol is declared by the package of `module` (its files, or an ambient `declare module`). */
  private declaredIn(symbol: ts.Symbol, module: string): boolean {
    const { ts } = this;
    const declaration = symbol.declarations?.[0];
    if (!declaration) return false;
    const root = module
      .split('/')
      .slice(0, module.startsWith('@') ? 2 : 1)
      .join('/');
    if (declaration.getSourceFile().fileName.replaceAll('\\', '/').includes(`/node_modules/${root}/`)) return true;
    for (let node: ts.Node | undefined = declaration.parent; node; node = node.parent) {
      if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) return node.name.text === module;
    }
    return false;
  }

  /** `new X(...)` where the checker resolves `X` to one of `classes` exported by `module` (LangChain's `ChatAnthropic`). */
  constructsClass(callee: TSESTree.Node, module: string, classes: ReadonlySet<string>): boolean {
    try {
      const found = this.importedFrom(this.services.esTreeNodeToTSNodeMap.get(callee), (from) => from === module);
      return found !== null && classes.has(found.name);
    } catch {
      return false;
    }
  }

  /** `` `name`, src/config.ts:3 `` for a symbol's declaration. */
  where(symbol: ts.Symbol, name: string): string | null {
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (!declaration) return null;
    const file = declaration.getSourceFile();
    const { line } = file.getLineAndCharacterOfPosition(declaration.getStart());
    const relative = file.fileName.startsWith(`${this.cwd}/`) ? file.fileName.slice(this.cwd.length + 1) : file.fileName;
    return `\`${name}\`, ${relative}:${line + 1}`;
  }

  /** Where the value's declaration is: `` `DEFAULT_MODEL`, src/config.ts:3 ``, `` `Tier.Legacy`, src/config.ts:10 ``. */
  private origin(node: TSESTree.Node): string | null {
    const member = node.type === AST_NODE_TYPES.MemberExpression ? node : null;
    const symbol = this.symbolAt(member ? (member.computed ? member.object : member.property) : node);
    if (!symbol) return null;
    const owner = member && !member.computed && member.object.type === AST_NODE_TYPES.Identifier ? `${member.object.name}.` : '';
    return this.where(symbol, `${owner}${symbol.name}`);
  }

  /**
   * `MODELS[tier]`: for each value, the property of `MODELS` whose type is that literal
   * (`` `MODELS.smart`, src/config.ts:6 ``); null where none or several are.
   */
  private memberOrigins(object: TSESTree.Node, values: readonly ResolvedLiteral['value'][]): (string | null)[] | null {
    const type = this.typeOf(object);
    const properties = type ? this.checker.getPropertiesOfType(type) : [];
    if (properties.length === 0 || properties.length > MAX_UNION) return null;
    const owner = object.type === AST_NODE_TYPES.Identifier ? `${object.name}.` : '';
    const literalOf = (property: ts.Symbol): ResolvedLiteral['value'] | null => {
      const propertyType = this.checker.getTypeOfSymbol(property);
      return propertyType.isStringLiteral() || propertyType.isNumberLiteral() ? propertyType.value : null;
    };
    const byValue = new Map<ResolvedLiteral['value'], ts.Symbol | null>();
    for (const property of properties) {
      const value = literalOf(property);
      if (value !== null) byValue.set(value, byValue.has(value) ? null : property);
    }
    return values.map((value) => {
      const property = byValue.get(value);
      return property ? this.where(property, `${owner}${property.name}`) : null;
    });
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
