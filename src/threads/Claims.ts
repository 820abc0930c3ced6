// A list of tasks shared between threads that take them from both ends without asking one another:
// the main thread takes from the front, the threads from the back, each claim one atomic step on
// shared memory. A thread never waits for a busy main thread to hand it its next task.

/** Front and back of the unclaimed range in one 32-bit cell, so one compare-and-swap moves either. */
const MAX_TASKS = 0xffff;

export class Claims {
  private readonly cell: Int32Array;

  /** Claims over `count` tasks, or over the shared memory another thread made (Claims.buffer). */
  constructor(countOrBuffer: number | SharedArrayBuffer) {
    if (typeof countOrBuffer !== 'number') {
      this.cell = new Int32Array(countOrBuffer);
      return;
    }
    if (countOrBuffer > MAX_TASKS) throw new Error(`more than ${MAX_TASKS} tasks`);
    this.cell = new Int32Array(new SharedArrayBuffer(4));
    this.cell[0] = countOrBuffer << 16;
  }

  /** The shared memory, to pass to a thread (it is shared, not copied). */
  get buffer(): SharedArrayBuffer {
    return this.cell.buffer as SharedArrayBuffer;
  }

  /** The first unclaimed task, now claimed; -1 when none is left. */
  front(): number {
    return this.claim(true);
  }

  /** The last unclaimed task, now claimed; -1 when none is left. */
  back(): number {
    return this.claim(false);
  }

  /** Tasks from here on were claimed from the back. */
  get backClaimed(): number {
    return Atomics.load(this.cell, 0) >>> 16;
  }

  private claim(fromFront: boolean): number {
    for (;;) {
      const value = Atomics.load(this.cell, 0);
      const front = value & 0xffff;
      const back = value >>> 16;
      if (front >= back) return -1;
      const next = fromFront ? (back << 16) | (front + 1) : ((back - 1) << 16) | front;
      if (Atomics.compareExchange(this.cell, 0, value, next) === value) return fromFront ? front : back - 1;
    }
  }
}
