import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/**
 * Gives memory back after a burst of work. Opening a workspace of a thousand standards parses
 * and checks megabytes of text within seconds; V8 grows its heap for that and keeps the pages
 * long after the garbage is gone (the server then sat at ~240 MB with ~50 MB live). Once the
 * server has been idle for a moment after at least `threshold` characters of work, one full
 * garbage collection runs and the heap shrinks back. Typing in one file never reaches the
 * threshold between pauses; a workspace scan, a burst of opened files or a big kamus does.
 */
export class IdleCollector {
  private work = 0;
  private timer: NodeJS.Timeout | undefined;
  /** How many collections ran (tests and the bench read it). */
  collections = 0;

  constructor(
    private readonly collect: (() => void) | undefined = exposeGc(),
    readonly threshold = 4_000_000,
    readonly idleMs = 1000,
  ) {}

  /** False when this Node cannot collect on request (then the collector does nothing). */
  get available(): boolean {
    return this.collect !== undefined;
  }

  /** Records work (characters parsed and checked) and waits for the next idle moment. */
  note(chars: number): void {
    if (!this.collect) return;
    this.work += chars;
    if (this.work < this.threshold) return;
    if (this.timer) this.timer.refresh();
    else {
      this.timer = setTimeout(() => this.run(), this.idleMs);
      this.timer.unref();
    }
  }

  private run(): void {
    this.timer = undefined;
    this.work = 0;
    this.collections++;
    try {
      this.collect!();
    } catch {
      /* never let housekeeping take the server down */
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** V8's full collection, made available at run time (without `node --expose-gc`). */
function exposeGc(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    if (typeof gc !== 'function') return undefined;
    // Twice: the first collection frees the garbage, the second finds the emptied pages swept
    // and gives them back at once (after one, V8 keeps most of them for a while).
    return () => {
      (gc as () => void)();
      (gc as () => void)();
    };
  } catch {
    return undefined;
  }
}
