/* global window, document, location, sessionStorage, setTimeout, URLSearchParams */
// Stands in for VS Code around the webview: acquireVsCodeApi records what the panel posts and keeps
// its state (in sessionStorage, so a reload is a restore); host messages arrive as window messages,
// as they do in a real webview. The theme comes from the page's query (?theme=light|dark|high-contrast).
(() => {
  const theme = new URLSearchParams(location.search).get('theme') || 'light';
  document.documentElement.classList.add(`theme-${theme}`);
  document.body.classList.add(theme === 'high-contrast' ? 'vscode-high-contrast' : `vscode-${theme}`);

  const posted = [];
  let acquired = false;
  let responder = null;
  const stored = sessionStorage.getItem('weakscope-state');
  let state = stored === null ? undefined : JSON.parse(stored);

  const harness = {
    posted,
    post(message) {
      window.postMessage(message, '*');
    },
    clear() {
      posted.length = 0;
    },
    state() {
      return state;
    },
    // The bench's stand-in host: answers each seek with that step's snapshot, as the real one does.
    respondWith(snapshots) {
      responder = snapshots;
    },
  };
  Object.defineProperty(window, '__harness', { value: harness });

  window.acquireVsCodeApi = () => {
    if (acquired) throw new Error('acquireVsCodeApi may only be called once');
    acquired = true;
    return {
      postMessage(message) {
        posted.push(JSON.parse(JSON.stringify(message)));
        if (responder !== null && message && message.type === 'seek') {
          const snapshot = responder[message.step];
          if (snapshot) setTimeout(() => window.postMessage({ type: 'graph', snapshot }, '*'), 0);
        }
      },
      getState() {
        return state;
      },
      setState(next) {
        state = next;
        sessionStorage.setItem('weakscope-state', JSON.stringify(next));
      },
    };
  };
})();
