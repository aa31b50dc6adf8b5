import { describe, expect, it } from 'vitest';
import { FtmDeltaParser, ftmDeltaFiles, readFtmDeltaIndex } from './ftm-delta.parser';
import { collect, fixture } from './parse-events.testing';

describe(FtmDeltaParser.name, () => {
  const sut = new FtmDeltaParser();
  const index = fixture('ftm', 't2-deltas', 'delta.json');

  it('lists the five delta files of the index oldest first, with their times', async () => {
    const files = await readFtmDeltaIndex(index);
    expect(files.updatedAt).toBe('2024-05-28T14:47:29Z');
    expect(files.dataset).toBe('sanctions');
    expect(files.files.map((file) => [file.version, file.issuedAt])).toEqual([
      ['20240527134702-zbn', '2024-05-27T13:47:02Z'],
      ['20240527194702-wnk', '2024-05-27T19:47:02Z'],
      ['20240528014702-pfh', '2024-05-28T01:47:02Z'],
      ['20240528074703-npf', '2024-05-28T07:47:03Z'],
      ['20240528134729-3iv', '2024-05-28T13:47:29Z'],
    ]);
  });

  it('yields only the versions after the one already applied', async () => {
    const versions: string[] = [];
    for await (const file of ftmDeltaFiles(index, { after: '20240528014702-pfh' })) {
      versions.push(file.version);
    }
    expect(versions).toEqual(['20240528074703-npf', '20240528134729-3iv']);
  });

  it('gives the ops of each file in order', async () => {
    const opsByVersion: Record<string, [string, string][]> = {};
    for await (const file of ftmDeltaFiles(index)) {
      opsByVersion[file.version] = (await collect(sut, file.path)).ops;
    }
    expect(opsByVersion).toEqual({
      '20240527134702-zbn': [],
      '20240527194702-wnk': [
        ['ADD', 'NK-2T3S8Hu29ktYnKSTgQp2wL'],
        ['ADD', 'NK-2sJaJRaPJcWUfMbHjTtWcL'],
      ],
      '20240528014702-pfh': [
        ['ADD', 'NK-500Poltergeist'],
        ['MOD', 'NK-2T3S8Hu29ktYnKSTgQp2wL'],
      ],
      '20240528074703-npf': [['DEL', 'NK-500Poltergeist']],
      '20240528134729-3iv': [['ADD', 'Q4365364']],
    });
  });

  it('carries the version, its time and the dataset of the index as metadata', async () => {
    const result = await collect(sut, fixture('ftm', 't2-deltas', '20240528074703-npf.entities.delta.json'));
    expect(result.metadata).toMatchObject({
      format: 'ftm-delta',
      listId: 'sanctions',
      version: '20240528074703-npf',
      issuedAt: '2024-05-28T07:47:03Z',
    });
    expect(result.deletions).toEqual(['NK-500Poltergeist']);
  });

  it('reads an added person in full', async () => {
    const result = await collect(sut, fixture('ftm', 't2-deltas', '20240528134729-3iv.entities.delta.json'), {
      listId: 'eu_fsf',
    });
    expect(result.entries).toHaveLength(1);
    expect(result.entries[0]).toMatchObject({
      listId: 'eu_fsf',
      entryId: 'Q4365364',
      schema: 'Person',
      name: 'Vladimir Nikolaevich PLOTNIKOV',
      birthDates: ['1961-11-30'],
      positions: ['Member of the State Duma'],
      gender: 'male',
    });
  });

  it('accepts an empty delta file as a version without changes', async () => {
    const result = await collect(sut, fixture('ftm', 't2-deltas', '20240527134702-zbn.entities.delta.json'));
    expect(result.events.map((event) => event.kind)).toEqual(['metadata', 'end']);
  });
});
