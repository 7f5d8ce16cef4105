#!/usr/bin/env node
/**
 * Soak: run every rule, untyped, over a large corpus of real JavaScript and TypeScript and count
 * rule exceptions (must be 0). Every finding is listed: each one is a possible false positive
 * to look at.
 *
 *   npm run soak                    # install the corpus into .soak/ (once), then lint it
 *   SOAK_WORKERS=1 npm run soak     # fewer worker processes
 *
 * The corpus is what npm installs for packages that use, wrap or look like the Claude SDK
 * (the SDK and its platform clients, Twilio, Plivo, Telnyx, Mailgun, Prisma, OpenAI, the Vercel
 * AI SDK, LangChain, the AWS Bedrock and Google Vertex SDKs, typescript-eslint) and a few large
 * general libraries, with all their dependencies.
 */
import { execFileSync, fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = path.join(root, '.soak');
const PACKAGES = [
  '@anthropic-ai/sdk',
  '@anthropic-ai/bedrock-sdk',
  '@anthropic-ai/vertex-sdk',
  '@anthropic-ai/foundry-sdk',
  'typescript-eslint',
  'twilio',
  'openai',
  'ai',
  '@ai-sdk/anthropic',
  '@langchain/core',
  '@langchain/anthropic',
  '@langchain/openai',
  'langchain',
  '@aws-sdk/client-bedrock-runtime',
  '@google-cloud/vertexai',
  '@prisma/client',
  'mailgun.js',
  'telnyx',
  'plivo',
  'rxjs',
  'lodash',
  'date-fns',
  // Libraries that call Claude through the SDK, so the soak meets real requests.
  'token.js',
  '@browserbasehq/stagehand',
  '@llamaindex/anthropic',
  'multi-llm-ts',
  'promptfoo',
];
const EXTENSIONS = ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'];
const MAX_BYTES = 1_500_000;

function corpusFiles() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(full);
      else if (EXTENSIONS.some((ext) => name.endsWith(ext)) && !/\.d\.[cm]?ts$/u.test(name) && stat.size <= MAX_BYTES) files.push(full);
    }
  };
  walk(path.join(scratch, 'node_modules'));
  return files.sort();
}

async function lintSlice(files) {
  const { Linter } = await import('eslint');
  const tsParser = (await import('@typescript-eslint/parser')).default;
  const plugin = (await import('../dist/index.js')).default;
  const { getClaudeRequests } = await import('../dist/analysis/requests.js');
  const linter = new Linter({ configType: 'flat' });
  let requestsInFile = [];
  // Records what the shared finder sees, to show the soak reaches real Claude calls.
  const recorder = {
    meta: { type: 'problem', schema: [] },
    create: (context) => ({
      Program() {
        requestsInFile = getClaudeRequests(context);
      },
    }),
  };
  const config = [
    {
      files: ['**/*'],
      languageOptions: { parser: tsParser, sourceType: 'module' },
      settings: { 'claude-api': { apiVersion: '2023-06-01' } },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
    { ...plugin.configs.all, files: ['**/*'] },
    { files: ['**/*'], plugins: { soak: { rules: { record: recorder } } }, rules: { 'soak/record': 'error' } },
  ];
  const report = { files: 0, parseErrors: 0, exceptions: [], findings: [], requests: [] };
  for (const file of files) {
    report.files++;
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    try {
      // A neutral name: ESLint never lints paths under node_modules.
      const filename = `corpus/${report.files}${path.extname(file).replace(/^\.[cm]/u, '.')}`;
      requestsInFile = [];
      const messages = linter.verify(text, config, { filename });
      for (const request of requestsInFile) {
        report.requests.push(
          `${path.relative(scratch, file)}:${request.call.loc.start.line} ${request.endpoint} (${request.clientKind}; model ${request.models.map((m) => m.id).join(' | ') || 'not static'})`,
        );
      }
      for (const message of messages) {
        if (message.fatal) report.parseErrors++;
        else if (message.ruleId?.startsWith('claude-api/')) {
          report.findings.push(`${path.relative(scratch, file)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
        }
      }
    } catch (error) {
      report.exceptions.push(
        `${path.relative(scratch, file)}: ${String(error?.message ?? error)
          .split('\n')
          .slice(0, 3)
          .join(' | ')}`,
      );
    }
  }
  return report;
}

if (process.argv[2] === '--worker') {
  process.on('message', async (files) => {
    process.send(await lintSlice(files));
    process.exit(0);
  });
} else {
  if (!existsSync(path.join(scratch, 'node_modules', 'promptfoo'))) {
    mkdirSync(scratch, { recursive: true });
    writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ name: 'soak-corpus', private: true }));
    console.log(`Installing the corpus into .soak/: ${PACKAGES.join(', ')}`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--legacy-peer-deps', ...PACKAGES], {
      cwd: scratch,
      stdio: 'inherit',
    });
  }
  const files = corpusFiles();
  const workers = Math.max(1, Number(process.env.SOAK_WORKERS ?? 2));
  console.log(`Linting ${files.length} files with every rule (configs.all, untyped) in ${workers} processes...`);
  const start = Date.now();
  const slices = Array.from({ length: workers }, (_, index) => files.filter((_, at) => at % workers === index));
  const reports = await Promise.all(
    slices.map(
      (slice) =>
        new Promise((resolve, reject) => {
          const child = fork(fileURLToPath(import.meta.url), ['--worker']);
          child.on('message', resolve);
          child.on('error', reject);
          child.send(slice);
        }),
    ),
  );
  const total = { files: 0, parseErrors: 0, exceptions: [], findings: [], requests: [] };
  for (const report of reports) {
    total.requests.push(...report.requests);
    total.files += report.files;
    total.parseErrors += report.parseErrors;
    total.exceptions.push(...report.exceptions);
    total.findings.push(...report.findings);
  }
  const seconds = ((Date.now() - start) / 1000).toFixed(0);
  writeFileSync(path.join(scratch, 'report.json'), JSON.stringify(total, null, 2));
  console.log(`\nFiles linted: ${total.files} in ${seconds} s (parse errors, not ours: ${total.parseErrors})`);
  console.log(`Claude requests the finder resolved (all rules ran on each): ${total.requests.length}`);
  for (const line of total.requests.sort()) console.log(`  ${line}`);
  console.log(`Rule exceptions: ${total.exceptions.length}`);
  for (const line of total.exceptions) console.log(`  ${line}`);
  console.log(`Findings (each a possible false positive to review): ${total.findings.length}`);
  for (const line of total.findings.sort()) console.log(`  ${line}`);
  if (total.exceptions.length > 0) process.exitCode = 1;
}
