import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/e2e/node_modules/**', '**/*.js', '**/*.mjs', '.bench/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: it must not know about LSP or VS Code (ARCHITECTURE.md, invariant 1).
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*', 'vscode-languageserver*'], message: 'server/src/core is pure: no LSP or VS Code imports.' },
            { group: ['**/lsp/**', '**/cli/**'], message: 'server/src/core must not import its adapters.' },
          ],
        },
      ],
    },
  },
);
