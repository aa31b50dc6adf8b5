import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { AppError } from '../common/app-error';
import type { AppConfig } from '../config/app-config';
import { hashKey, MIN_KEY_LENGTH, randomKey } from '../config/users-config';

/** The first line of standard input: keys are read there, never from the command line (shell history, ps). */
async function readKeyFromInput(): Promise<string> {
  if (process.stdin.isTTY) {
    process.stderr.write('Key (then Enter): ');
  }
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line.trim();
  }
  return '';
}

/** `partner-graph users …`: the users of USERS_FILE and API_KEYS, and hashes for the users file. */
export function registerUsersCommands(program: Command, config: () => AppConfig): void {
  const users = program.command('users').description('named users and their API keys (USERS_FILE, API_KEYS)');

  users
    .command('list')
    .description('the configured users: id, name, role, number of keys, where configured (never a key)')
    .option('--json', 'print JSON instead of text')
    .action((options: { json?: boolean }) => {
      const configured = [...config().users].sort((left, right) => left.id.localeCompare(right.id));
      if (options.json) {
        process.stdout.write(`${JSON.stringify(configured, null, 2)}\n`);
        return;
      }
      if (configured.length === 0) {
        process.stdout.write('No users are configured: the API runs in local mode (this machine only)\n');
        return;
      }
      for (const user of configured) {
        process.stdout.write(
          `${user.id}\t${user.role}\t${user.keyCount} key(s)\t${user.source === 'file' ? 'USERS_FILE' : 'API_KEYS'}\t${user.displayName}\n`,
        );
      }
    });

  users
    .command('hash-key')
    .description(
      'print the hash of a key for keyHashes in USERS_FILE; the key is read from standard input (or made with --generate)',
    )
    .option('--generate', 'make a new random key (32 bytes), print it once, then its hash')
    .option('--scrypt', 'an scrypt hash (for keys people chose) instead of SHA-256 (enough for generated keys)')
    .action(async (options: { generate?: boolean; scrypt?: boolean }) => {
      const key = options.generate ? randomKey() : await readKeyFromInput();
      if (key.length < MIN_KEY_LENGTH) {
        throw new AppError('INVALID_ARGUMENT', `A key must have ${MIN_KEY_LENGTH} or more characters`, {
          argument: 'key',
        });
      }
      const hash = hashKey(key, options.scrypt ? 'scrypt' : 'sha256');
      if (options.generate) {
        process.stdout.write(`key: ${key}\nkeyHash: ${hash}\n`);
        process.stderr.write('Give the key to its user once; put only the keyHash in USERS_FILE.\n');
      } else {
        process.stdout.write(`${hash}\n`);
      }
    });
}
