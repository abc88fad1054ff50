/**
 * The problem banner: why a run stopped or what it could not do (syntax error, unsupported
 * construct, a limit, an internal error), naming the line, with a button that shows it in the editor.
 */
import type { RunSummary } from '../../extension/protocol/messages';
import { el } from '../dom';
import { clip, visibleLines } from '../text';

type Problem = NonNullable<RunSummary['problem']>;

function title(kind: Problem['kind']): string {
  switch (kind) {
    case 'syntax_error':
      return 'Syntax error';
    case 'unsupported':
      return 'Not supported yet';
    case 'limit':
      return 'Limit reached';
    case 'internal_error':
      return 'Internal error in Weakscope';
    default: {
      const _: never = kind;
      return _;
    }
  }
}

export class Banner {
  readonly element: HTMLElement;

  constructor(parent: HTMLElement, private readonly onRevealLine: (line: number) => void) {
    this.element = el('div', 'banner');
    this.element.setAttribute('role', 'alert');
    this.element.hidden = true;
    parent.append(this.element);
  }

  show(problem: Problem | null): void {
    this.element.replaceChildren();
    this.element.hidden = problem === null;
    if (problem === null) return;
    this.element.className = `banner problem-${problem.kind}`;
    this.element.dataset['problem'] = problem.kind;
    const heading = el('strong', 'banner-title', `${title(problem.kind)}${problem.line > 0 ? ` on line ${problem.line}` : ''}`);
    const message = el('span', 'banner-message', clip(visibleLines(problem.message), 2_000));
    this.element.append(heading, message);
    if (problem.line > 0) {
      const go = el('button', 'banner-go', `Show line ${problem.line}`);
      go.type = 'button';
      go.addEventListener('click', () => this.onRevealLine(problem.line));
      this.element.append(go);
    }
  }
}
