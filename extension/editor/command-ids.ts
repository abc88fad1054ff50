/** The editor's command ids, in a module without vscode so tests can check them against the manifest. */
export const COMPARE_COMMAND = 'weakscope.compareWithLocalPython';
export const OPEN_EXAMPLE_COMMAND = 'weakscope.openWalkthroughExample';
