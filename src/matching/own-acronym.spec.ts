import { describe, expect, it } from 'vitest';
import { unwrittenOwnAcronym } from '../risk/resolution-rule';
import { scoredCandidate } from '../risk/scored-candidate.testing';
import {
  acronymOfMatchedWords,
  acronymWritten,
  initialsAcronym,
  ownAcronym,
  ownAcronymBeside,
} from './query-own-words';

// Rules 1.144.0 (resol13): a query that is a body's name with an acronym of its own resolves to the body only when a
// name of the body or of its parent writes the acronym. Made-up bodies and acronyms.
describe(ownAcronym.name, () => {
  it.each<[reason: string, query: string, matched: string, expected: string | null]>([
    ['an acronym of its own after the name', 'Quarrow Tidal Institute QTX', 'Quarrow Tidal Institute', 'QTX'],
    ['an acronym of its own before the name', 'PQU Quarrow Tidal Institute', 'Quarrow Tidal Institute', 'PQU'],
    ['after a dash', 'Centre de Marées Quarrow - CMZ', 'Centre de Marées Quarrow', 'CMZ'],
    ['in brackets', 'Quarrow Tidal Institute (QTX)', 'Quarrow Tidal Institute', 'QTX'],
    [
      'the initials of the query\'s words spell the name itself: no acronym "of its own"',
      'Quarrow Tidal Institute (QTI)',
      'Quarrow Tidal Institute',
      null,
    ],
    [
      'the initials with function words counted',
      'Institute of Tidal Forecasting IOTF',
      'Institute of Tidal Forecasting',
      null,
    ],
    ['a legal form is no acronym', 'Quarrow Tidal Works BV', 'Quarrow Tidal Works', null],
    [
      'a word in small letters is no acronym as written',
      'Quarrow Tidal Institute Pellby',
      'Quarrow Tidal Institute',
      null,
    ],
    ['a query in capitals throughout', 'QUARROW TIDAL INSTITUTE QTX', 'QUARROW TIDAL INSTITUTE', null],
    ['two words of its own', 'QTX Quarrow Tidal Institute Pellby', 'Quarrow Tidal Institute', null],
    [
      'the matched name has a word the query lacks',
      'Quarrow Tidal Institute QTX',
      'Quarrow Tidal Marine Institute',
      null,
    ],
    ['the same name', 'Quarrow Tidal Institute QTX', 'Quarrow Tidal Institute QTX', null],
  ])('%s', (_reason, query, matched, expected) => {
    expect(ownAcronym(query, matched)).toBe(expected);
  });
});

describe(initialsAcronym.name, () => {
  it.each<[reason: string, query: string, matched: string, expected: string | null]>([
    ['an acronym read as the initials of the name', 'QTX', 'Quarrow Tidal Exchange', 'QTX'],
    ['with a place in brackets after it', 'QTX (Pellby)', 'Quarrow Tidal Exchange', 'QTX'],
    ['with a legal form and a place in brackets', 'QTX Ltd. (Pellby)', 'Quarrow Tidal Exchange', 'QTX'],
    ['the matched name writes it', 'QTX (Pellby)', 'QTX', null],
    ['the matched name writes it among its words', 'QTX', 'Quarrow Tidal Exchange (QTX)', null],
    ['more than an acronym', 'QTX Tidal', 'Quarrow Tidal Exchange', null],
    ['a word in small letters', 'Qtx', 'Quarrow Tidal Exchange', null],
  ])('%s', (_reason, query, matched, expected) => {
    expect(initialsAcronym(query, matched)).toBe(expected);
  });
});

describe(acronymWritten.name, () => {
  it.each<[reason: string, acronym: string, names: string[], expected: boolean]>([
    ['a name that is the acronym', 'QTX', ['Quarrow Tidal Institute', 'QTX'], true],
    ['a name that writes it in brackets', 'QTX', ['Quarrow Tidal Institute (QTX)'], true],
    ['with dots', 'QTX', ['Q.T.X.'], true],
    ['in small letters', 'QTX', ['qtx Quarrow'], true],
    ['inside a longer word only', 'QTX', ['QTXA Quarrow'], false],
    ['no name writes it', 'QTX', ['Quarrow Tidal Institute', 'QTI'], false],
  ])('%s', (_reason, acronym, names, expected) => {
    expect(acronymWritten(acronym, names)).toBe(expected);
  });
});

describe(unwrittenOwnAcronym.name, () => {
  const body = (query: string, matched: string, type = 'Organisation') =>
    scoredCandidate('ror:quarrow', 1, 1, [query, matched], { type });
  it.each<[reason: string, query: string, matched: string, bodyNames: string[], expected: string | null]>([
    [
      "no name of the body or its parent writes the query's own acronym: not resolved",
      'WQX University of Quarrow',
      'University of Quarrow',
      ['University of Quarrow', 'UQ'],
      'WQX',
    ],
    [
      "the body's own acronym",
      'Quarrow Tidal Institute QTX',
      'Quarrow Tidal Institute',
      ['Quarrow Tidal Institute', 'QTX'],
      null,
    ],
    [
      "the parent's acronym (read among the body names: the resolver adds the parent's)",
      'PQU Quarrow Tidal Institute',
      'Quarrow Tidal Institute',
      ['Quarrow Tidal Institute', 'Pellby Quarrow University', 'PQU'],
      null,
    ],
    ['no acronym of its own', 'Quarrow Tidal Institute', 'Quarrow Tidal Institute', [], null],
    [
      'an acronym read as the initials of the name, which no name of the body writes: not resolved',
      'QTX (Pellby)',
      'Quarrow Tidal Exchange',
      ['Quarrow Tidal Exchange', 'Quarrow Tidal Exchange, Pellby'],
      'QTX',
    ],
    [
      'an acronym read as the initials of the name, which the body writes as another name',
      'QTX (Pellby)',
      'Quarrow Tidal Exchange',
      ['Quarrow Tidal Exchange', 'QTX'],
      null,
    ],
    ['persons are not read', 'Anna QTX Quarrow', 'Anna Quarrow', [], null],
  ])('%s', (_reason, query, matched, bodyNames, expected) => {
    const type = query.startsWith('Anna') ? 'Person' : 'Organisation';
    expect(unwrittenOwnAcronym(body(query, matched, type), bodyNames)).toBe(expected);
  });
});

// Rules 1.160.0 (resol16): an acronym among several words of the query's own, or spelling the query's own initials,
// is corroborated as ownAcronym's is. Made-up bodies and acronyms.
describe(ownAcronymBeside.name, () => {
  it.each<[reason: string, query: string, matched: string, expected: string | null]>([
    ['an acronym beside another word of its own', 'QTX Army Tidal Evaluation Centre', 'Tidal Evaluation Centre', 'QTX'],
    [
      'a dotted acronym beside another word of its own',
      'Q.T. Army Tidal Evaluation Centre',
      'The Tidal Evaluation Centre',
      'Q.T.',
    ],
    [
      "the acronym spells the query's own initials",
      'Centre de Marées Quarrow - CMQ',
      'Centre de Marées Quarrow',
      'CMQ',
    ],
    ['one acronym of its own, as ownAcronym reads it', 'Quarrow Tidal Institute QTX', 'Quarrow Tidal Institute', 'QTX'],
    ['two words of its own, one an acronym', 'QTX Quarrow Tidal Institute Pellby', 'Quarrow Tidal Institute', 'QTX'],
    ['no acronym among its own words', 'Pellby Tidal Evaluation Centre', 'Tidal Evaluation Centre', null],
    ['a legal form is no acronym', 'Quarrow Tidal Works BV', 'Quarrow Tidal Works', null],
    ['a query in capitals throughout', 'QTX ARMY TIDAL EVALUATION CENTRE', 'TIDAL EVALUATION CENTRE', null],
    [
      'the matched name has a word the query lacks',
      'QTX Tidal Evaluation Centre',
      'Pellby Tidal Evaluation Centre',
      null,
    ],
    ['the matched name writes the acronym too', 'Quarrow Tidal Institute QTX', 'Quarrow Tidal Institute QTX', null],
    ['the same words, no word of its own', 'The Tidal Evaluation Centre', 'Tidal Evaluation Centre', null],
  ])('%s', (_reason, query, matched, expected) => {
    expect(ownAcronymBeside(query, matched)).toBe(expected);
  });
});

describe(`${unwrittenOwnAcronym.name} since rules 1.160.0`, () => {
  it.each<[reason: string, query: string, matched: string, bodyNames: string[], expected: string | null]>([
    [
      'an acronym beside words of its own that no name of the body or its parent writes',
      'QTX Army Tidal Evaluation Centre',
      'Tidal Evaluation Centre',
      ['Tidal Evaluation Centre', 'Pellby University'],
      'QTX',
    ],
    [
      "the acronym spelling the query's initials that no name of the body writes",
      'Centre de Marées Quarrow - CMQ',
      'Centre de Marées Quarrow',
      ["Centre de Marées Quarrow de l'École de Pellby"],
      'CMQ',
    ],
    [
      "the parent's name writes it",
      'QTX Army Tidal Evaluation Centre',
      'Tidal Evaluation Centre',
      ['Tidal Evaluation Centre', 'Quarrow Tidal Exchange (QTX)'],
      null,
    ],
    [
      "the body's own alias writes it",
      'Centre de Marées Quarrow - CMQ',
      'Centre de Marées Quarrow',
      ['Centre de Marées Quarrow', 'CMQ'],
      null,
    ],
  ])('%s', (_reason, query, matched, bodyNames, expected) => {
    expect(unwrittenOwnAcronym(scoredCandidate('ror:quarrow', 1, 1, [query, matched]), bodyNames)).toBe(expected);
  });
});

// Rules 1.172.0 (res12): an acronym of the query's own beside words of the matched name, read as the initials of the
// matched name's words the query lacks, is corroborated as ownAcronym's is. Made-up bodies and acronyms.
describe(acronymOfMatchedWords.name, () => {
  it.each<[reason: string, query: string, matched: string, expected: string | null]>([
    [
      "the acronym spells words of the name the query lacks, apart, in the name's order",
      'CT Harbour Research',
      'Centre for Harbour and Tidal Research',
      'CT',
    ],
    [
      'the acronym spells some of the words the query lacks',
      'QT Marine Research',
      'Quarrow Institute for Marine and Tidal Research',
      'QT',
    ],
    ['a dotted acronym', 'Q.T. Marine Research', 'Quarrow Institute for Marine and Tidal Research', 'Q.T.'],
    ['the acronym after the shared words', 'Harbour Research CT', 'Centre for Harbour and Tidal Research', 'CT'],
    [
      "the letters in another order than the name's words: not this reading",
      'TC Harbour Research',
      'Centre for Harbour and Tidal Research',
      null,
    ],
    [
      "letters that are no initials of the name's words",
      'ZX Harbour Research',
      'Centre for Harbour and Tidal Research',
      null,
    ],
    ['a query in capitals throughout', 'CT HARBOUR RESEARCH', 'CENTRE FOR HARBOUR AND TIDAL RESEARCH', null],
    [
      'a word in small letters is no acronym as written',
      'Ct Harbour Research',
      'Centre for Harbour and Tidal Research',
      null,
    ],
    ['the matched name writes the acronym too', 'CT Harbour Research', 'CT Centre for Harbour Research', null],
    [
      "no word shared with the name: the acronym alone is initialsAcronym's shape",
      'QTX (Pellby)',
      'Quarrow Tidal Exchange',
      null,
    ],
    [
      "the name holds every word of the query's but the acronym: ownAcronym's shape",
      'Quarrow Tidal Institute QTX',
      'Quarrow Tidal Institute',
      null,
    ],
  ])('%s', (_reason, query, matched, expected) => {
    expect(acronymOfMatchedWords(query, matched)).toBe(expected);
  });
});

describe(`${unwrittenOwnAcronym.name} since rules 1.172.0`, () => {
  it.each<[reason: string, query: string, matched: string, bodyNames: string[], expected: string | null]>([
    [
      "an acronym of the query's own read as the initials of the name's other words, which no name of the body writes: not resolved",
      'CT Harbour Research',
      'Centre for Harbour and Tidal Research',
      ['Centre for Harbour and Tidal Research', 'CHTR'],
      'CT',
    ],
    [
      "the body's own alias writes it",
      'CT Harbour Research',
      'Centre for Harbour and Tidal Research',
      ['Centre for Harbour and Tidal Research', 'CT Harbour Research Centre'],
      null,
    ],
    [
      "the parent's name writes it",
      'QT Marine Research',
      'Quarrow Institute for Marine and Tidal Research',
      ['Quarrow Institute for Marine and Tidal Research', 'Quarrow Tidal Trust (QT)'],
      null,
    ],
    ['persons are not read', 'CT Anna Quarrow', 'Clara Anna Tovin Quarrow', [], null],
  ])('%s', (_reason, query, matched, bodyNames, expected) => {
    const type = query.includes('Anna') ? 'Person' : 'Organisation';
    expect(unwrittenOwnAcronym(scoredCandidate('ror:quarrow', 1, 1, [query, matched], { type }), bodyNames)).toBe(
      expected,
    );
  });
});
