/**
 * The editor: the real ESLint language server (vscode-langservers-extracted, the server of the
 * VS Code ESLint extension) over stdio, driven as an editor drives it. It uses pulled
 * diagnostics (`textDocument/diagnostic`) and asks the client for its settings
 * (`workspace/configuration`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import { REPO, cleanUp, installSdk, workspace } from './workspace.js';

const SERVER = path.join(REPO, 'node_modules', 'vscode-langservers-extracted', 'bin', 'vscode-eslint-language-server');

const CONFIG = `import tsParser from '@typescript-eslint/parser';
import claudeApi from 'eslint-plugin-claude-api';
export default [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, claudeApi.configs.recommended];
`;
const CODE = `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4.6', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] });
await client.messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, temperature: 0.2, messages: [{ role: 'user', content: 'Hi' }] });
await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 1024, temperature: 0.5, messages: [{ role: 'user', content: 'Hi' }] });
`;

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface Diagnostic {
  range: Range;
  severity: number;
  code: string;
  codeDescription?: { href: string };
  message: string;
  source: string;
}
interface CodeAction {
  title: string;
  kind?: string;
  command?: { command: string; arguments: unknown[] };
  diagnostics?: Diagnostic[];
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: { edits: TextEdit[] }[];
}

/** A language server session on one workspace folder. */
class Editor {
  /** The edits the server asked the editor to apply, flattened per request. */
  readonly edits: TextEdit[][] = [];
  private readonly server: ChildProcess;
  private readonly connection: MessageConnection;
  private versions = new Map<string, number>();

  constructor(readonly folder: string) {
    this.server = spawn(process.execPath, [SERVER, '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'inherit'] });
    if (!this.server.stdout || !this.server.stdin) throw new Error('no stdio');
    this.connection = createMessageConnection(new StreamMessageReader(this.server.stdout), new StreamMessageWriter(this.server.stdin));
    const uri = pathToFileURL(folder).href;
    // What VS Code's ESLint extension sends, minus what does not matter here. Not
    // experimental.useFlatConfig: with ESLint 10 it makes this server look for FlatESLint.
    const settings = {
      validate: 'on',
      run: 'onType',
      workingDirectory: { mode: 'location' },
      workspaceFolder: { uri, name: 'workspace' },
      experimental: {},
      codeAction: { disableRuleComment: { enable: true, location: 'separateLine' }, showDocumentation: { enable: true } },
      codeActionOnSave: { mode: 'all' },
      format: false,
      quiet: false,
      onIgnoredFiles: 'off',
      problems: { shortenToSingleLine: false },
      rulesCustomizations: [],
      nodePath: null,
      options: {},
    };
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('eslint/confirmESLintExecution', () => 4);
    this.connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      const { changes, documentChanges } = params.edit;
      this.edits.push([...Object.values(changes ?? {}).flat(), ...(documentChanges ?? []).flatMap((change) => change.edits)]);
      return { applied: true };
    });
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  async start(): Promise<void> {
    const uri = pathToFileURL(this.folder).href;
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'workspace' }],
      capabilities: {
        workspace: { configuration: true, applyEdit: true, workspaceFolders: true },
        textDocument: {
          diagnostic: { dynamicRegistration: false },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll.eslint'] } } },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  uri(file: string): string {
    return pathToFileURL(path.join(this.folder, file)).href;
  }

  async open(file: string): Promise<void> {
    const text = readFileSync(path.join(this.folder, file), 'utf8');
    this.versions.set(file, 1);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: this.uri(file), languageId: 'typescript', version: 1, text },
    });
  }

  async change(file: string, text: string): Promise<void> {
    const version = (this.versions.get(file) ?? 1) + 1;
    this.versions.set(file, version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: this.uri(file), version },
      contentChanges: [{ text }],
    });
  }

  async diagnostics(file: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', {
      textDocument: { uri: this.uri(file) },
    });
    return report.items;
  }

  async codeActions(file: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return this.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: this.uri(file) },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
  }

  async execute(action: CodeAction): Promise<TextEdit[]> {
    if (!action.command) throw new Error(`no command in ${action.title}`);
    const before = this.edits.length;
    await this.connection.sendRequest('workspace/executeCommand', { command: action.command.command, arguments: action.command.arguments });
    const edit = this.edits[before];
    if (!edit) throw new Error(`${action.title} applied no edit`);
    return edit;
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    this.connection.dispose();
    this.server.kill();
  }
}

const DOCS = 'https://github.com/eslint-plugin-claude-api/eslint-plugin-claude-api/blob/main/docs/rules';
const at = (line: number, from: number, to: number): Range => ({ start: { line, character: from }, end: { line, character: to } });

afterAll(cleanUp);

describe('the ESLint language server', () => {
  let editor: Editor;
  let folder: string;
  beforeAll(async () => {
    folder = workspace({ 'eslint.config.js': CONFIG, 'src/a.ts': CODE, 'package.json': '{"type":"module"}' });
    installSdk(folder, '0.137.0');
    editor = new Editor(folder);
    await editor.start();
    await editor.open('src/a.ts');
  });
  afterAll(async () => editor.stop());

  it('reports our rule IDs, ranges and docs links', async () => {
    const diagnostics = await editor.diagnostics('src/a.ts');
    expect(diagnostics.map((d) => [d.code, d.range, d.severity, d.codeDescription?.href, d.source])).toEqual([
      ['claude-api/valid-model-id', at(2, 38, 57), 1, `${DOCS}/valid-model-id.md`, 'eslint'],
      ['claude-api/no-unsupported-sampling-params', at(3, 75, 91), 1, `${DOCS}/no-unsupported-sampling-params.md`, 'eslint'],
    ]);
    expect(diagnostics[0]?.message).toContain("'claude-sonnet-4.6' is not a Claude model ID");
  });

  it('offers the autofix for a dotted ID and applies claude-sonnet-4-6', async () => {
    const [dotted] = await editor.diagnostics('src/a.ts');
    const actions = await editor.codeActions('src/a.ts', dotted as Diagnostic);
    const titles = actions.map((a) => a.title);
    expect(titles).toContain('Fix this claude-api/valid-model-id problem');
    const fix = actions.find((a) => a.title === 'Fix this claude-api/valid-model-id problem') as CodeAction;
    const edit = await editor.execute(fix);
    expect(edit).toEqual([{ range: at(2, 38, 57), newText: "'claude-sonnet-4-6'" }]);
  });

  it('offers the suggestions as code actions', async () => {
    const diagnostics = await editor.diagnostics('src/a.ts');
    const sampling = diagnostics.find((d) => d.code === 'claude-api/no-unsupported-sampling-params') as Diagnostic;
    const actions = await editor.codeActions('src/a.ts', sampling);
    const suggestion = actions.find((a) => a.title === 'Remove `temperature`. (claude-api/no-unsupported-sampling-params)');
    expect(actions.map((a) => a.title)).toContain('Remove `temperature`. (claude-api/no-unsupported-sampling-params)');
    const edit = await editor.execute(suggestion as CodeAction);
    const [change] = edit;
    expect(change?.newText).toBe('');
    expect(change?.range.start.line).toBe(3);
  });

  it(`sees an SDK upgrade without a restart`, async () => {
    installSdk(folder, '1.15.0');
    await new Promise((resolve) => setTimeout(resolve, 5200));
    await editor.change('src/a.ts', `${CODE}\n`);
    const diagnostics = await editor.diagnostics('src/a.ts');
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
      ['claude-api/valid-model-id', 2],
      ['claude-api/no-unsupported-sampling-params', 3],
      ['claude-api/no-unsupported-sampling-params', 4],
    ]);
    expect(diagnostics[2]?.message).toContain('@anthropic-ai/sdk 1.15.0 is installed');
  });
});

describe('a settings typo in the editor', () => {
  it('is a diagnostic on the open file naming the setting, and other plugins keep working', async () => {
    const config = CONFIG.replace(
      'claudeApi.configs.recommended]',
      "claudeApi.configs.recommended, { settings: { 'claude-api': { apiVerison: '2026-10-21' } }, rules: { 'no-debugger': 'error' } }]",
    );
    const folder = workspace({ 'eslint.config.js': config, 'src/a.ts': `${CODE}debugger;\n`, 'package.json': '{"type":"module"}' });
    const editor = new Editor(folder);
    try {
      await editor.start();
      await editor.open('src/a.ts');
      const diagnostics = await editor.diagnostics('src/a.ts');
      expect(diagnostics.map((d) => [d.code, d.range.start.line, d.severity])).toEqual([
        [expect.stringMatching(/^claude-api\//u), 0, 1],
        ['no-debugger', 5, 1],
      ]);
      expect(diagnostics[0]?.message).toContain(
        "invalid settings['claude-api'].apiVerison: unknown setting; expected one of apiVersion, models",
      );
    } finally {
      await editor.stop();
    }
  });
});
