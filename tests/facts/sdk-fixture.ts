/**
 * Fake `@anthropic-ai/sdk` installs in a temporary directory, shaped like the published
 * packages (see src/facts/sdk-lifecycle.ts), for tests of the SDK as a lifecycle source.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface SdkFixture {
  /** The project directory (holds `node_modules/@anthropic-ai/sdk`). */
  readonly project: string;
  /** The package directory. */
  readonly packageDir: string;
  /** A source file path inside the project, for a rule test's `filename`. */
  readonly sourceFile: string;
  readonly remove: () => void;
}

/** A map as the SDK's compiled files write it: `'id': 'date',` lines. */
export function mapLiteral(entries: Readonly<Record<string, string>>): string {
  return `{\n${Object.entries(entries)
    .map(([id, date]) => `    '${id}': '${date}',`)
    .join('\n')}\n}`;
}

/**
 * Write an SDK of `version` whose files are `files` (path in the package → text). `layout`
 * fills in the usual file for the map: `data` (1.13+: internal/data/deprecated-models.js),
 * `inline` (up to 1.12: a const in resources/messages/messages.js).
 */
export function makeSdkFixture(
  version: string,
  deprecated: Readonly<Record<string, string>> | null,
  layout: 'data' | 'inline' = 'data',
  extraFiles: Readonly<Record<string, string>> = {},
): SdkFixture {
  const project = mkdtempSync(path.join(tmpdir(), 'claude-sdk-fixture-'));
  const packageDir = path.join(project, 'node_modules', '@anthropic-ai', 'sdk');
  const files: Record<string, string> = { 'package.json': JSON.stringify({ name: '@anthropic-ai/sdk', version }) };
  if (deprecated && layout === 'data') {
    files['internal/data/deprecated-models.js'] =
      `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.DEPRECATED_MODELS = void 0;\nexports.DEPRECATED_MODELS = ${mapLiteral(deprecated)};\n`;
    files['resources/messages/messages.js'] = `if (body.model in data_1.DEPRECATED_MODELS) {\n  console.warn('deprecated');\n}\n`;
  }
  if (deprecated && layout === 'inline') {
    files['resources/messages/messages.js'] =
      `class Messages {}\nconst DEPRECATED_MODELS = ${mapLiteral(deprecated)};\nconst MODELS_TO_WARN_WITH_THINKING_ENABLED = [];\n`;
  }
  Object.assign(files, extraFiles);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(packageDir, file)), { recursive: true });
    writeFileSync(path.join(packageDir, file), text);
  }
  mkdirSync(path.join(project, 'src'), { recursive: true });
  return {
    project,
    packageDir,
    sourceFile: path.join(project, 'src', 'client.ts'),
    remove: () => rmSync(project, { recursive: true, force: true }),
  };
}

/** A `GET /v1/models` entry in the recorded shape (SDK 1.15.0 `ModelInfo`). */
export function modelInfo(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'model',
    id,
    display_name: id,
    created_at: '2026-11-09T00:00:00Z',
    capabilities: null,
    deprecated_at: null,
    lifecycle: 'active',
    line: null,
    max_input_tokens: 1000000,
    max_tokens: 128000,
    retires_at: null,
    ...fields,
  };
}
