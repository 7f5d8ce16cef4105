// The plugin lints itself: typescript-eslint's type-checked rules everywhere, and
// eslint-plugin-eslint-plugin on the rules.
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'examples/', 'coverage/', '.scratch/', '.soak/', '.bench/', 'docs/'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['src/rules/*.ts'],
    ...eslintPlugin.configs.recommended,
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
