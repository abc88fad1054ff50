/**
 * The host's commands: ids, palette titles and codicons, in a module without vscode so a test can
 * check them against package.json's `contributes`.
 */
export const COMMANDS = {
  visualize: { id: 'weakscope.visualize', title: 'Visualize Current File', icon: '$(play)' },
  visualizeSelection: { id: 'weakscope.visualizeSelection', title: 'Visualize Selection', icon: '$(list-selection)' },
  openLivePanel: { id: 'weakscope.openLivePanel', title: 'Open Live Graph Panel', icon: '$(graph)' },
  stepForward: { id: 'weakscope.stepForward', title: 'Step Forward', icon: '$(debug-step-over)' },
  stepBack: { id: 'weakscope.stepBack', title: 'Step Back', icon: '$(debug-step-back)' },
  goToStart: { id: 'weakscope.goToStart', title: 'Go to Start', icon: '$(debug-reverse-continue)' },
  goToEnd: { id: 'weakscope.goToEnd', title: 'Go to End', icon: '$(debug-continue)' },
  goToStepAtCursor: { id: 'weakscope.goToStepAtCursor', title: 'Go to Step at Cursor', icon: '$(target)' },
  explainWhyAlive: { id: 'weakscope.explainWhyAlive', title: 'Explain Why Alive', icon: '$(question)' },
  exportSvg: { id: 'weakscope.exportSvg', title: 'Export Graph as SVG', icon: '$(file-media)' },
  exportJson: { id: 'weakscope.exportTraceJson', title: 'Export Trace as JSON', icon: '$(json)' },
  openGallery: { id: 'weakscope.openExampleGallery', title: 'Open Example Gallery', icon: '$(library)' },
  cancelRun: { id: 'weakscope.cancelRun', title: 'Stop the Run', icon: '$(debug-stop)' },
  selectProfile: { id: 'weakscope.selectProfile', title: 'Select Semantics Profile', icon: '$(versions)' },
  compareProfiles: { id: 'weakscope.compareProfiles', title: 'Compare Profiles', icon: '$(diff)' },
} as const;

/** Not in the palette: opens the panel on a document's run at a step (CodeLens, status bar). Arguments: (uri?: Uri, step?: number). */
export const SHOW_PANEL_COMMAND = 'weakscope.showPanel';

/** A context key: the panel shows a run (the step commands apply). */
export const HAS_RUN_CONTEXT = 'weakscope.panelHasRun';
