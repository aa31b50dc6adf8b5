import { describe, expect, it } from 'vitest';
import { abbreviates, readListedName, type ListedName } from './listed-name';

const plain = (name: string, parts: Partial<ListedName> = {}): ListedName => ({
  name,
  acronyms: [],
  otherScript: [],
  otherNames: [],
  parent: null,
  ...parts,
});

describe(readListedName.name, () => {
  it.each<[string, ListedName, string]>([
    [
      'Quarrow Reactor Institute (QRI)',
      plain('Quarrow Reactor Institute', { acronyms: ['QRI'] }),
      'a trailing acronym',
    ],
    ['Quarrow Reactor Institute(QRI)', plain('Quarrow Reactor Institute', { acronyms: ['QRI'] }), 'no space before it'],
    [
      'Quarrow University of Tides(QUT)(夸罗潮汐大学)',
      plain('Quarrow University of Tides', { acronyms: ['QUT'], otherScript: ['夸罗潮汐大学'] }),
      'acronym, then the name in characters, no spaces',
    ],
    [
      'Veltora Trading Co., Ltd.(维托拉贸易有限公司)',
      plain('Veltora Trading Co., Ltd.', { otherScript: ['维托拉贸易有限公司'] }),
      'the name in characters after a legal form with a comma',
    ],
    [
      'Veltora Aero Group 9th Institute (VAG 9)',
      plain('Veltora Aero Group 9th Institute', { acronyms: ['VAG 9'] }),
      'an acronym with a number',
    ],
    [
      'Quarrow Reactor Centre (QRC), Department of Quarrow Energy (DQE)',
      plain('Quarrow Reactor Centre', { acronyms: ['QRC'], parent: 'Department of Quarrow Energy (DQE)' }),
      'the parent after a comma, with its acronym',
    ],
    [
      'Quarrow Fusion Centre (QFC), DQE',
      plain('Quarrow Fusion Centre', { acronyms: ['QFC'], parent: 'DQE' }),
      'the parent as an acronym',
    ],
    [
      'Quentin Arlo Vell (Q. A. Vell) College of Tides',
      plain('Quentin Arlo Vell (Q. A. Vell) College of Tides', {
        otherNames: ['Q. A. Vell College of Tides', 'Quentin Arlo Vell College of Tides'],
      }),
      'initials inside the name stay in it; the name is also read with them in place of the words, and without them',
    ],
    [
      'Q A Vell (Quentin Arlo Vell) College',
      plain('Q A Vell (Quentin Arlo Vell) College', { otherNames: ['Quentin Arlo Vell College', 'Q A Vell College'] }),
      'the words the initials stand for in brackets',
    ],
    [
      'Quarrow Aero and Space Corporation (QASC) 5th Academy',
      plain('Quarrow Aero and Space Corporation (QASC) 5th Academy', {
        otherNames: ['QASC 5th Academy', 'Quarrow Aero and Space Corporation 5th Academy'],
      }),
      "a parent's acronym inside the name is no alias of the body",
    ],
    [
      'QRT (Quarrow Research Trust)',
      plain('QRT', { otherNames: ['Quarrow Research Trust'] }),
      'a one-word name and its full name in brackets',
    ],
  ])('reads %s (%s)', (text, expected, _reason) => {
    expect(readListedName(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['5th Institute of Veltora Aero Corporation (VAC)', "a trailing acronym of the name's last words: the parent's"],
    [
      '7th Institute, 2nd Academy, Veltora Aero Corporation (VAC)',
      'units and parents after commas, no acronym of the body',
    ],
    ['Veltora Shipping Company, Limited', 'a legal form after a comma'],
    ['Quarrow Glass Factory, Veltora Province', 'a place after a comma'],
    ['Veltora Trading Ltd., Quarrow Office', 'an office after a comma'],
    ['Veltora Systems Pte. Ltd. (Quarrow branch)', 'a qualifier in brackets'],
    ['Veltora Engineering Works (PVT)', 'a legal form in brackets'],
    ['Veltora Trading (GMBH)', 'a legal form of the reference tables in brackets'],
    ['Veltora Trading (P.T.Y.)', 'a legal form written with dots'],
    ['Veltora Trading (PTE)', 'the first word of a legal form ("Pte Ltd")'],
    ['Veltora Trading (CORP)', 'a class word in brackets'],
    ['Veltora Trading (UK)', "a country's short name in brackets"],
    ['Veltora Trading (SG)', "a country's ISO 3166 code in brackets"],
    ['Veltora Tech (HK) Limited', 'a place code inside the name'],
    ['Quarrow (General) Trading Co.', 'a word inside brackets that abbreviates nothing'],
    ['Quarrow Research (QR', 'brackets that do not balance'],
    ['Quarrow Research QR)', 'a closing bracket with no opening one'],
    ['(QRT)', 'a bracket and nothing else'],
    ['夸罗研究所', 'a name in characters'],
    ['', 'an empty cell'],
  ])('leaves %j whole (%s)', (text, _reason) => {
    expect(readListedName(text)).toEqual(plain(text));
  });
});

describe(abbreviates.name, () => {
  it.each<[string, string, boolean]>([
    ['QASC', 'Quarrow Aero and Space Corporation', true],
    ['Q. A. Vell', 'Quentin Arlo Vell', true],
    ['QA', 'Quentin Arlo Vell', false],
    ['HK', 'Veltora Tech', false],
    ['Pvt', 'Veltora Engineering', false],
    ['QASC', 'Quarrow', false],
  ])('%s abbreviates %s: %s', (short, long, expected) => {
    expect(abbreviates(short, long)).toBe(expected);
  });
});
