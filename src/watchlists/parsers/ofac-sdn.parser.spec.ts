import { describe, expect, it } from 'vitest';
import { OfacSdnParser } from './ofac-sdn.parser';
import { collect, describeParse, entryById, expectEveryEntryRead, fixture } from './parse-events.testing';

describe(OfacSdnParser.name, () => {
  const sut = new OfacSdnParser();

  describeParse('on the real SDN set', sut, fixture('ofac', 'sdn.csv'), (result) => {
    it('reads all 7,379 entries with no rejected row', () => {
      expectEveryEntryRead(result, 7379);
    });

    it('announces the list and the side files it joined before any entry', () => {
      expect(result.events[0]).toEqual({
        kind: 'metadata',
        metadata: expect.objectContaining({
          format: 'ofac-sdn',
          listId: 'us-ofac-sdn',
          files: ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv'],
          warnings: [],
        }),
      });
    });

    it('maps SDN types to schemata: 3,845 persons, 2,994 legal entities, 323 vessels, 217 aircraft', () => {
      const bySchema = new Map<string, number>();
      result.entries.forEach((entry) => bySchema.set(entry.schema, (bySchema.get(entry.schema) ?? 0) + 1));
      expect(Object.fromEntries(bySchema)).toEqual({ Person: 3845, LegalEntity: 2994, Vessel: 323, Aircraft: 217 });
    });

    it('joins every alt.csv alias as strong, keeping fka and nka apart (9,335 aka, 331 fka, 16 nka)', () => {
      const strong = result.entries.flatMap((entry) => entry.aliases.filter((alias) => alias.quality === 'strong'));
      expect(strong).toHaveLength(9682);
      expect(strong.filter((alias) => alias.type === 'fka')).toHaveLength(331);
      expect(strong.filter((alias) => alias.type === 'nka')).toHaveLength(16);
    });

    it("takes the remarks' a.k.a. names as weak aliases (2,026 aka, 11 fka)", () => {
      const weak = result.entries.flatMap((entry) => entry.aliases.filter((alias) => alias.quality === 'weak'));
      expect(weak.filter((alias) => alias.type === 'aka')).toHaveLength(2026);
      expect(weak.filter((alias) => alias.type === 'fka')).toHaveLength(11);
      expect(entryById(result.entries, '306').aliases).toContainEqual({ name: 'BNC', quality: 'weak', type: 'aka' });
    });

    it('joins the 9,474 non-empty add.csv addresses', () => {
      expect(result.entries.reduce((sum, entry) => sum + entry.addresses.length, 0)).toBe(9474);
    });

    it('gives Malek Ashtar University (13152) its aliases, programmes, addresses and website', () => {
      const entry = entryById(result.entries, '13152');
      expect(entry.name).toBe('MALEK ASHTAR UNIVERSITY OF TECHNOLOGY');
      expect(entry.schema).toBe('LegalEntity');
      expect(entry.aliases).toHaveLength(7);
      expect(entry.aliases).toContainEqual({
        name: 'MALEK-E ASHTAR TECHNICAL UNIVERSITY',
        quality: 'strong',
        type: 'aka',
      });
      expect(entry.programmes).toEqual(['NPWMD', 'IFSR']);
      expect(entry.addresses).toHaveLength(6);
      expect(entry.addresses[0]).toEqual({
        full: "Shahid Baba'i Highway, Lavizan, Tehran, Iran",
        street: "Shahid Baba'i Highway, Lavizan",
        city: 'Tehran',
        country: { code: 'ir', raw: 'Iran' },
      });
      expect(entry.countries).toEqual([{ code: 'ir', raw: 'Iran' }]);
      expect(entry.identifiers).toContainEqual({ type: 'Website', value: 'www.mut.ac.ir' });
    });

    it('reads dates of birth, places of birth and identity documents from the remarks of 12300', () => {
      const entry = entryById(result.entries, '12300');
      expect(entry.schema).toBe('Person');
      expect(entry.birthDates).toEqual(['1965-05-13', '1968-04-13', '1964-07-07']);
      expect(entry.birthPlaces).toContain('Medellin, Colombia');
      expect(entry.identifiers).toContainEqual({
        type: 'Passport',
        value: 'AL720622',
        country: 'co',
        countryRaw: 'Colombia',
      });
      expect(entry.identifiers).toContainEqual({
        type: 'Cedula No.',
        value: '172489729-1',
        country: 'ec',
        countryRaw: 'Ecuador',
      });
      expect(entry.identifiers).toContainEqual({
        type: 'R.F.C.',
        value: 'CIVJ650513LJA',
        country: 'mx',
        countryRaw: 'Mexico',
      });
    });

    it('continues remarks cut at 1,000 characters with sdn_comments.csv, mid-word', () => {
      const entry = entryById(result.entries, '12300');
      expect(entry.remarks[0].length).toBeGreaterThan(1000);
      expect(entry.linkedTo).toContain('PROMO RAIZ S.A.S.');
      expect(entry.linkedTo.at(-1)).toBe('R D I S.A.');
    });

    it('reads registration numbers with their country', () => {
      expect(entryById(result.entries, '7157').identifiers).toEqual([
        { type: 'R.F.C.', value: 'FVS-870610-LX3', country: 'mx', countryRaw: 'Mexico' },
      ]);
    });
  });

  describe('on bad input', () => {
    it('rejects a row with broken quoting and a short row by line, and reads the rest', async () => {
      const result = await collect(sut, fixture('bad', 'ofac-broken-quoting', 'sdn.csv'));
      expect(result.rejected).toEqual([
        {
          file: 'sdn.csv',
          line: 3,
          record: 3,
          code: 'WATCHLIST_FILE_MALFORMED',
          reason: expect.stringContaining('after the closing quote of field 2'),
        },
        {
          file: 'sdn.csv',
          line: 5,
          record: 5,
          code: 'WATCHLIST_RECORD_INVALID',
          reason: 'expected 12 fields, found 3',
        },
      ]);
      expect(result.entries).toHaveLength(38);
      expect(result.entries.map((entry) => entry.entryId)).not.toContain('306');
    });

    it('warns that entries come without aliases and addresses when the side files are missing', async () => {
      const result = await collect(sut, fixture('bad', 'ofac-broken-quoting', 'sdn.csv'));
      expect(result.metadata?.warnings).toHaveLength(2);
      expect(result.metadata?.files).toEqual(['sdn.csv']);
    });

    it('takes side files given as companions', async () => {
      const result = await collect(sut, fixture('bad', 'ofac-broken-quoting', 'sdn.csv'), {
        companions: { alt: fixture('ofac', 'alt.csv') },
      });
      expect(entryById(result.entries, '36').aliases).toEqual([
        { name: 'AERO-CARIBBEAN', quality: 'strong', type: 'aka' },
      ]);
    });
  });
});
