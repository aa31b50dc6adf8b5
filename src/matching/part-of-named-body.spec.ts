import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { parentNameParts } from './part-of-named-body';

// unit1 (rules 1.119.0): a query that is a body's whole name with a unit or programme of it ("School of Tides,
// Quarrow University") matches that body for review (partOfNamedBody), never as that body. Made-up names only.

const POLICY = { score: 0.75 };

const build = () => {
  const sut = new CandidateIndex();
  sut.add({ entityId: 'l:1', schema: 'Organization', names: ['Quarrow Engineering University'], listIds: ['l'] });
  sut.add({
    entityId: 'l:2',
    schema: 'Organization',
    names: ['Veltora University of Technology', 'Tarvel Polytechnic'],
    countries: ['qq'],
    listIds: ['l'],
  });
  sut.add({ entityId: 'l:3', schema: 'Organization', names: ['Brindle Marsh Holdings'], listIds: ['l'] });
  sut.add({ entityId: 'r:1', schema: 'Organization', names: ['Quarrow Medical University'] });
  sut.add({ entityId: 'r:2', schema: 'Organization', names: ['Harrowgate Institute of Technology'] });
  sut.add({ entityId: 'l:4', schema: 'Organization', names: ['Tarvel Electronics'], listIds: ['l'] });
  return sut.build();
};

const found = (sut: CandidateIndex, name: string, countries: string[] = []) =>
  sut
    .search({ name, schema: 'Organization', countries }, { limit: 5, partOfNamedBody: POLICY })
    .filter((result) => result.features.some((feature) => feature.name === 'part_of_named_body'))
    .map((result) => [result.entityId, result.score]);

describe(`${CandidateIndex.name}: a query naming a body whole with a unit or programme of it (partOfNamedBody)`, () => {
  const sut = build();

  it.each([
    ['a unit set apart by a comma, before', 'School of Tidal Engineering, Quarrow Engineering University', 'l:1'],
    ['a unit set apart by a comma, after', 'Quarrow Engineering University, College of Shipbuilding', 'l:1'],
    ['a unit written after the name', 'Quarrow Engineering University School of Energy and Power', 'l:1'],
    ['a fund written after the name', 'Quarrow Engineering University Research Fund', 'l:1'],
    ['a unit and "of"', 'Marlow Research Institute of Quarrow Engineering University', 'l:1'],
    ['funds and "of the"', 'Fundamental Research Funds of the Quarrow Engineering University', 'l:1'],
    ['a campus after a comma', 'Veltora University of Technology, Kessel Campus', 'l:2'],
    ['a department of a display name', 'Department of Physics, Harrowgate Institute of Technology', 'r:2'],
  ])('%s: %s', (_case, name, entityId) => {
    expect(found(sut, name)).toEqual([[entityId, 0.75]]);
  });

  it.each([
    ['the body itself', 'Quarrow Engineering University'],
    ['another body of the same words', 'Quarrow Engineering University of Medicine'],
    [
      'one word after the name ("… University College" is often a body of its own)',
      'Quarrow Engineering University College',
    ],
    ['no unit or programme word', 'Quarrow Engineering University Kessel'],
    ['the name inside, not at an end', 'Tide School of Quarrow Engineering University Holdings'],
    ['a name with no class word', 'Brindle Marsh School'],
    ['a unit of another body that shares words', 'School of Pharmacy, Quarrow Medical Engineering University'],
    ['a body of a country that conflicts', 'School of Mines, Veltora University of Technology'],
    ['a longer company name going on', 'Tarvel Electronics Technology Group Corporation Research Institute'],
  ])('not %s: %s', (_case, name) => {
    expect(found(sut, name, name.includes('Mines') ? ['zz'] : [])).toEqual([]);
  });

  it('not without the policy (pair scores and other searches unchanged)', () => {
    const results = sut.search({ name: 'Quarrow Engineering University Research Fund', schema: 'Organization' });
    expect(results.some((result) => result.features.some((feature) => feature.name === 'part_of_named_body'))).toBe(
      false,
    );
  });

  it('the reverse is not this rule: the parent asked against a listed unit', () => {
    const units = new CandidateIndex();
    units.add({ entityId: 'u:1', schema: 'Organization', names: ['School of Tides, Quarrow Engineering University'] });
    units.build();
    const results = units.search(
      { name: 'Quarrow Engineering University', schema: 'Organization' },
      { partOfNamedBody: POLICY },
    );
    expect(results.some((result) => result.features.some((feature) => feature.name === 'part_of_named_body'))).toBe(
      false,
    );
  });

  it('says why, naming the body and the part', () => {
    const [result] = sut.search(
      { name: 'School of Tidal Engineering, Quarrow Engineering University', schema: 'Organization' },
      { partOfNamedBody: POLICY },
    );
    expect(result.features[0].reason).toContain('names "Quarrow Engineering University" as the body it belongs to');
    expect(result.match).toBe(true);
  });
});

describe(`${parentNameParts.name}: the parts of a query looked up as a parent's whole name`, () => {
  it.each([
    ['set apart', 'School of Tides, Quarrow University', ['School of Tides', 'Quarrow University']],
    [
      'after "of"',
      'Tide Institute of Quarrow University',
      // (since rules 1.122.0 each with its last word in the other number too: see below)
      ['Tide Institute', 'Tide Institutes', 'Tide Institute of', 'Quarrow University', 'Quarrow Universitys'],
    ],
    ['no unit or programme word', 'Quarrow University of Tides', []],
  ])('%s: %s', (_case, name, parts) => {
    expect(parentNameParts(name)).toEqual(parts);
  });
});

// unit2 (rules 1.122.0): what unit1 did not reach. A one-word parent (a whole name or an acronym as written) with a
// programme's words or, for an acronym, a unit after it; a body's name in Chinese characters with a unit written on
// with no word boundary; the body's last word in the other number; a parent whose class word is not posted. Made-up
// names only (the Chinese ones too).
describe(`${CandidateIndex.name}: one-word parents, Chinese-character units, the other number (partOfNamedBody)`, () => {
  const build2 = () => {
    const sut = new CandidateIndex();
    sut.add({
      entityId: 'l:5',
      schema: 'Organization',
      names: ['Quarrow Tidal Defence University', 'QTDU'],
      listIds: ['l'],
    });
    sut.add({
      entityId: 'l:6',
      schema: 'Organization',
      names: ['Veltorex State Corporation', 'Veltorex'],
      listIds: ['l'],
    });
    sut.add({ entityId: 'l:7', schema: 'Organization', names: ['Academy of Tidal Science'], listIds: ['l'] });
    sut.add({ entityId: 'r:3', schema: 'Organization', names: ['Marlow Academy of Sciences'] });
    sut.add({ entityId: 'r:4', schema: 'Organization', names: ['Quarrow Tide University', '夸罗潮汐大学'] });
    sut.add({ entityId: 'l:8', schema: 'Company', names: ['Tarvel Electronics', '塔维电子'], listIds: ['l'] });
    sut.add({ entityId: 'r:5', schema: 'Organization', names: ['Brindlewick Trust'] });
    sut.add({ entityId: 'r:7', schema: 'Organization', names: ['Harrowgate Marine Centre', 'HMCQ'] });
    // A name of class words only: read as name words, posted under "trust" (one name, fewer than "brindlewick"'s).
    sut.add({ entityId: 'r:6', schema: 'Organization', names: ['Trust Foundation'] });
    // Names that crowd a parent out of blocking (all share the unit's words).
    for (let index = 0; index < 40; index++) {
      sut.add({
        entityId: `c:${index}`,
        schema: 'Organization',
        names: [`Brindlewick Trust Centre for Tidal Genetics Kessel${index}`],
      });
    }
    return sut.build();
  };
  const sut = build2();

  it.each([
    ['a programme after a one-word whole name', 'Veltorex Scholarship Programme', 'l:6'],
    ['a fund after a one-word whole name', 'Veltorex Innovation Fund', 'l:6'],
    ['a fund after a written acronym', 'QTDU Research Fund', 'l:5'],
    ['a unit after a written acronym', 'QTDU College of Electronic Science', 'l:5'],
    ['a unit in Chinese characters', '夸罗潮汐大学海洋工程学院', 'r:4'],
    ['a department in Chinese characters', '夸罗潮汐大学计算机系', 'r:4'],
    ['a graduate school in Chinese characters', '夸罗潮汐大学研究生院', 'r:4'],
    ['the last word in the plural', 'Academy of Tidal Sciences Research Programme', 'l:7'],
    ['the last word in the singular', 'Marlow Academy of Science Scholarship Programme', 'r:3'],
  ])('%s: %s', (_case, name, entityId) => {
    expect(found(sut, name)).toEqual([[entityId, 0.75]]);
  });

  it('a parent whose class word is not posted ("trust" beside a name word), its units crowding it out of blocking', () => {
    const results = sut
      .search(
        { name: 'Brindlewick Trust Centre for Tidal Genetics', schema: 'Organization' },
        { limit: 100, partOfNamedBody: POLICY },
      )
      .filter((result) => result.features.some((feature) => feature.name === 'part_of_named_body'));
    expect(results.map((result) => [result.entityId, result.score])).toEqual([['r:5', 0.75]]);
  });

  it.each([
    ['a one-word name and "Fund" (a company\'s shape)', 'Veltorex Fund'],
    ['an investment fund', 'Veltorex Growth Fund'],
    ['a pension fund', 'Veltorex Pension Fund'],
    ['a fund managed', 'Veltorex Fund Management'],
    ['a unit after a one-word name not written as an acronym', 'Veltorex College of Tidal Science'],
    ['a unit after an acronym not opened by a unit word', 'QTDU Westvale Community College'],
    ['an acronym and one unit word', 'QTDU College'],
    ["a registry record's acronym (not a listed body's: registries share acronyms)", 'HMCQ Institute of Tidal Science'],
    ["a registry record's acronym and a programme", 'HMCQ Research Fund'],
    ['the acronym not written as one', 'Qtdu College of Electronic Science'],
    ['Chinese characters: too short a unit', '夸罗潮汐大学学院'],
    ['Chinese characters: a company going on', '夸罗潮汐大学科技集团研究院'],
    ["Chinese characters: a company's name, no body's class word", '塔维电子科技研究所'],
    ['Chinese characters: no unit word at the end', '夸罗潮汐大学出版社有限'],
    ['another word than the other number', 'Academy of Tidal Scientists Research Programme'],
  ])('not %s: %s', (_case, name) => {
    expect(found(sut, name)).toEqual([]);
  });
});

describe(`${parentNameParts.name}: one-word, Chinese-character and other-number parts (since rules 1.122.0)`, () => {
  it.each([
    ['a one-word body before a programme', 'Veltorex Scholarship Programme', ['Veltorex']],
    ['a written acronym before a unit', 'QTDU College of Tides', ['QTDU', 'QTDU College', 'QTDU Colleges']],
    [
      'the other number of the last word',
      'Academy of Tidal Sciences Research Fund',
      [
        'Academy of',
        'Academy of Tidal',
        'Academy of Tidals',
        'Academy of Tidal Sciences',
        'Academy of Tidal Science',
        'Tidal Sciences Research Fund',
        'Tidal Sciences Research Funds',
      ],
    ],
    ['Chinese characters', '夸罗潮汐大学海洋工程学院', ['夸罗潮汐大学']],
    ['Chinese characters, no unit', '夸罗潮汐大学', []],
  ])('%s: %s', (_case, name, parts) => {
    expect(parentNameParts(name)).toEqual(parts);
  });
});
