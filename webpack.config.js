// One webpack config per target: the extension host, the engine worker, the webview and the CLI.
// `--config-name` picks one; `npm run package` builds them all minified.
const path = require('node:path');

const dist = path.resolve(__dirname, 'dist');

// ES modules (not tsconfig's CommonJS) let webpack concatenate the engine's modules into one
// scope: calls across modules become direct calls, which the interpreter's hot paths need.
function tsRules() {
  return [{
    test: /\.ts$/,
    exclude: /node_modules/,
    use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020' } } },
  }];
}

/** @type {(env: unknown, argv: { mode?: string }) => import('webpack').Configuration[]} */
module.exports = (_env, argv) => {
  const mode = argv.mode === 'production' ? 'production' : 'development';
  const devtool = mode === 'production' ? false : 'source-map';
  const common = {
    mode,
    devtool,
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: tsRules() },
    optimization: { concatenateModules: true },
  };
  return [
    {
      ...common,
      name: 'extension',
      target: 'node',
      entry: './extension/extension.ts',
      output: { path: dist, filename: 'extension.js', libraryTarget: 'commonjs2' },
      externals: { vscode: 'commonjs vscode' },
    },
    {
      ...common,
      name: 'worker',
      target: 'node',
      entry: './extension/engine/worker.ts',
      output: { path: dist, filename: 'worker.js', libraryTarget: 'commonjs2' },
    },
    {
      ...common,
      name: 'webview',
      target: 'web',
      entry: './webview/main.ts',
      output: { path: dist, filename: 'webview.js' },
    },
    {
      ...common,
      name: 'cli',
      target: 'node',
      entry: './extension/cli.ts',
      output: { path: dist, filename: 'cli.js', libraryTarget: 'commonjs2' },
      plugins: [new (require('webpack').BannerPlugin)({ banner: '#!/usr/bin/env node', raw: true })],
    },
  ];
};
