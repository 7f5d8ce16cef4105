#!/usr/bin/env node
/**
 * Benchmark: what the plugin adds to an ESLint run.
 *
 * Lints corpora with ESLint + typescript-eslint's parser, in one process, alternating configs:
 *   baseline  parser only, no rules (ESLint 10 then parses but skips the traversal)
 *   noop      + one rule that does nothing: parse and traverse, the reference for our overhead
 *   ours      + claude-api recommended
 *   all       + every claude-api rule (configs.all), on the dense corpus
 *   tseslint  + typescript-eslint recommended (untyped), a well-known config for comparison
 * Wall times on a shared VM move by ±10% between runs of the same config, so the script also
 * reports the time ESLint's stats put inside our rules and the CPU share of our code under V8's
 * profiler, which are steady.
 * Corpora: two sizes of real code with few Claude calls (ESLint's and typescript-eslint's own sources
 * from node_modules), on a corpus made only of Claude-calling files (the published sources of
 * libraries that call the Messages API, fetched with `npm pack`, plus the demo app), and typed
 * (projectService) on that corpus. Prints medians, our overhead as a ratio to the baseline, and per-rule
 * times from ESLint's stats (the data TIMING prints).
 *
 * Dense Claude code: the demo app's TypeScript files copied 30 times (BENCH_COPIES) under distinct
 * paths, every file small and making requests, linted with configs.all against one no-op rule over
 * 21 rotated rounds (BENCH_DENSE_ROUNDS): the wall time over noop, per file and per Claude request
 * (the requests counted once by a rule that asks the shared finder), and the CPU shares of our code
 * and of garbage collection. Beside it, ESLint's own part of that cost: as many no-op rules as
 * configs.all has (noop14), and a rule that makes as many reports per file as configs.all does,
 * with a fix and a suggestion each, and nothing else (reports); typescript-eslint's recommended
 * config for comparison; and the shared finder timed on each file twice, as the rules meet it
 * and again on the same program, when its nodes and our code are in the CPU caches.
 *
 * Then the scaling table: each shape of scripts/shapes.js (the code that once made the analysis
 * quadratic) linted at n, 2n and 4n, with the time ratio per doubling (about 2 is linear, 4 is
 * quadratic).
 *
 *   npm run bench                 # default rounds
 *   BENCH_ROUNDS=7 npm run bench  # more rounds, steadier medians
 *   BENCH_ONLY=scaling npm run bench   # only the scaling table
 *   BENCH_ONLY=dense npm run bench     # only the dense Claude code corpus
 *   BENCH_SHAPE=long npm run bench     # only shapes whose name contains this
 *   BENCH_BASELINE=../before/dist/index.js BENCH_ONLY=dense npm run bench   # and against another build, by CPU samples
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import claudeApi from '../dist/index.js';
import { getClaudeRequests } from '../dist/analysis/requests.js';
import { SHAPES } from './shapes.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const scratch = path.join(root, '.bench');

function listFiles(directory, extensions, limit) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (extensions.some((ext) => name.endsWith(ext)) && !name.endsWith('.d.ts')) out.push(full);
      if (out.length >= limit) return;
    }
  };
  walk(directory);
  return out.slice(0, limit);
}

/** Real code with few Claude calls: the sources of the lint toolchain we depend on. */
function realCorpus(limit) {
  const dirs = [
    'eslint/lib',
    '@typescript-eslint/typescript-estree/dist',
    '@typescript-eslint/scope-manager/dist',
    '@typescript-eslint/utils/dist',
    '@typescript-eslint/eslint-plugin/dist',
    'vitest/dist',
  ];
  const sources = dirs.flatMap((dir) => listFiles(path.join(root, 'node_modules', dir), ['.js', '.mjs', '.cjs'], 100000)).slice(0, limit);
  // Copied out of node_modules, which ESLint never lints.
  const dir = path.join(scratch, 'real');
  rmSync(dir, { recursive: true, force: true });
  return sources.map((source, index) => {
    const target = path.join(dir, String(index % 50), `${index}-${path.basename(source)}`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, readFileSync(source));
    return target;
  });
}

/** Published packages whose sources call Claude through the SDK (fetched with `npm pack`, no install). */
const CLAUDE_CALLING_PACKAGES = [
  '@langchain/anthropic',
  '@llamaindex/anthropic',
  '@browserbasehq/stagehand',
  'langsmith',
  'multi-llm-ts',
  'token.js',
];
const CLAUDE_CALL = /\.messages\.(?:create|stream|parse|countTokens)\(|\bmessages\.batches\.create\(/u;

/**
 * A corpus made only of Claude-calling files: every file of those packages that calls the
 * Messages API, plus the demo app (small files, dense with mistakes), copied into .bench/claude.
 */
function claudeCorpus() {
  const dir = path.join(scratch, 'claude');
  const packs = path.join(scratch, 'packs');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  mkdirSync(packs, { recursive: true });
  const sources = listFiles(path.join(root, 'examples', 'src'), ['.ts'], 100);
  try {
    if (!readdirSync(packs).some((name) => name.endsWith('.tgz'))) {
      execFileSync('npm', ['pack', '--silent', ...CLAUDE_CALLING_PACKAGES], { cwd: packs, stdio: ['ignore', 'ignore', 'inherit'] });
    }
    for (const tarball of readdirSync(packs).filter((name) => name.endsWith('.tgz'))) {
      const into = path.join(packs, tarball.replace(/\.tgz$/u, ''));
      mkdirSync(into, { recursive: true });
      execFileSync('tar', ['-xzf', path.join(packs, tarball), '-C', into]);
    }
    const published = listFiles(packs, ['.js', '.mjs', '.cjs'], 100000).filter((file) => CLAUDE_CALL.test(readFileSync(file, 'utf8')));
    sources.push(...published);
  } catch (error) {
    console.log(`(could not fetch the published Claude-calling packages: ${error.message}; using the demo app only)`);
  }
  const files = sources.map((source, index) => {
    const target = path.join(dir, `${index}-${path.basename(source).replace(/\.[cm]?js$/u, '.js')}`);
    writeFileSync(target, readFileSync(source));
    return target;
  });
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, allowJs: true, module: 'NodeNext', target: 'ES2022', skipLibCheck: true, noEmit: true },
      include: ['*.ts', '*.js'],
    }),
  );
  return files;
}

/**
 * Dense Claude code: the demo app's TypeScript files (every one makes requests), copied
 * `copies` times into .bench/dense under distinct paths, so that the corpus is nothing but
 * small files that call Claude.
 */
function denseCorpus(copies) {
  const dir = path.join(scratch, 'dense');
  rmSync(dir, { recursive: true, force: true });
  const sources = listFiles(path.join(root, 'examples', 'src'), ['.ts'], 100);
  const files = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const source of sources) {
      const target = path.join(dir, `copy-${copy}`, path.basename(source));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, readFileSync(source));
      files.push(target);
    }
  }
  return { files, perCopy: sources.length };
}

/** Fill `reportsPerFile` from one run of configs.all; returns the number of problems. */
async function countReports(files) {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ ignores: [] }, base(false, root), ...CONFIGS.all()],
  });
  let total = 0;
  for (const result of await eslint.lintFiles(files)) {
    reportsPerFile.set(result.filePath, result.messages.length);
    total += result.messages.length;
  }
  return total;
}

/**
 * The shared request finder on each file twice: once as the rules meet it, then again on the same
 * program (other settings, equal in content, so its cache does not answer). The second run reads
 * the same nodes and runs the same code, which are then in the CPU caches; the gap between the two
 * is what the first run pays for reading them from memory.
 */
function finderColdAndWarm(files, rounds) {
  const sources = files.map((file) => ({ file, code: readFileSync(file, 'utf8') }));
  const again = { 'claude-api': { ...base(false, root).settings['claude-api'] } };
  const times = { first: 0, again: 0 };
  let measuring = false;
  const timer = {
    meta: { type: 'problem', schema: [] },
    create: (context) => ({
      Program() {
        const start = performance.now();
        getClaudeRequests(context);
        const middle = performance.now();
        getClaudeRequests(Object.create(context, { settings: { value: again } }));
        if (!measuring) return;
        times.first += middle - start;
        times.again += performance.now() - middle;
      },
    }),
  };
  const config = [base(false, root), { plugins: { bench: { rules: { timer } } }, rules: { 'bench/timer': 'error' } }];
  const linter = new Linter({ configType: 'flat', cwd: root });
  for (let round = 0; round < rounds + 2; round++) {
    measuring = round >= 2; // after the JIT has settled
    for (const { file, code } of sources) linter.verify(code, config, { filename: file });
  }
  const perFile = (ms) => ((ms * 1000) / rounds / files.length).toFixed(0);
  return { first: perFile(times.first), again: perFile(times.again) };
}

/** The Claude requests the shared finder finds in the files (one run of a rule that counts them). */
async function countRequests(files) {
  requestCount = 0;
  await lintOnce('count', files, root, false);
  return requestCount;
}

/**
 * BENCH_BASELINE=/path/to/other/dist/index.js: this build against another (an earlier commit) on
 * the dense corpus, by CPU samples rather than wall time, which on a shared VM moves more than
 * most changes do. Every file is linted by both builds in turn (the order alternating), under one
 * profile; a sample counts for the build whose code is on the stack. Garbage collection counts for
 * neither. Both builds are warmed up alike first, before the wall-time rounds: comparing a build
 * that has run for those rounds with one that has not gave 0.86 for two copies of one build.
 * Measured like this, two copies give 1.00 and 1.01.
 */
async function compareBuilds(files, rounds) {
  const baselinePath = path.resolve(process.env.BENCH_BASELINE);
  const baseline = (await import(pathToFileURL(baselinePath).href)).default;
  const dirs = { ours: pathToFileURL(path.join(root, 'dist')).href, baseline: pathToFileURL(path.dirname(baselinePath)).href };
  const language = {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, sourceType: 'module' },
    settings: base(false, root).settings,
  };
  const configs = { ours: [language, claudeApi.configs.all], baseline: [language, baseline.configs.all] };
  const sources = files.map((file) => ({ file, code: readFileSync(file, 'utf8') }));
  const linter = new Linter({ configType: 'flat', cwd: root });
  const lintAll = (round) =>
    sources.forEach(({ file, code }, index) => {
      for (const name of (index + round) % 2 ? ['ours', 'baseline'] : ['baseline', 'ours'])
        linter.verify(code, configs[name], { filename: file });
    });
  for (let round = 0; round < 3; round++) lintAll(round); // warm up both builds alike
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  for (let round = 0; round < rounds; round++) lintAll(round);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const parent = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const buildOf = (id) => {
    for (let current = id; current !== undefined; current = parent.get(current)) {
      const url = byId.get(current).callFrame.url;
      if (url.startsWith(dirs.ours)) return 'ours';
      if (url.startsWith(dirs.baseline)) return 'baseline';
    }
    return null;
  };
  const samples = { ours: 0, baseline: 0 };
  for (const id of profile.samples) {
    const build = buildOf(id);
    if (build) samples[build]++;
  }
  const msPerSample = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
  console.log(
    `  against ${process.env.BENCH_BASELINE} (CPU samples, ${rounds} rounds): this build ${((samples.ours * msPerSample) / rounds).toFixed(1)} ms per round, the baseline ${((samples.baseline * msPerSample) / rounds).toFixed(1)} ms, ratio ${(samples.ours / samples.baseline).toFixed(3)}`,
  );
}

/**
 * The dense corpus against one no-op rule, with every rule (configs.all): the wall-time
 * overhead (medians of many rotated rounds, and the median of each round's own ratio, which
 * drift in machine load hurts less), the time ESLint's stats put inside our rules, and both per
 * Claude request.
 */
async function denseBench() {
  const copies = Number(process.env.BENCH_COPIES ?? 30);
  const { files, perCopy } = denseCorpus(copies);
  const requests = await countRequests(files);
  const lines = files.reduce((sum, file) => sum + readFileSync(file, 'utf8').split('\n').length, 0);
  console.log(
    `\nDense corpus: the demo app's ${perCopy} TypeScript files x ${copies} = ${files.length} files, ${lines} lines, ${requests} Claude requests.`,
  );
  const rounds = Number(process.env.BENCH_DENSE_ROUNDS ?? Math.max(ROUNDS, 21));
  // Before the wall-time rounds, which would warm this build's code and not the baseline's.
  if (process.env.BENCH_BASELINE) await compareBuilds(files, 5);
  const problems = await countReports(files);
  const result = await measure('Dense Claude code, every rule (configs.all)', files, {
    configs: ['baseline', 'noop', 'noop14', 'reports', 'tseslint', 'all'],
    ours: 'all',
    rounds,
  });
  const perRound = result.times.all.map((ms, round) => (ms / result.times.noop[round] - 1) * 100);
  const over = result.ours - result.noop;
  console.log(
    `  all over noop: ${((result.ours / result.noop - 1) * 100).toFixed(1)}% (ratio of medians), ${median(perRound).toFixed(1)}% (median of per-round ratios)`,
  );
  console.log(
    `  per file: ${(result.ours / files.length).toFixed(2)} ms (noop ${(result.noop / files.length).toFixed(2)} ms, ours ${(over / files.length).toFixed(2)} ms over it)`,
  );
  console.log(
    `  per request: ${((over * 1000) / requests).toFixed(0)} µs wall over noop, ${((result.ruleTotal * 1000) / requests).toFixed(0)} µs inside our rules (ESLint stats)`,
  );
  const overNoop = (name) => `${((median(result.times[name]) / result.noop - 1) * 100).toFixed(1)}%`;
  console.log(
    `  ESLint's own part, over noop: ${overNoop('noop14')} for ${Object.keys(noopRules).length} no-op rules; ${overNoop('reports')} for a rule that only reports the same ${problems} problems (a fix and a suggestion each); typescript-eslint recommended ${overNoop('tseslint')}`,
  );
  const finder = finderColdAndWarm(files, 5);
  console.log(
    `  the shared request finder: ${finder.first} µs per file as the rules meet it, ${finder.again} µs when run again on the same file (nodes and code in the CPU caches)`,
  );
  rmSync(path.join(scratch, 'dense'), { recursive: true, force: true });
}

const base = (typed, cwd) => ({
  files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.ts'],
  languageOptions: {
    parser: tseslint.parser,
    sourceType: 'module',
    ...(typed ? { parserOptions: { projectService: true, tsconfigRootDir: cwd } } : {}),
  },
  linterOptions: { reportUnusedDisableDirectives: 'off' },
  settings: { 'claude-api': { apiVersion: '2023-06-01' } },
});

/** A rule that listens to one node and does nothing: ESLint's own cost of running any rule at all. */
const noopRule = { meta: { type: 'problem', schema: [] }, create: () => ({ Program() {} }) };

/** Counts the Claude requests the shared finder sees (the µs-per-request figure needs the count). */
let requestCount = 0;
const countRule = {
  meta: { type: 'problem', schema: [] },
  create: (context) => ({
    Program() {
      requestCount += getClaudeRequests(context).length;
    },
  }),
};

/** As many no-op rules as configs.all has rules: ESLint's own cost of running that many. */
const noopRules = Object.fromEntries(Object.keys(claudeApi.configs.all.rules).map((_, index) => [`noop${index}`, noopRule]));

/**
 * Per file name, how many problems configs.all reports there (filled by `countReports`), and a
 * rule that makes as many reports in each file, each with a fix and a suggestion as most of ours
 * have, and does nothing else: ESLint's own cost of reporting what the plugin finds.
 */
const reportsPerFile = new Map();
const reportRule = {
  meta: {
    type: 'problem',
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      found: "'{{model}}' is retired since {{date}}: the API answers 404. Use '{{replacement}}' instead.",
      replace: "Replace with '{{replacement}}'.",
    },
  },
  create: (context) => ({
    Program() {
      const tokens = context.sourceCode.ast.tokens;
      const count = reportsPerFile.get(context.filename) ?? 0;
      for (let index = 0; index < count && tokens.length > 0; index++) {
        const token = tokens[(index * 7) % tokens.length];
        const data = { model: 'claude-3-opus-20240229', date: '2026-01-05', replacement: 'claude-opus-4-7' };
        context.report({
          loc: token.loc,
          messageId: 'found',
          data,
          fix: (fixer) => fixer.replaceTextRange(token.range, token.value),
          suggest: [{ messageId: 'replace', data, fix: (fixer) => fixer.insertTextAfterRange(token.range, ' ') }],
        });
      }
    },
  }),
};

const CONFIGS = {
  baseline: () => [],
  noop: () => [{ plugins: { bench: { rules: { noop: noopRule } } }, rules: { 'bench/noop': 'error' } }],
  noop14: () => [
    {
      plugins: { bench: { rules: noopRules } },
      rules: Object.fromEntries(Object.keys(noopRules).map((name) => [`bench/${name}`, 'error'])),
    },
  ],
  reports: () => [{ plugins: { bench: { rules: { reports: reportRule } } }, rules: { 'bench/reports': 'error' } }],
  ours: () => [claudeApi.configs.recommended],
  all: () => [claudeApi.configs.all],
  count: () => [{ plugins: { bench: { rules: { count: countRule } } }, rules: { 'bench/count': 'error' } }],
  tseslint: () => tseslint.configs.recommended.map((config) => ({ ...config, files: config.files ?? ['**/*'] })),
};

async function lintOnce(name, files, cwd, typed) {
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [{ ignores: [] }, base(typed, cwd), ...CONFIGS[name]()],
    ignore: false,
    stats: true,
    warnIgnored: false,
  });
  const start = process.hrtime.bigint();
  const results = await eslint.lintFiles(files);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const ruleTimes = {};
  let problems = 0;
  let crashes = 0;
  for (const result of results) {
    problems += result.messages.length;
    crashes += result.messages.filter((message) => message.fatal).length;
    for (const pass of result.stats?.times.passes ?? []) {
      for (const [rule, { total }] of Object.entries(pass.rules ?? {})) ruleTimes[rule] = (ruleTimes[rule] ?? 0) + total;
    }
  }
  return { ms, ruleTimes, problems, crashes };
}

/**
 * The share of CPU samples with the plugin's own code on the stack, in one run of `config` under
 * V8's sampling profiler, and the share of garbage collection. Unlike wall times on a shared VM,
 * they hardly move from run to run.
 */
async function pluginShare(files, cwd, typed, config = 'ours') {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  await lintOnce(config, files, cwd, typed);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const ours = new Set();
  const gc = new Set();
  const parent = new Map();
  for (const node of profile.nodes) {
    if (
      node.callFrame.url.includes('/eslint-plugin-claude-api/dist/') ||
      node.callFrame.url.startsWith(pathToFileURL(path.join(root, 'dist')).href)
    ) {
      ours.add(node.id);
    }
    if (node.callFrame.functionName === '(garbage collector)') gc.add(node.id);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const inside = (id) => {
    for (let current = id; current !== undefined; current = parent.get(current)) if (ours.has(current)) return true;
    return false;
  };
  const samples = profile.samples.length;
  const share = (count) => (samples === 0 ? 0 : (count / samples) * 100);
  return { ours: share(profile.samples.filter(inside).length), gc: share(profile.samples.filter((id) => gc.has(id)).length) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(
  label,
  files,
  { typed = false, configs = ['baseline', 'noop', 'ours', 'tseslint'], ours = 'ours', rounds = ROUNDS } = {},
) {
  const cwd = typed ? path.join(scratch, 'claude') : root;
  const times = Object.fromEntries(configs.map((name) => [name, []]));
  let last = {};
  await lintOnce('baseline', files.slice(0, 20), cwd, typed); // warm up module and parser caches
  for (let round = 0; round < rounds; round++) {
    // Rotate the order each round so drift in machine load hits every config alike.
    const order = configs.map((_, index) => configs[(index + round) % configs.length]);
    for (const name of order) {
      const run = await lintOnce(name, files, cwd, typed);
      times[name].push(run.ms);
      last[name] = run;
    }
  }
  const baseline = median(times.baseline);
  console.log(`\n## ${label}: ${files.length} files, ${rounds} rounds (median wall time)`);
  for (const name of configs) {
    const ms = median(times[name]);
    const over = (reference) => `${((ms / reference - 1) * 100).toFixed(1).padStart(6)}%`;
    const noop = times.noop ? median(times.noop) : null;
    const ratio =
      name === 'baseline' ? '' : `  ${over(baseline)} over baseline${noop !== null && name !== 'noop' ? `, ${over(noop)} over noop` : ''}`;
    console.log(
      `  ${name.padEnd(9)} ${ms.toFixed(0).padStart(7)} ms${ratio}   (${last[name].problems} problems, ${last[name].crashes} parse errors)`,
    );
  }
  const perRule = Object.entries(last[ours].ruleTimes)
    .filter(([rule]) => rule.startsWith('claude-api/'))
    .sort((a, b) => b[1] - a[1]);
  const ruleTotal = perRule.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(
    `  time inside our rules (ESLint stats, last round): ${ruleTotal.toFixed(0)} ms = ${((ruleTotal / baseline) * 100).toFixed(1)}% of the baseline run`,
  );
  console.log(
    `  per-rule time, ${ours} (last round): ${perRule.map(([rule, ms]) => `${rule.replace('claude-api/', '')} ${ms.toFixed(1)} ms`).join(', ')}`,
  );
  console.log('  (the first rule to run in a file pays for the shared request finder, once for all rules)');
  const share = await pluginShare(files, cwd, typed, ours);
  console.log(
    `  CPU share inside the plugin's code (V8 profiler, one run of ${ours}): ${share.ours.toFixed(2)}%; garbage collection ${share.gc.toFixed(2)}%`,
  );
  return { baseline, noop: times.noop ? median(times.noop) : null, ours: median(times[ours]), ruleTotal, times };
}

/**
 * Lint one program with every rule (configs.all): the time ESLint's stats put inside our rules,
 * best of `rounds` runs, in ms. Settings are validated once per settings object: each round
 * builds the program and its settings anew. `wall`: the whole run instead (settings are read
 * when a rule is created, which the stats leave out).
 */
function lintShape(make, rounds, wall = false) {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const linter = new Linter({ configType: 'flat' }); // stats are kept per Linter
    const { code, settings } = make();
    const config = [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser, sourceType: 'module' },
        settings: settings ?? { 'claude-api': { apiVersion: '2023-06-01' } },
      },
      claudeApi.configs.all,
    ];
    const start = process.hrtime.bigint();
    // verifyAndFix without fixing: plain verify does not count passes, which the stats need.
    linter.verifyAndFix(code, config, { filename: 'shape.ts', stats: true, fix: false });
    let ms = wall ? Number(process.hrtime.bigint() - start) / 1e6 : 0;
    for (const pass of linter.getTimes().passes ?? []) {
      for (const [rule, { total }] of Object.entries(pass.rules ?? {})) if (!wall && rule.startsWith('claude-api/')) ms += total;
    }
    best = Math.min(best, ms);
  }
  return best;
}

function scalingTable() {
  const filter = process.env.BENCH_SHAPE ?? '';
  const rounds = Math.max(3, Math.min(ROUNDS, 5));
  console.log(`\n## Scaling: each shape at n, 2n, 4n (ms inside every rule of ours, ESLint stats, best of ${rounds})`);
  console.log('  A ratio near 2 per doubling is linear, near 4 quadratic.');
  for (const [name, shape] of Object.entries(SHAPES)) {
    if (!name.includes(filter)) continue;
    const cells = [];
    let previous = null;
    lintShape(() => shape.make(shape.base), 1, shape.wall); // warm up the JIT on this shape
    for (const n of [shape.base, shape.base * 2, shape.base * 4]) {
      const ms = lintShape(() => shape.make(n), rounds, shape.wall);
      cells.push(
        `n=${String(n).padStart(6)} ${ms.toFixed(1).padStart(8)} ms${previous === null ? '        ' : ` (x${(ms / previous).toFixed(2)})`}`,
      );
      previous = ms;
    }
    console.log(`  ${name.padEnd(32)} ${cells.join('  ')}`);
  }
}

if (process.env.BENCH_ONLY === 'scaling') {
  scalingTable();
  process.exit(0);
}
if (process.env.BENCH_ONLY === 'dense') {
  console.log(`Node ${process.version}, ESLint ${ESLint.version}; ratios compare runs made in this same process.`);
  await denseBench();
  process.exit(0);
}

const real = realCorpus(Number(process.env.BENCH_FILES ?? 800));
const half = real.slice(0, Math.floor(real.length / 2));
console.log(`Node ${process.version}, ESLint ${ESLint.version}; ratios compare runs made in this same process.`);
const small = await measure('Real code, few Claude calls (half)', half);
const large = await measure('Real code, few Claude calls (full)', real);
console.log(
  `\nLinearity: the full corpus has ${(real.length / half.length).toFixed(2)}x the files; baseline took ${(large.baseline / small.baseline).toFixed(2)}x, ours ${(large.ours / small.ours).toFixed(2)}x.`,
);
const claudeFiles = claudeCorpus();
const lines = claudeFiles.reduce((sum, file) => sum + readFileSync(file, 'utf8').split('\n').length, 0);
console.log(`\nClaude corpus: ${claudeFiles.length} files, ${lines} lines.`);
await measure('Only Claude-calling files', claudeFiles, { configs: ['baseline', 'noop', 'ours', 'all', 'tseslint'] });
await measure('Only Claude-calling files, typed (projectService)', claudeFiles, { typed: true, configs: ['baseline', 'noop', 'ours'] });
await denseBench();
// Keep the fetched packages (.bench/packs) for the next run; drop the copied corpora.
rmSync(path.join(scratch, 'real'), { recursive: true, force: true });
scalingTable();
