/**
 * Writes a trace in the contract's columnar layout (growable typed arrays), for the synthetic
 * benchmark trace and the tests' hand-built traces. Not the engine's recorder: it knows nothing of
 * Python, it only lays out rows.
 */
import {
  EDGE_LABEL_KINDS,
  EVENT_KINDS,
  LABEL_KIND_SHIFT,
  TRACE_VERSION,
  type EdgeLabelKind,
  type EventKind,
  type RunOutcome,
  type Trace,
} from '../../extension/protocol/trace';

class Column {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  set(i: number, v: number): void {
    this.data[i] = v;
  }
  get(i: number): number {
    return this.data[i] as number;
  }
  trimmed(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export class TraceWriter {
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly step = { line: new Column(), col: new Column(), endLine: new Column(), endCol: new Column(), frame: new Column(), eventStart: new Column() };
  private readonly ev = { kind: new Column(), step: new Column(), a: new Column(), b: new Column(), c: new Column(), d: new Column() };
  private readonly obj = { typeName: new Column(), repr: new Column(), bornStep: new Column(), diedStep: new Column(), flags: new Column(), typeObject: new Column() };

  constructor(private readonly source = '', private readonly filename = 'snippet.py') {}

  get stepCount(): number {
    return this.step.line.length;
  }

  get eventCount(): number {
    return this.ev.kind.length;
  }

  get objectCount(): number {
    return this.obj.typeName.length;
  }

  intern(s: string): number {
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.stringIds.set(s, id);
    }
    return id;
  }

  beginStep(line: number, frame: number, col = 0, endLine = line, endCol = col + 1): number {
    this.step.line.push(line);
    this.step.col.push(col);
    this.step.endLine.push(endLine);
    this.step.endCol.push(endCol);
    this.step.frame.push(frame);
    this.step.eventStart.push(this.eventCount);
    return this.stepCount - 1;
  }

  /** A new object row; its alloc event is the caller's to emit (objects may predate the first step). */
  object(typeName: string, repr: string, flags: number, typeObject = -1): number {
    this.obj.typeObject.push(typeObject);
    this.obj.typeName.push(this.intern(typeName));
    this.obj.repr.push(this.intern(repr));
    this.obj.bornStep.push(Math.max(0, this.stepCount - 1));
    this.obj.diedStep.push(-1);
    this.obj.flags.push(flags);
    return this.objectCount - 1;
  }

  died(id: number): void {
    this.obj.diedStep.set(id, Math.max(0, this.stepCount - 1));
  }

  event(kind: EventKind, a = 0, b = 0, c = 0, d = 0): number {
    this.ev.kind.push(EVENT_KINDS.indexOf(kind));
    this.ev.step.push(Math.max(0, this.stepCount - 1));
    this.ev.a.push(a);
    this.ev.b.push(b);
    this.ev.c.push(c);
    this.ev.d.push(d);
    return this.eventCount - 1;
  }

  edgeFlags(kind: EdgeLabelKind, weak: boolean, callback: boolean): number {
    return (EDGE_LABEL_KINDS.indexOf(kind) << LABEL_KIND_SHIFT) | (weak ? 1 : 0) | (callback ? 2 : 0);
  }

  finish(outcome: RunOutcome = { kind: 'completed', status: 0 }): Trace {
    return {
      version: TRACE_VERSION,
      profile: 'cpython-3.14',
      detail: 'default',
      filename: this.filename,
      source: this.source,
      strings: [...this.strings],
      steps: {
        count: this.stepCount,
        line: this.step.line.trimmed(),
        col: this.step.col.trimmed(),
        endLine: this.step.endLine.trimmed(),
        endCol: this.step.endCol.trimmed(),
        frame: this.step.frame.trimmed(),
        eventStart: this.step.eventStart.trimmed(),
      },
      events: {
        count: this.eventCount,
        kind: Uint8Array.from(this.ev.kind.trimmed()),
        step: this.ev.step.trimmed(),
        a: this.ev.a.trimmed(),
        b: this.ev.b.trimmed(),
        c: this.ev.c.trimmed(),
        d: this.ev.d.trimmed(),
      },
      objects: {
        count: this.objectCount,
        typeName: this.obj.typeName.trimmed(),
        repr: this.obj.repr.trimmed(),
        bornStep: this.obj.bornStep.trimmed(),
        diedStep: this.obj.diedStep.trimmed(),
        flags: this.obj.flags.trimmed(),
        typeObject: this.obj.typeObject.trimmed(),
      },
      outcome,
    };
  }
}
