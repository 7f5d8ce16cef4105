/**
 * What an expression names when it comes from an import: the module and the member path from
 * the module's namespace. Follows `import x from`, `import { x as y } from`, `import * as ns`,
 * `import x = require()`, `require()`, `const { x } = require()` and `const`s holding them.
 *
 * `Anthropic.RateLimitError` with `import Anthropic from '@anthropic-ai/sdk'` is
 * `{ module: '@anthropic-ai/sdk', path: ['default', 'RateLimitError'] }`.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { constantInitializer, unwrapExpression } from './values.js';

const { DefinitionType } = TSESLint.Scope;

export interface ImportedValue {
  readonly module: string;
  /** Member names from the module namespace; `[]` is the namespace (a CommonJS `require()` result). */
  readonly path: readonly string[];
}

const MAX_DEPTH = 8;

export function memberName(node: TSESTree.MemberExpression): string | null {
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  if (node.computed && node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string') {
    return node.property.value;
  }
  if (!node.computed && node.property.type === AST_NODE_TYPES.PrivateIdentifier) return `#${node.property.name}`;
  return null;
}

export function keyName(key: TSESTree.Node): string | null {
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') return key.value;
  return null;
}

/** `require('<module>')` → the module name, for modules `tracked` accepts. */
export function requiredModule(node: TSESTree.CallExpression, tracked: (module: string) => boolean): string | null {
  if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'require') return null;
  const argument = node.arguments[0];
  if (argument?.type !== AST_NODE_TYPES.Literal || typeof argument.value !== 'string') return null;
  return tracked(argument.value) ? argument.value : null;
}

/** `vi.mock('<module>', ...)`, `jest.mock(...)` and their siblings: a test file replacing a module. */
const MOCK_CALL = /\b(?:vi|jest)\s*\.\s*(?:mock|doMock|unstable_mockModule)\s*\(/u;
const MOCKERS: ReadonlySet<string> = new Set(['vi', 'jest']);
const MOCK_METHODS: ReadonlySet<string> = new Set(['mock', 'doMock', 'unstable_mockModule']);
const mockedByFile = new WeakMap<TSESTree.Program, ReadonlySet<string>>();

/** True for the test framework's mocking object (`vi`, `jest`), the one a mock call starts from. */
export function isMocker(node: TSESTree.Node): node is TSESTree.Identifier {
  return node.type === AST_NODE_TYPES.Identifier && MOCKERS.has(node.name);
}

/**
 * The modules the file's top-level `vi.mock('<module>')` / `jest.mock(...)` calls replace: what it
 * imports from them is the test's stand-in, so no request made with it reaches the API.
 */
function mockedModules(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlySet<string> {
  const program = sourceCode.ast;
  let mocked = mockedByFile.get(program);
  if (!mocked) {
    const found = new Set<string>();
    if (MOCK_CALL.test(sourceCode.text)) {
      for (const statement of program.body) {
        const call = statement.type === AST_NODE_TYPES.ExpressionStatement ? unwrapExpression(statement.expression) : null;
        if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) continue;
        const { object } = call.callee;
        const method = memberName(call.callee);
        const [source] = call.arguments;
        if (!isMocker(object) || method === null || !MOCK_METHODS.has(method)) continue;
        if (source?.type !== AST_NODE_TYPES.Literal || typeof source.value !== 'string') continue;
        if (!keepsRealModule(sourceCode, call.arguments[1])) found.add(source.value);
      }
    }
    mocked = found;
    mockedByFile.set(program, mocked);
  }
  return mocked;
}

/**
 * A partial mock: a factory that starts from the real module (`vi.mock(m, async (importOriginal)
 * => ...)`, `vi.importActual`, `jest.requireActual`), keeping what it does not replace, such as a
 * class that spies on the real one and still sends.
 */
function keepsRealModule(sourceCode: Readonly<TSESLint.SourceCode>, factory: TSESTree.Node | undefined): boolean {
  if (!factory || factory.type === AST_NODE_TYPES.SpreadElement) return false;
  const fn = unwrapExpression(factory);
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return true;
  return fn.params.length > 0 || /\b(?:importActual|requireActual|importOriginal)\b/u.test(sourceCode.getText(fn));
}

/** True when the file replaces `module` with a test double (`vi.mock`, `jest.mock`). */
export function isMockedModule(sourceCode: Readonly<TSESLint.SourceCode>, module: string): boolean {
  return mockedModules(sourceCode).has(module);
}

const extend = (value: ImportedValue | null, name: string | null): ImportedValue | null =>
  value && name !== null ? { module: value.module, path: [...value.path, name] } : null;

/**
 * The imported value an identifier, member expression or type name refers to, from a module
 * `tracked` accepts; null for anything else.
 */
export function resolveImported(
  sourceCode: Readonly<TSESLint.SourceCode>,
  original: TSESTree.Node,
  tracked: (module: string) => boolean,
  depth = 0,
): ImportedValue | null {
  if (depth > MAX_DEPTH) return null;
  if (depth === 0 && mockedModules(sourceCode).size > 0) {
    // A module the file mocks is not the real one.
    const real = tracked;
    tracked = (module) => real(module) && !isMockedModule(sourceCode, module);
  }
  const node = unwrapExpression(original);
  switch (node.type) {
    case AST_NODE_TYPES.MemberExpression:
      return extend(resolveImported(sourceCode, node.object, tracked, depth + 1), memberName(node));
    case AST_NODE_TYPES.TSQualifiedName:
      return extend(resolveImported(sourceCode, node.left, tracked, depth + 1), node.right.name);
    case AST_NODE_TYPES.CallExpression: {
      const module = requiredModule(node, tracked);
      return module === null ? null : { module, path: [] };
    }
    case AST_NODE_TYPES.Identifier:
      break;
    default:
      return null;
  }
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!def) return null;
  if (def.type === DefinitionType.ImportBinding) {
    const specifier = def.node;
    if (specifier.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
      const reference = specifier.moduleReference;
      if (reference.type !== AST_NODE_TYPES.TSExternalModuleReference) return null;
      const module = reference.expression.value;
      return tracked(module) ? { module, path: [] } : null;
    }
    if (def.parent.type !== AST_NODE_TYPES.ImportDeclaration) return null;
    const module = def.parent.source.value;
    if (!tracked(module)) return null;
    if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return { module, path: [] };
    if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) return { module, path: ['default'] };
    const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
    return { module, path: [imported] };
  }
  if (def.type !== DefinitionType.Variable || !def.node.init) return null;
  const declarator = def.node;
  if (declarator.id.type === AST_NODE_TYPES.Identifier) {
    return constantInitializer(variable ?? null) ? resolveImported(sourceCode, declarator.init as TSESTree.Node, tracked, depth + 1) : null;
  }
  // const { Anthropic } = require('@anthropic-ai/sdk')
  if (declarator.id.type === AST_NODE_TYPES.ObjectPattern && def.parent.kind === 'const') {
    const property = declarator.id.properties.find(
      (p): p is TSESTree.Property =>
        p.type === AST_NODE_TYPES.Property && p.value.type === AST_NODE_TYPES.Identifier && p.value.name === node.name,
    );
    const key = property && !property.computed ? keyName(property.key) : null;
    return extend(resolveImported(sourceCode, declarator.init as TSESTree.Node, tracked, depth + 1), key);
  }
  return null;
}
