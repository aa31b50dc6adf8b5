import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resetSourceCatalogue } from '../../src/watchlists/source-catalogue';

export type PublisherHandler = (request: IncomingMessage, response: ServerResponse) => void;

/** One source of the catalogue the publisher serves: a BIS Denied Persons file (`dpl.txt`) at `path`. */
export interface PublishedSource {
  id: string;
  name: string;
  /** The file's path on the publisher ("/dpl/dpl.txt"). */
  path: string;
  overdueAfter?: string;
}

/**
 * A list publisher on loopback for the sync tests, and a source catalogue (`sources.yml` in a scratch folder) whose
 * sources point at it, made the process's catalogue (`SOURCES_FILE`, with the other settings given). `close()` puts
 * the environment and the catalogue back, stops the server and removes the folder.
 */
export class LocalPublisher {
  private readonly saved = { ...process.env };

  private constructor(
    private readonly server: Server,
    readonly scratch: string,
  ) {}

  static async start(handler: PublisherHandler, folderPrefix: string): Promise<LocalPublisher> {
    const server = createServer((request, response) => handler(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new LocalPublisher(server, mkdtempSync(join(tmpdir(), folderPrefix)));
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  /** Writes the catalogue and makes it the process's (with `settings` such as SYNC_TIMEOUT_MS); gives its path. */
  useSources(sources: PublishedSource[], settings: Record<string, string> = {}): string {
    const file = join(this.scratch, 'sources.yml');
    const lines = ['sources:'];
    for (const source of sources) {
      lines.push(
        `  ${source.id}:`,
        `    name: ${source.name}`,
        '    format: bis-dpl',
        '    enabled: false',
        ...(source.overdueAfter === undefined ? [] : [`    overdueAfter: ${source.overdueAfter}`]),
        '    files:',
        '      - name: dpl.txt',
        `        url: ${this.url(source.path)}`,
      );
    }
    writeFileSync(file, lines.join('\n'));
    Object.assign(process.env, { SOURCES_FILE: file, ...settings });
    resetSourceCatalogue();
    return file;
  }

  async close(): Promise<void> {
    process.env = this.saved;
    resetSourceCatalogue();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    rmSync(this.scratch, { recursive: true, force: true });
  }
}
