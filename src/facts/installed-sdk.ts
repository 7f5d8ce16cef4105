/**
 * The `@anthropic-ai/sdk` installed nearest to a directory: the one package a linted file's
 * imports resolve to, which decides the API version it sends and serves as a live lifecycle
 * source. In a monorepo `packages/app` and `packages/legacy` may have different ones.
 *
 * Looked up per directory, never per file. A long-running process (the editor's language server)
 * must see an `npm install` without a restart, so a directory's answer is trusted for
 * `RECHECK_MS`; after that the next lookup re-reads the manifests on its way up (each ancestor
 * directory is cached too, so a re-check costs one read per directory). While a manifest's text
 * is unchanged the answer is the same object, so callers may cache by it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface InstalledSdk {
  /** The package's directory (`…/node_modules/@anthropic-ai/sdk`). */
  readonly packageDir: string;
  /** Its `package.json`. */
  readonly manifest: string;
  readonly version: string;
}

/** How long a directory's answer is trusted before the next lookup re-reads the manifests. */
export const RECHECK_MS = 5000;

interface Entry {
  readonly sdk: InstalledSdk | null;
  readonly checkedAt: number;
  /** The manifest's text when this directory holds the SDK, to keep `sdk` identical while it is unchanged. */
  readonly text: string | null;
}

const cache = new Map<string, Entry>();

/** The SDK installed in `directory` or above it, or null. */
export function nearestSdk(directory: string, now: number = Date.now()): InstalledSdk | null {
  return lookup(path.resolve(directory), now).sdk;
}

function lookup(directory: string, now: number): Entry {
  const cached = cache.get(directory);
  if (cached && now - cached.checkedAt < RECHECK_MS) return cached;
  const packageDir = path.join(directory, 'node_modules', '@anthropic-ai', 'sdk');
  const manifest = path.join(packageDir, 'package.json');
  const text = readText(manifest);
  const version = text === null ? null : versionOf(text);
  let sdk: InstalledSdk | null;
  if (version !== null) {
    sdk = cached?.text === text && cached.sdk ? cached.sdk : { packageDir, manifest, version };
  } else {
    const parent = path.dirname(directory);
    sdk = parent === directory ? null : lookup(parent, now).sdk;
  }
  const entry: Entry = { sdk, checkedAt: now, text: version === null ? null : text };
  cache.set(directory, entry);
  return entry;
}

export function readText(file: string): string | null {
  // Most probes (a `node_modules/@anthropic-ai/sdk` in every folder up the tree) miss: answer
  // those without the cost of a thrown ENOENT.
  if (!existsSync(file)) return null;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The `version` of a `package.json`'s text; null when it has none or does not parse. */
export function versionOf(text: string): string | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { version } = parsed as { version?: unknown };
    return typeof version === 'string' && version.length > 0 ? version : null;
  } catch {
    return null;
  }
}
