/**
 * Splits the text of one JSON array, fed in arbitrary chunks, into the texts of its top-level
 * elements, so a dump of any size is parsed one record at a time. It tracks only nesting depth and
 * string state; each element's text is handed to JSON.parse by the caller.
 */
export class JsonArraySplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private started = false;
  private finished = false;
  private pieces: string[] = [];
  private elementStart = -1;

  /** Feeds one chunk; returns the elements it completed. */
  push(chunk: string): string[] {
    const elements: string[] = [];
    let start = this.elementStart >= 0 ? 0 : -1;
    for (let index = 0; index < chunk.length; index++) {
      const char = chunk.charCodeAt(index);
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
        } else if (char === 0x5c) {
          this.escaped = true;
        } else if (char === 0x22) {
          this.inString = false;
        }
        continue;
      }
      if (char === 0x20 || char === 0x0a || char === 0x0d || char === 0x09) {
        continue;
      }
      if (!this.started) {
        if (char === 0xfeff) {
          continue;
        }
        if (char !== 0x5b) {
          throw new Error(`expected "[" at the start of the file, found "${chunk[index]}"`);
        }
        this.started = true;
        continue;
      }
      if (this.finished) {
        throw new Error(`unexpected "${chunk[index]}" after the end of the array`);
      }
      if (this.depth === 0) {
        if (char === 0x2c) {
          continue;
        }
        if (char === 0x5d) {
          this.finished = true;
          continue;
        }
        if (char !== 0x7b) {
          throw new Error(`expected a record ("{") in the array, found "${chunk[index]}"`);
        }
        this.depth = 1;
        this.elementStart = 0;
        start = index;
        continue;
      }
      if (char === 0x22) {
        this.inString = true;
      } else if (char === 0x7b || char === 0x5b) {
        this.depth += 1;
      } else if (char === 0x7d || char === 0x5d) {
        this.depth -= 1;
        if (this.depth === 0) {
          this.pieces.push(chunk.slice(start, index + 1));
          elements.push(this.pieces.join(''));
          this.pieces = [];
          this.elementStart = -1;
          start = -1;
        }
      }
    }
    if (this.elementStart >= 0 && start >= 0) {
      this.pieces.push(chunk.slice(start));
    }
    return elements;
  }

  /** Throws when the text ended inside the array. */
  end(): void {
    if (!this.started) {
      throw new Error('the file is empty: expected a JSON array');
    }
    if (!this.finished || this.depth !== 0) {
      throw new Error('the file ends inside the array (truncated?)');
    }
  }
}
