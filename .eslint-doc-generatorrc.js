// eslint-doc-generator (npm run docs): the rule docs' title and notices and the README rules
// table, generated from rule meta; `npm run docs:check` (CI) fails when they drift.
/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
    ['all', '🌐'],
  ],
  ruleDocTitleFormat: 'prefix-name',
  // tests/docs.test.ts checks the Options section ("This rule has no options." where there are none).
  ruleDocSectionOptions: false,
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'fixable', 'hasSuggestions', 'options'],
};
