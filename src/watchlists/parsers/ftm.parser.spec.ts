import { describe, expect, it } from 'vitest';
import { FtmParser } from './ftm.parser';
import { collect, collectBeforeAll, entryById, fixture, relationshipById } from './parse-events.testing';

describe(FtmParser.name, () => {
  const sut = new FtmParser();

  describe('on zala.entities.ftm.json (sanctions with ownership)', () => {
    const result = collectBeforeAll(sut, fixture('ftm', 'zala.entities.ftm.json'));

    it('turns 91 lines into 17 entries, 21 relationships, 41 listings and 11 addresses', () => {
      expect(result.counts).toEqual({
        entries: 17,
        relationships: 21,
        listings: 41,
        identifiers: 0,
        addresses: 11,
        deletions: 0,
        rejected: 0,
        skipped: 1,
      });
      expect(result.skipped).toEqual([
        {
          id: 'gb-fcdo-217caa5aa607244044b49706d04d8d6c5ec992bd',
          schema: 'Passport',
          reason: 'Passport without a number',
        },
      ]);
    });

    it('names the list after the file when its entities share no single dataset', () => {
      expect(result.metadata?.listId).toBe('zala');
      expect(result.entries[0].listId).toBe('zala');
    });

    it('maps Ownership, Family and Directorship to OWNED_BY (14), FAMILY_OF (4) and DIRECTOR_OF (3)', () => {
      const byType = new Map<string, number>();
      result.relationships.forEach((link) => byType.set(link.type, (byType.get(link.type) ?? 0) + 1));
      expect(Object.fromEntries(byType)).toEqual({ OWNED_BY: 14, FAMILY_OF: 4, DIRECTOR_OF: 3 });
    });

    it('points an ownership from the owned company to its owner, with the percentage as a fraction', () => {
      const link = relationshipById(result.relationships, 'ru-dfe0a021cb69f99e198bb8cbbcb93e81130b32a7');
      expect(link).toMatchObject({
        type: 'OWNED_BY',
        sourceSchema: 'Ownership',
        fromEntryId: 'NK-abdzbEBkqyT29GyREbiURZ',
        toEntryId: 'NK-aU5ybkbRFJucf8YMwsJvDw',
        share: 0.51,
        shareMin: null,
        shareMax: null,
        startDate: '2015-11-25',
        endDate: null,
        properties: { sharesCount: ['6624.16'] },
      });
    });

    it('keeps the role of an ownership without a percentage', () => {
      const link = relationshipById(result.relationships, 'NK-3NyeuT6JeJDLhGEyH3JD52');
      expect(link).toMatchObject({ role: 'subsidiary of', share: null, fromEntryId: 'NK-abdzbEBkqyT29GyREbiURZ' });
    });

    it('points a directorship from the director to the organisation', () => {
      const link = relationshipById(result.relationships, 'ofac-d8ecdd62dca8ba39b832a77c170926630683ea05');
      expect(link).toMatchObject({
        type: 'DIRECTOR_OF',
        fromEntryId: 'NK-aU5ybkbRFJucf8YMwsJvDw',
        toEntryId: 'NK-abdzbEBkqyT29GyREbiURZ',
        role: 'Leader or official of',
      });
    });

    it('turns a Sanction into listing details of its entity', () => {
      const listing = result.listings.find(
        (candidate) => candidate.listingId === 'au-dfat-56600015954691cece058c2a3b0e3b27740701e6',
      );
      expect(listing).toMatchObject({
        entryId: 'NK-abdzbEBkqyT29GyREbiURZ',
        programme: 'Autonomous (Russia)',
        programmeId: 'AU-RUSSIA',
        authority: 'Department of Foreign Affairs and Trade',
        startDate: '2023-02-24',
        provisions: ['Targeted financial sanction'],
        country: [{ code: 'au', raw: 'au' }],
      });
    });

    it('reads names in every script as aliases and registry codes as identifiers', () => {
      const entry = entryById(result.entries, 'NK-56Edov9bas9puzaChH5pBy');
      expect(entry.schema).toBe('Company');
      expect(entry.name).toBe('ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ "ИЖТЕЛЕКОМ"');
      expect(entry.identifiers).toEqual(
        expect.arrayContaining([
          { type: 'INN', value: '1835045074' },
          { type: 'OGRN', value: '1021801671462' },
        ]),
      );
      expect(entry.countries).toEqual([{ code: 'ru', raw: 'ru' }]);
      expect(entry.datasets).toEqual(['ext_ru_egrul']);
    });
  });

  it('takes the list id from the one dataset all entities share (t1: eu_fsf)', async () => {
    const result = await collect(sut, fixture('ftm', 't1.entities.ftm.json'));
    expect(result.metadata?.listId).toBe('eu_fsf');
    expect(result.counts).toMatchObject({ entries: 6, addresses: 1, rejected: 0 });
  });

  it('prefers the listId option over the datasets', async () => {
    const result = await collect(sut, fixture('ftm', 't1.entities.ftm.json'), { listId: 'eu-fsf' });
    expect(result.entries.every((entry) => entry.listId === 'eu-fsf')).toBe(true);
  });

  it('turns Payments into FUNDED_BY from the beneficiary to the payer, one per pair (291 from 290)', async () => {
    const result = await collect(sut, fixture('ftm', 'parteispenden.entities.ftm.json'));
    expect(result.counts).toMatchObject({ entries: 96, relationships: 291, addresses: 89, rejected: 0 });
    const payment = relationshipById(result.relationships, '2216b422a31242fe204654ce194864661f515921');
    expect(payment).toMatchObject({
      type: 'FUNDED_BY',
      fromEntryId: '6d03aec76fdeec8f9697d8b19954ab6fc2568bc8',
      toEntryId: 'f9c295f21b233ac878fbac4d271bb6fd13d7952a',
      amount: 100000,
      currency: 'EUR',
      startDate: '2011-12-29',
    });
    expect(
      result.relationships.filter((link) =>
        link.relationshipId.startsWith('98a5b377dffde7307e265a7cc928297e318daaef#'),
      ),
    ).toHaveLength(2);
  });

  describe('on bad input', () => {
    it('rejects cut JSON, a line without schema and a JSON array by line, and reads the rest', async () => {
      const result = await collect(sut, fixture('bad', 't1-bad-lines.ftm.json'));
      expect(result.rejected.map(({ line, code, reason }) => ({ line, code, reason: reason.slice(0, 40) }))).toEqual([
        { line: 3, code: 'WATCHLIST_RECORD_INVALID', reason: expect.stringContaining('not valid JSON') },
        { line: 5, code: 'WATCHLIST_RECORD_INVALID', reason: 'entity no-schema has no "schema"' },
        { line: 6, code: 'WATCHLIST_RECORD_INVALID', reason: 'the line is not a JSON object' },
      ]);
      expect(result.entries).toHaveLength(6);
    });

    it('rejects the lines over the limit by line and goes on', async () => {
      // t1's lines are 1,233, 886, 996, 643, 974, 1,187 and 800 characters long.
      const result = await collect(sut, fixture('ftm', 't1.entities.ftm.json'), { maxLineChars: 1100 });
      expect(result.rejected).toEqual([
        {
          file: 't1.entities.ftm.json',
          line: 1,
          record: 1,
          code: 'WATCHLIST_FIELD_TOO_LARGE',
          reason: 'line of 1233 characters is longer than the limit of 1100',
        },
        expect.objectContaining({ line: 6, code: 'WATCHLIST_FIELD_TOO_LARGE' }),
      ]);
      expect(result.entries.length + result.addresses.length).toBe(5);
    });
  });
});
