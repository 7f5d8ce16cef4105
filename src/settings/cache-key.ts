/**
 * What ESLint's `--cache` must know beyond the file and the config.
 *
 * ESLint keys its cache on the file (mtime and size, or content) and a hash of the config in
 * effect, which names each plugin as `meta.name@meta.version` (`lib/config/config.js`
 * `getObjectId`, `lib/cli-engine/lint-result-cache.js` `hashOfConfigFor`). Our results also
 * depend on two things outside both: today's date (a model whose retirement date has come is
 * reported by another rule) and the installed @anthropic-ai/sdk (its major version picks the
 * default API version). So the plugin's version carries them as semver build metadata, which
 * changes the config hash, and so the cache, exactly when one of them changes:
 *
 * - `lifecycle.<date>`: the latest lifecycle date of the built-in model table that has come
 *   (it moves on a retirement day, not every day);
 * - `api.<version>`: the API version derived for the working directory;
 * - `lock.<hash>`: a hash of the lockfile lines that mention @anthropic-ai/sdk (found from the
 *   working directory upwards), so that an upgrade in any workspace of a monorepo counts.
 *
 * Not covered: dates in `settings['claude-api'].models` rows and in the installed SDK's
 * deprecation data (the rows and the SDK version are in the key, the passing of their dates is
 * not), the contents of a `modelsFile` (only its path is in the config), and SDK installs that no
 * lockfile found from the working directory records. The README says so.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isoDay } from '../facts/lookup.js';
import { MODEL_TABLE } from '../facts/table.js';
import { detectApiVersion } from './api-version.js';

const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock', 'bun.lockb'];
/** The line naming the SDK and the two after it: every lockfile format writes the version there. */
const SDK_ENTRY = /^.*@anthropic-ai\/sdk\b.*(?:\r?\n.*){0,2}/gmu;

/** The latest lifecycle date of the built-in table on or before `now`, as `YYYYMMDD`. */
export function lifecycleEpoch(now: Date): string {
  const today = isoDay(now);
  let latest = '00000000';
  for (const row of MODEL_TABLE) {
    for (const date of JSON.stringify(row.lifecycle).match(/\d{4}-\d{2}-\d{2}/gu) ?? []) {
      const compact = date.replaceAll('-', '');
      if (date <= today && compact > latest) latest = compact;
    }
  }
  return latest;
}

/** A short hash of what the nearest lockfile says about @anthropic-ai/sdk, or `none`. */
export function lockfileFingerprint(directory: string): string {
  for (let current = path.resolve(directory); ;) {
    for (const name of LOCKFILES) {
      let content: Buffer;
      try {
        content = readFileSync(path.join(current, name));
      } catch {
        continue;
      }
      const entries = name.endsWith('lockb') ? content : (content.toString('utf8').match(SDK_ENTRY) ?? []).join('\n');
      return createHash('sha256').update(entries).digest('hex').slice(0, 10);
    }
    const parent = path.dirname(current);
    if (parent === current) return 'none';
    current = parent;
  }
}

/** `<version>+lifecycle.<date>.api.<version>.lock.<hash>`: see the module comment. */
export function cacheVersion(packageVersion: string, cwd: string, now: Date): string {
  const metadata = `lifecycle.${lifecycleEpoch(now)}.api.${detectApiVersion(cwd).version}.lock.${lockfileFingerprint(cwd)}`;
  return `${packageVersion}+${metadata}`;
}
