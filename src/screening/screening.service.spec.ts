import { describe, expect, it } from 'vitest';
import type { ScreeningInput } from './dto/screening.input';
import type { ScreeningResult } from './models/screening-result.model';
import { ScreeningInputError } from './screening.errors';
import { screeningServiceOver, suppliedSnapshot } from './screening-service.testing';
import { MAX_NAME_LENGTH, prepareScreening, ScreeningService } from './screening.service';

describe(ScreeningService.name, () => {
  const { sut, rules, walked } = screeningServiceOver(
    suppliedSnapshot(
      [
        { entityId: 'l:1', schema: 'Organization', names: ['Malek Ashtar University'], listIds: ['l'] },
        { entityId: 'g:1', schema: 'Organization', names: ['Harbin Engineering University', '哈尔滨工程大学'] },
      ],
      'NPWMD',
    ),
  );

  it.each<[string, Record<string, unknown>, string]>([
    ['a missing name', {}, 'name'],
    ['a name of spaces', { name: '  \u00a0 ' }, 'name'],
    ['a name of punctuation only', { name: '!!! \u2014 ...' }, 'name'],
    ['a name of emoji only', { name: '\u{1F680}\u{1F680}' }, 'name'],
    ['a name over 1,000 characters', { name: 'a'.repeat(1_001) }, 'name'],
    ['a line break in a name', { name: 'Malek\nAshtar' }, 'name'],
    ['a NUL in an alias', { name: 'Malek', aliases: ['ok', 'bad\u0000'] }, 'aliases[1]'],
    ['a tab in a name', { name: 'Malek\tAshtar' }, 'name'],
    ['a DEL in a name', { name: 'Malek\u007fAshtar' }, 'name'],
    ['a name that is not text', { name: 42 }, 'name'],
    ['an unknown schema', { name: 'Malek', schema: 'Spaceship' }, 'schema'],
    ['an unknown country', { name: 'Malek', country: ['Atlantis'] }, 'country[0]'],
    ['a malformed date of birth', { name: 'Malek', dateOfBirth: ['07/10/1952'] }, 'dateOfBirth[0]'],
    ['a limit of 0', { name: 'Malek', limit: 0 }, 'limit'],
    ['a limit over 50', { name: 'Malek', limit: 51 }, 'limit'],
    ['a threshold over 1', { name: 'Malek', threshold: 1.5 }, 'threshold'],
    ['too many aliases', { name: 'Malek', aliases: Array.from({ length: 21 }, () => 'x') }, 'aliases'],
    ['a path walk of 7 hops', { name: 'Malek', maxHops: 7 }, 'maxHops'],
    ['an as-of date that is not a date', { name: 'Malek', asOf: 'yesterday' }, 'asOf'],
  ])('refuses %s, naming the field', (_reason, input, field) => {
    expect(() => prepareScreening(input as unknown as ScreeningInput, '')).toThrow(ScreeningInputError);
    try {
      prepareScreening(input as unknown as ScreeningInput, '');
    } catch (error) {
      expect((error as ScreeningInputError).details).toEqual({ field });
    }
  });

  it.each<[string, Partial<ScreeningInput>, Record<string, unknown>]>([
    ['trims the name', { name: '  Malek  ' }, { query: expect.objectContaining({ name: 'Malek' }) }],
    [
      'accepts a schema in any case',
      { name: 'A', schema: 'person' },
      { query: expect.objectContaining({ schema: 'Person' }) },
    ],
    [
      'maps a country name to its code',
      { name: 'A', country: ['Iran'] },
      { query: expect.objectContaining({ countries: ['ir'] }) },
    ],
    ['defaults limit and threshold', { name: 'A' }, { limit: 5, threshold: 0.7 }],
    [
      'accepts a name of one digit or of letters of any script among punctuation',
      { name: '\u2014 \u0639 \u2014' },
      { query: expect.objectContaining({ name: '\u2014 \u0639 \u2014' }) },
    ],
    [
      'accepts a C1 control character a list read in the wrong code page left in a name (U+0092 for ’)',
      { name: 'Kavor\u0092an Telun Trading Co., Ltd.' },
      { query: expect.objectContaining({ name: 'Kavor\u0092an Telun Trading Co., Ltd.' }) },
    ],
  ])('%s', (_reason, input, expected) => {
    expect(prepareScreening(input as ScreeningInput, '')).toMatchObject(expected);
  });

  it('refuses a 10,000-character name by its length, before reading its characters', () => {
    // A control character at the end would be refused too: the length is what the refusal names, so the
    // name was not read through first (a hostile name costs a length check, not a scan).
    const name = `${'x'.repeat(9_999)}\u0000`;
    expect(() => prepareScreening({ name }, '')).toThrow(
      new ScreeningInputError('name', `is 10000 characters; at most ${MAX_NAME_LENGTH} are allowed`),
    );
  });

  it('finds a list entry by its own name when the list left a C1 control character in it', async () => {
    const name = 'Kavor\u0092an New District Telun Investment Co., Ltd.';
    const own = screeningServiceOver(
      suppliedSnapshot([{ entityId: 'l:2', schema: 'Organization', names: [name], listIds: ['l'] }]),
    ).sut;

    const result = await own.screen({ name, pathRisks: false });

    expect(result.matches[0]).toMatchObject({ entityId: 'l:2', match: true });
  });

  it('returns the listed entry with its programme and the list versions used', async () => {
    const result = await sut.screen({ name: 'Malek Ashtar University' });

    expect(result.matches[0]).toMatchObject({
      entityId: 'l:1',
      match: true,
      curated: false,
      lists: [{ id: 'l', programme: 'NPWMD' }],
    });
    // A version written before provenance was recorded has none: nulls, and not a sample.
    expect(result.listVersions).toEqual([
      {
        listId: 'l',
        versionId: 'l@1',
        listName: null,
        issuedAt: null,
        issuedAtSource: null,
        sourceUrl: null,
        licence: null,
        sample: false,
        // No freshness reader here: never claimed stale without evidence.
        stale: false,
        freshAsOf: null,
      },
    ]);
  });

  it('marks a graph entity on no list as curated', async () => {
    const result = await sut.screen({ name: '哈尔滨工程大学' });

    expect(result.matches[0]).toMatchObject({ entityId: 'g:1', curated: true, lists: [] });
  });

  it('sets match by the threshold given', async () => {
    const result = await sut.screen({ name: 'Malek Ashtar University', threshold: 1 });

    expect(result.matches[0].match).toBe(result.matches[0].score >= 1);
  });

  it('refuses an unknown list, naming it', async () => {
    await expect(sut.screen({ name: 'Malek', lists: ['nope'] })).rejects.toMatchObject({
      details: { field: 'lists[0]' },
    });
  });

  it('refuses a batch over 1,000 inputs and names the bad input of a batch', async () => {
    await expect(sut.screenBatch(Array.from({ length: 1_001 }, () => ({ name: 'a' })))).rejects.toMatchObject({
      details: { field: 'inputs' },
    });
    await expect(sut.screenBatch([{ name: 'a' }, { name: '' }])).rejects.toMatchObject({
      details: { field: 'inputs[1].name' },
    });
  });

  it('walks the paths of the matches at or above the threshold only', async () => {
    walked.length = 0;

    const strict = await sut.screen({ name: 'Malek Ashtar', threshold: 0.99 });
    expect(strict.resolvedEntityIds).toEqual([]);
    expect(walked).toEqual([]);

    const walkedAtDefault = await sut.screen({ name: 'Malek Ashtar' });
    expect(walkedAtDefault.resolvedEntityIds.length).toBeGreaterThan(0);
    expect(walked.at(-1)).toEqual(walkedAtDefault.resolvedEntityIds);
    expect(walkedAtDefault.rulesVersion).toBe(`${rules.id}@${rules.version}`);
  });

  it('counts a listed match whatever pathRisks says: the level is the listing weight, not NONE', async () => {
    walked.length = 0;

    const unwalked = await sut.screen({ name: 'Malek Ashtar University', pathRisks: false });
    const walkedToo = await sut.screen({ name: 'Malek Ashtar University' });

    expect(walked).toEqual([['l:1']]);
    expect(unwalked).toMatchObject({ riskLevel: 'CRITICAL', pathRisks: [] });
    expect(unwalked.riskReasons).toEqual(['Matched Malek Ashtar University (l:1) at 1: actively listed on l (NPWMD).']);
    expect(walkedToo.riskLevel).toBe('CRITICAL');
  });

  it('says NONE means assessed and nothing matched, naming the threshold', async () => {
    const result = await sut.screen({ name: 'Quiet Meadow Bakery', pathRisks: false });

    expect(result).toMatchObject({ riskLevel: 'NONE', matches: [] });
    expect(result.riskReasons).toEqual([
      'No list entry or graph entity matched at ≥ 0.70: assessed against the lists and the graph, nothing found.',
    ]);
    expect(result.resolution).toMatchObject({ status: 'NOT_FOUND', candidates: [] });
  });

  it('resolves the screened party among its matches and shows the candidates', async () => {
    const result = await sut.screen({ name: 'Malek Ashtar University', pathRisks: false });

    expect(result.resolution).toMatchObject({
      status: 'RESOLVED',
      entityId: 'l:1',
      margin: rules.resolution.margin,
      threshold: rules.resolution.minScore,
    });
    expect(result.resolution!.candidates[0]).toMatchObject({ entityId: 'l:1', lists: ['l'], strongNameEvidence: true });
  });

  it('screens each row of a set as screen() does, a refused row getting its own error in its place', async () => {
    walked.length = 0;
    const inputs: ScreeningInput[] = [
      { name: 'Malek Ashtar University' },
      { name: '' },
      { name: 'Harbin Engineering University', lists: ['nope'] },
      { name: '哈尔滨工程大学', pathRisks: false },
    ];

    const outcomes = await sut.screenEach(inputs);

    expect(outcomes).toHaveLength(4);
    expect(outcomes[1]).toMatchObject({ code: 'SCREENING_INPUT_INVALID', details: { field: 'name' } });
    expect(outcomes[2]).toMatchObject({ details: { field: 'lists[0]' } });
    // One walk for the whole set: the matched entities of every walking row.
    expect(walked).toEqual([['l:1']]);
    for (const position of [0, 3]) {
      const alone = await sut.screen(inputs[position]);
      const strip = ({ screenedAt: _at, indexAgeSeconds: _age, ...rest }: ScreeningResult) => rest;
      expect(strip(outcomes[position] as ScreeningResult)).toEqual(strip(alone));
    }
  });

  it('walks an entity matched again in a later set once when walks are remembered, and again with other settings', async () => {
    walked.length = 0;
    const strip = ({ screenedAt: _at, indexAgeSeconds: _age, ...rest }: ScreeningResult) => rest;

    const [first] = await sut.screenEach([{ name: 'Malek Ashtar University' }], { rememberWalks: true });
    const [again] = await sut.screenEach([{ name: 'Malek Ashtar University' }], { rememberWalks: true });
    await sut.screenEach([{ name: 'Malek Ashtar University', maxHops: 2 }], { rememberWalks: true });
    await sut.screenEach([{ name: 'Malek Ashtar University' }]);

    // The second set reuses the first's walk; other hops, or a set that does not remember, walk again.
    expect(walked).toEqual([['l:1'], ['l:1'], ['l:1']]);
    expect(strip(again as ScreeningResult)).toEqual(strip(first as ScreeningResult));
  });
});
