// Lint: eslint's and typescript-eslint's recommended rules, plus the boundaries the architecture
// depends on — the engine, the protocol and the webview never import `vscode`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'scratch/**', '.vscode-test/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'always'],
      // An import below statements runs there under CommonJS: inside an import cycle the statements
      // above it read a binding in its temporal dead zone, and the bundle crashes at load.
      'no-restricted-syntax': ['error', {
        selector: 'Program > :matches(ExpressionStatement, FunctionDeclaration, ClassDeclaration, ExportNamedDeclaration[source=null], ExportDefaultDeclaration) ~ ImportDeclaration',
        message: 'Imports go at the top of the file (an import below code breaks load order in import cycles).',
      }],
    },
  },
  {
    files: ['extension/engine/**/*.ts', 'extension/protocol/**/*.ts', 'webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The engine, the protocol and the webview never import vscode.' }] }],
    },
  },
  {
    // The editor's logic runs in the engine worker too: plain TypeScript, the adapters beside it import vscode.
    files: ['extension/editor/model/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: "The editor's model runs in the engine worker: no vscode here." }] }],
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', TextDecoder: 'readonly', performance: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
  },
);
