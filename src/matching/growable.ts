type TypedArray = Uint8Array | Uint16Array | Uint32Array;
type TypedArrayConstructor<T extends TypedArray> = new (length: number) => T;

/** An append-only typed array that doubles when full: compact storage while an index is filled. */
export class Growable<T extends TypedArray> {
  private data: T;
  length = 0;

  constructor(
    private readonly Type: TypedArrayConstructor<T>,
    initialCapacity = 1024,
  ) {
    this.data = new Type(initialCapacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new this.Type(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  get(index: number): number {
    return this.data[index];
  }

  /** A right-sized copy; the growable can then be dropped. */
  toArray(): T {
    return this.data.slice(0, this.length) as T;
  }
}
