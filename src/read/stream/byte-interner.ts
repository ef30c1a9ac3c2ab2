/**
 * A small hash table from byte strings (a field of a CSV record, in place in the read buffer)
 * to numbers: the readers of record exports look up the unit, level, channel… of every row here
 * and make a string only the first time a value is met. Hashing and comparing go four bytes at a
 * time. Full at `capacity` entries: then lookups still work, new values are not kept (a column of
 * all-different values costs time, never memory).
 */
export class ByteInterner {
  private size = 64;
  private hashes = new Int32Array(this.size);
  private slots = new Int32Array(this.size).fill(-1);
  private pool = new Uint8Array(1024);
  private poolView = new DataView(this.pool.buffer);
  private used = 0;
  private readonly offsets: number[] = [];
  private readonly lengths: number[] = [];
  private readonly values: number[] = [];

  constructor(private readonly capacity = 4096) {}

  private lastHash = 0;

  /** The value stored for `buf[s, e)`, or -1; `view` is a DataView of `buf`. After a miss, `add` stores one. */
  find(buf: Uint8Array, view: DataView, s: number, e: number): number {
    const n = e - s;
    let h = (0x811c9dc5 ^ n) | 0;
    let i = s;
    for (const last = e - 3; i < last; i += 4) h = Math.imul(h ^ view.getInt32(i, true), 0x9e3779b1) ^ (h >>> 15);
    for (; i < e; i++) h = Math.imul(h ^ buf[i]!, 16777619);
    this.lastHash = h;
    const mask = this.size - 1;
    let slot = h & mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry < 0) return -1;
      if (this.hashes[slot] === h && this.lengths[entry] === n && this.same(buf, view, s, n, this.offsets[entry]!)) return this.values[entry]!;
      slot = (slot + 1) & mask;
    }
  }

  /** Stores `value` (≥ 0) for the bytes the last `find` missed, when there is room. */
  add(buf: Uint8Array, s: number, e: number, value: number): void {
    if (this.values.length < this.capacity) this.insert(buf, s, e, this.lastHash, value);
  }

  private same(buf: Uint8Array, view: DataView, s: number, n: number, at: number): boolean {
    let j = 0;
    for (; j + 3 < n; j += 4) if (this.poolView.getInt32(at + j, true) !== view.getInt32(s + j, true)) return false;
    for (; j < n; j++) if (this.pool[at + j] !== buf[s + j]) return false;
    return true;
  }

  private insert(buf: Uint8Array, s: number, e: number, h: number, value: number): void {
    const n = e - s;
    if (this.used + n > this.pool.length) {
      const pool = new Uint8Array(Math.max(this.pool.length * 2, this.used + n));
      pool.set(this.pool.subarray(0, this.used));
      this.pool = pool;
      this.poolView = new DataView(pool.buffer);
    }
    this.pool.set(buf.subarray(s, e), this.used);
    const entry = this.values.length;
    this.offsets.push(this.used);
    this.lengths.push(n);
    this.values.push(value);
    this.used += n;
    this.place(h, entry);
    if (this.values.length * 2 > this.size) this.rehash();
  }

  private place(h: number, entry: number): void {
    const mask = this.size - 1;
    let slot = h & mask;
    while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
    this.hashes[slot] = h;
  }

  private rehash(): void {
    const { hashes, slots } = this;
    this.size *= 2;
    this.hashes = new Int32Array(this.size);
    this.slots = new Int32Array(this.size).fill(-1);
    for (let i = 0; i < slots.length; i++) if (slots[i]! >= 0) this.place(hashes[i]!, slots[i]!);
  }
}
