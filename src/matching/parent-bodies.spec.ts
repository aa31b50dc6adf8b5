import { describe, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { check, org, type Row } from './organisation-rows.testing';

/**
 * The parent bodies and units (parent-bodies.ts): a parent named before or after a unit, parent and unit acronyms,
 * systems and their members; one table per rule, one row per case with its reason, moved from
 * organisation-rules.spec.ts. Every name here is made up, never taken from an evaluation set.
 */
describe(`${NameMatcher.name} a parent body named before a unit that repeats its class word (rules 1.9.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('University Computing Centre'),
      candidate: org('University of Quarrow University Computing Centre'),
      match: true,
      reason: "a class word the longer name repeats is read among the unit's words, so the parent is named before it",
    },
    {
      query: org('Tidal Sciences Research Center'),
      candidate: org('Quarrow University of Medical Sciences Tidal Sciences Research Center'),
      match: true,
      reason: "a repeated field class word belongs to the unit's name, not to its parent's",
    },
    {
      query: org('Tarvel Medical Center'),
      candidate: org('Tarvel University Norby Tarvel Medical Center'),
      match: false,
      reason:
        "a repeated name word stays where it first stands: the parent's namesake and a branch's place name another body",
    },
    {
      query: org('Quarrow University'),
      candidate: org('Quarrow University Computing Centre'),
      match: false,
      reason: 'the parent against its unit is still two bodies',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a parent's acronym and its units (rules 1.24.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('QRU'),
      candidate: org('Tarvel Institute of Tides, Quarrow Research University'),
      match: false,
      reason:
        "a unit written first and set apart by a comma from its parent's name is not what the parent's acronym names",
    },
    {
      query: org('QRU'),
      candidate: org('Harbour College of Trade - Quarrow Research University'),
      match: false,
      reason: 'so is a college set apart by a dash',
    },
    {
      query: org('QRU'),
      candidate: org('Quarrow Research University'),
      match: true,
      reason: "the parent's acronym still names the parent",
    },
    {
      query: org('TMC'),
      candidate: org('Tarvel Marsh Council, Quarrow Academy of Sciences'),
      match: true,
      reason: "an acronym standing for the unit's own words is the unit's",
    },
    {
      query: org('QB QRU'),
      candidate: org('Quarrow Branch, Quarrow Research University'),
      match: true,
      reason: 'a second word of the acronym name may stand for the unit',
    },
    {
      query: org('Quarrow Research University'),
      candidate: org('TMC - Quarrow Research University'),
      match: false,
      reason: "an acronym set apart before a university's whole name names a unit of the university",
    },
    {
      query: org('Quarrow Research University'),
      candidate: org('TMC, Quarrow Research University'),
      match: false,
      reason: 'the same after a comma',
    },
    {
      query: org('Tarvel Marine Futures'),
      candidate: org('QTH - Tarvel Marine Futures'),
      match: true,
      reason: "before a name of no parent class the acronym set apart may be the body's own or its parent's",
    },
    {
      query: org('QRU'),
      candidate: org('TMC - Quarrow Research University'),
      match: false,
      reason: "a unit's own acronym set apart before its parent's name is not what the parent's acronym names",
    },
    {
      query: org('QRU'),
      candidate: org('Quarrow Research University Hospital'),
      match: false,
      reason: "a hospital's word after a university's name the acronym stands for names the university's hospital",
    },
    {
      query: org('QT'),
      candidate: org('Quarrow Tarvel Hospital'),
      match: true,
      reason: "after a name of no parent class the hospital's word is the body's own",
    },
    {
      query: org('QTU'),
      candidate: org('QTU Harbour Zoology College'),
      match: false,
      reason: 'a college named after an acronym and a name word is a unit, not the body the acronym names',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a unit joined to its parent's name by "of", "at" or a possessive; an office named after an acronym (rules 1.36.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('QRU'),
      candidate: org('Tarvel Doctoral Foundation of Quarrow Research University'),
      match: false,
      reason:
        'a foundation written first and joined by "of" to a university\'s name is not what the university\'s acronym names',
    },
    {
      query: org('QSU'),
      candidate: org('Harbour College of Trade at Quarrow State University'),
      match: false,
      reason: 'so is a college joined by "at"',
    },
    {
      query: org('QAS'),
      candidate: org('Tide Institute of the Quarrow Academy of Sciences'),
      match: false,
      reason: 'so is an academy\'s institute joined by "of the"',
    },
    {
      query: org('QSU'),
      candidate: org('Quarrow State University'),
      match: true,
      reason: "the parent's acronym still names the parent",
    },
    {
      query: org('TE'),
      candidate: org('Office of Tarvel Energy'),
      match: true,
      reason: 'without a parent class the words after "of" are the office\'s own name, which the acronym stands for',
    },
    {
      query: org('HCT'),
      candidate: org('Harbour College of Trade at Quarrow State University'),
      match: true,
      reason: "the unit's own acronym still names the unit",
    },
    {
      query: org('QSU'),
      candidate: org('Quarrow State University’s Tide Transport Center'),
      match: false,
      reason:
        "a centre written after a university's name with a possessive is the university's, not what its acronym names",
    },
    {
      query: org('QSU'),
      candidate: org("Quarrow State University's Tide Transport Center"),
      match: false,
      reason: 'so with a straight apostrophe',
    },
    {
      query: org('Saint Quarrow'),
      candidate: org('Saint Quarrow’s College'),
      match: true,
      reason: 'a possessive after a name of no parent class is left as it was',
    },
    {
      query: org('QDC'),
      candidate: org('QDC Office of Tide Preparedness'),
      match: false,
      reason: 'an office named after an acronym and name words is a unit, not the body the acronym names',
    },
    {
      query: org('QDC'),
      candidate: org('QDC Office'),
      match: true,
      reason: 'without a name word the office word is read as before',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a national system's member named by the system and its place (rules 1.31.0)`, () => {
  // org_words.yml system_names; the places are made up.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Tecnológico Nacional de México Campus Quarrow'),
      candidate: org('Instituto Tecnológico Superior de Quarrow'),
      match: true,
      reason: "the system's name and a place name the member of that place by its own name",
    },
    {
      query: org('TecNM Tarvel Springs'),
      candidate: org('Instituto Tecnológico Superior de Tarvel Springs'),
      match: true,
      reason: "the system's acronym before a place names the member of that place",
    },
    {
      query: org('QTS Tecnologia'),
      candidate: org('TecNM Campus Quarrow Tarvel Springs'),
      match: false,
      reason: "a company named by a member's initials is not the member: no shorter member name is made up",
    },
    {
      query: org('Instituto Federal de Educação, Ciência e Tecnologia do Quarrow'),
      candidate: org('Instituto Federal do Quarrow'),
      match: true,
      reason: "a federal institute's long name and its short one name one body",
    },
    {
      query: org('Tecnológico Nacional de México'),
      candidate: org('Instituto Tecnológico Superior de Quarrow'),
      match: false,
      reason: 'the system alone is the parent of its members, not one of them',
    },
    {
      query: org('TecNM Campus Quarrow'),
      candidate: org('Instituto Tecnológico Superior de Tarvel'),
      match: false,
      reason: 'members in two places are two bodies',
    },
    {
      query: org('Instituto Tecnológico de Quarrow'),
      candidate: org('Instituto Tecnológico Superior de Quarrow'),
      match: false,
      reason: 'the federal and the decentralised institute of one place stay two bodies, as before',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a unit written before a parent body's whole name is not that body (rules 1.37.0)`, () => {
  // org_words.yml unit_before_parent_classes, read by parentBodyNamed: a unit's class words (an institute, a
  // centre, a faculty) written before the whole name of a body of a parent class that is no unit's class (an
  // academy, a university, a ministry) name its unit, not a parent written before it.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Norlandic Academy of Sciences'),
      candidate: org('Institute of Tide Studies Norlandic Academy of Sciences'),
      match: false,
      reason: "an institute written before an academy's whole name is the academy's institute",
    },
    {
      query: org('Quarrow Academy'),
      candidate: org('Institute of Linguistics Quarrow Academy'),
      match: false,
      reason: 'the same with an academy of one name word',
    },
    {
      query: org('Tarvel Ministry of Tides'),
      candidate: org('Centre for Tide Records Tarvel Ministry of Tides'),
      match: false,
      reason: "a centre written before a ministry's whole name is the ministry's centre",
    },
    {
      query: org('Institute of Tides'),
      candidate: org('Quarrow University Institute of Tides'),
      match: true,
      reason: 'a university written before an institute still names its parent: the institute itself',
    },
    {
      query: org('Escola Superior de Quarrow'),
      candidate: org('Instituto Politecnico de Tarvel Escola Superior de Quarrow'),
      match: true,
      reason: 'an institute of a place written before a school still names its parent',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a network's acronym of hyphen-joined pieces before or after the name (rules 1.45.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('QRN-TVR Quarrow Tide Institute'),
      candidate: org('Quarrow Tide Institute'),
      match: true,
      reason: "a research network's acronym written in hyphen-joined pieces before the body's name names its parent",
    },
    {
      query: org('Quarrow Tide Institute QRN-TVR'),
      candidate: org('Quarrow Tide Institute'),
      match: true,
      reason: 'so written after the name',
    },
    {
      query: org('QRN-TVR - Quarrow University'),
      candidate: org('Quarrow University'),
      match: false,
      reason: "set apart by a dash before a university's name it is a unit's code: another body",
    },
    {
      query: org('Qrn-Tvr Quarrow Tide Institute'),
      candidate: org('Quarrow Tide Institute'),
      match: false,
      reason: 'pieces not written in capitals are words, not one acronym (as before)',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a parent body's acronym joined by a hyphen to a unit's (rules 1.55.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow Council of Research'),
      candidate: org('QCR-TML'),
      match: false,
      reason: "a research council's acronym joined to another names the council's unit, not the council",
    },
    {
      query: org('Quarrow State University'),
      candidate: org('TML-QSU'),
      match: false,
      reason: "so does a university's acronym, the unit's acronym written first",
    },
    {
      query: org('Norland Academy of Sciences'),
      candidate: org('TML-NAS'),
      match: false,
      reason: "and an academy's",
    },
    {
      query: org('Quarrow Institute of Medical Sciences'),
      candidate: org('QIMS-QU'),
      match: true,
      reason: "an institute's acronym joined to another names the institute with its parent, as before",
    },
    {
      query: org('Tide Studies Centre'),
      candidate: org('QCR-TSC'),
      match: true,
      reason: "a unit's own acronym with its parent's names the unit",
    },
    {
      query: org('Quarrow Council of Research'),
      candidate: org('QCR'),
      match: true,
      reason: "the council's acronym alone is the council's",
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a college named after its university's name (rules 1.65.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('QRU'),
      candidate: org('Quarrow Rivers University Tarvel College of Business'),
      match: false,
      reason: "a college with its own name written after the university's name is the university's college",
    },
    {
      query: org('QRU'),
      candidate: org('Quarrow Rivers University Harbourside Community College'),
      match: false,
      reason: 'so is a community college named after a state system',
    },
    {
      query: org('QRU'),
      candidate: org('Quarrow Rivers University College'),
      match: true,
      reason: 'a college written right after the words is left as before (a university college, often a former name)',
    },
    {
      query: org('QAMS'),
      candidate: org('Quarrow Academy of Medical Sciences & Tarvel Union Medical College'),
      match: true,
      reason: 'a college joined by "&" or "and" belongs to one name of two bodies, left as before',
    },
    {
      query: org('QRU'),
      candidate: org('Quarrow Rivers University'),
      match: true,
      reason: "the university's name alone is still what its acronym names",
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a parent body's acronym written apart by a space from a unit's (rules 1.79.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow Council of Research'),
      candidate: org('TML QCR'),
      match: false,
      reason: "a research council's acronym after another, written apart, names the council's unit (was 0.75)",
    },
    {
      query: org('Norland Academy of Sciences'),
      candidate: org('TML NAS'),
      match: false,
      reason: "so does an academy's (was 0.75)",
    },
    {
      query: org('Quarrow State University'),
      candidate: org('QSU TML'),
      match: false,
      reason: "and a university's, the unit's acronym written after it (was 0.75)",
    },
    {
      query: org('Quarrow State University, Harbourville'),
      candidate: org('TML QSU'),
      match: false,
      reason: "so with a place set apart after the parent's name, the one word left unread (was 0.75)",
    },
    {
      query: org('Tarvel Institute of the Norland Academy of Sciences'),
      candidate: org('ITV NAS'),
      match: true,
      reason: "the unit's own name in full with its parent's leaves the unit's words unread: still the unit's name",
    },
    {
      query: org('Quarrow Institute of Medical Sciences'),
      candidate: org('QIMS QU'),
      match: true,
      reason: "an institute's acronym written apart from another names the institute with its parent, as before",
    },
    {
      query: org('Quarrow State University'),
      candidate: org('QSU TX'),
      match: true,
      reason: 'a code of two letters after the acronym (a state, a place) is not read as a unit',
    },
    {
      query: org('Norland Academy of Sciences'),
      candidate: org('NAS'),
      match: true,
      reason: "the academy's acronym alone is the academy's",
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a parent's class word in characters after "of" stands in the part of the name the function word opens (rules 1.106.0)`, () => {
  // Made-up bodies; "河香" a made-up city written in characters.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Hexiang University'),
      candidate: org('Hexiang University of Science and Technology(HUST)(河香理工大学)'),
      match: false,
      reason:
        "the city's other university: the name in characters after the brackets names the same body again, not a parent of the shorter name",
    },
    {
      query: org('Hexiang University'),
      candidate: org('Hexiang University of Science and Technology (HUST) (河香理工大学)'),
      match: false,
      reason: 'and so with spaces before the brackets',
    },
    {
      query: org('Hexiang University of Science and Technology'),
      candidate: org('Hexiang University of Science and Technology(HUST)(河香理工大学)'),
      match: true,
      reason: 'the same name with its initials and its name in characters',
    },
    {
      query: org('Institute of Tides'),
      candidate: org('Institute of Tides of the Quarrow Academy of Sciences'),
      match: true,
      reason: 'a parent body named after "of" is still left out',
    },
    {
      query: org('Tarvel Technological Institute'),
      candidate: org('Tarvel Technological Institute - a branch of the Quarrow Research University'),
      match: true,
      reason: 'and so when a dash comes before the function word that opens it',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a parent body written in Cyrillic after its unit's name, in the genitive and without "of" (since rules 1.178.0)`, () => {
  // Made-up bodies: the Tarvel institute, the Quarrow academy (Кварровская академия наук), Kvarria (Кваррия).
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Tarvel Institute of Mathematics'),
      candidate: org('Тарвельский институт математики Кварровской академии наук'),
      match: true,
      reason: "an academy written after the unit's own words in the genitive is the unit's parent, left out",
    },
    {
      query: org('Tarvel Institute of Mathematics'),
      candidate: org('Тарвельский институт математики Сибирского отделения Кварровской академии наук'),
      match: true,
      reason: "and so the academy's branch with the academy",
    },
    {
      query: org('Tarvel Institute of Mathematics'),
      candidate: org('Тарвельский институт математики НАН Кваррии'),
      match: true,
      reason: "and so the academy's acronym with its country",
    },
    {
      query: org('Tarvel Institute of Mathematics'),
      candidate: org('Тарвельский институт математики ТО КАН'),
      match: true,
      reason: "and so the branch's and the academy's acronyms alone",
    },
    {
      query: org('Tarvel Institute of Mathematics'),
      candidate: org('Тарвельский институт математики Кварровского университета'),
      match: true,
      reason: 'and so a university, as "… of Quarrow University" is read in English',
    },
    {
      query: org('Tarvel Institute of Mathematics'),
      candidate: org(
        'Федеральное государственное бюджетное учреждение науки Тарвельский институт математики Кварровской академии наук',
      ),
      match: true,
      reason:
        'and so after the legal preamble of a state institution of science (ФГБУН, a legal form since rules 1.178.0)',
    },
    {
      query: org('Tarvel Institute of Mathematics'),
      candidate: org('ФГБУН Тарвельский институт математики Кварровской академии наук'),
      match: true,
      reason: 'and so after its acronym',
    },
    {
      query: org('Кварровская академия наук'),
      candidate: org('Тарвельский институт математики Кварровской академии наук'),
      match: false,
      reason: 'the academy alone against its unit is still two bodies',
    },
    {
      query: org('Quarrow Academy of Sciences'),
      candidate: org('Тарвельский институт математики Кварровской академии наук'),
      match: false,
      reason: 'and so the academy in English against its unit in Cyrillic',
    },
    {
      query: org('Tarvel Institute of Physics'),
      candidate: org('Тарвельский институт математики Кварровской академии наук'),
      match: false,
      reason: 'the parent is left out only when every other word of the unit aligns',
    },
    {
      query: org('Tarvel Institute of Mathematics'),
      candidate: org('Тарвельский институт прикладной математики Кварровской академии наук'),
      match: false,
      reason: "a word of the unit's own (applied) is no parent's",
    },
    {
      query: org('Тарвельский государственный университет'),
      candidate: org(
        'федеральное государственное бюджетное образовательное учреждение высшего образования Тарвельский государственный университет экономики и управления КНХ',
      ),
      match: false,
      reason: "a field's words written before an acronym are the unit's own name: the city's other university",
    },
    {
      query: org('Tarvel State University'),
      candidate: org('Тарвельский государственный университет экономики и управления Кварровской академии наук'),
      match: false,
      reason: "and so a field's words written before an academy",
    },
    {
      query: org('Tarvel Institute of Mathematics'),
      candidate: org('Тарвельский институт математики Кварровского филиала'),
      match: false,
      reason: 'a branch named by a place alone names no parent body',
    },
    {
      query: org('Tarvel Institute of Mathematics of the Norby Academy of Sciences'),
      candidate: org('Тарвельский институт математики Кварровской академии наук'),
      match: false,
      reason: "two different parents written on both sides: another academy's institute",
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a parent in Ukrainian or Belarusian, or opened by "national", after its unit's name in Cyrillic (since rules 1.179.0)`, () => {
  // Made-up bodies: the Tarvel institute, the national academy of Kvarria (Кваррія), the Quarrow academy.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Tarvel Institute of Mathematics'),
      candidate: org('Тарвельський інститут математики Національної академії наук Кваррії'),
      match: true,
      reason:
        'a Ukrainian national academy written after the unit\'s words is its parent: "академії" is academy\'s genitive',
    },
    {
      query: org('Tarvel Institute of Mathematics'),
      candidate: org('Тарвельский институт математики Национальной академии наук Кваррии'),
      match: true,
      reason: 'and so in Russian: "national" opens the parent, it is no field of the unit',
    },
    {
      query: org('Tarvel Institute of Mathematics'),
      candidate: org('Тарвельскі інстытут матэматыкі Нацыянальнай акадэміі навук Кваррыі'),
      match: true,
      reason: 'and so in Belarusian ("інстытут", "нацыянальнай", "акадэміі")',
    },
    {
      query: org('Tarvel Institute of Mathematics'),
      candidate: org('Тарвельський інститут математики Кварровської академії наук'),
      match: true,
      reason: 'and so a Ukrainian academy named by its place',
    },
    {
      query: org('Tarvel Institute of Mathematics'),
      candidate: org('Тарвельський інститут математики Національного університету Кваррії'),
      match: true,
      reason: 'and so a national university',
    },
    {
      query: org('Національна академія наук Кваррії'),
      candidate: org('Тарвельський інститут математики Національної академії наук Кваррії'),
      match: false,
      reason: 'the national academy alone against its unit is still two bodies',
    },
    {
      query: org('National Academy of Sciences of Kvarria'),
      candidate: org('Тарвельський інститут математики Національної академії наук Кваррії'),
      match: false,
      reason: 'and so the academy in English against its unit in Ukrainian',
    },
    {
      query: org('Tarvel Institute of Physics'),
      candidate: org('Тарвельський інститут математики Національної академії наук Кваррії'),
      match: false,
      reason: 'the parent is left out only when every other word of the unit aligns',
    },
    {
      query: org('Tarvel State University'),
      candidate: org('Тарвельський державний університет економіки Національної академії наук Кваррії'),
      match: false,
      reason: "a field's words before the national academy are the unit's own name: another body",
    },
    {
      query: org('Tarvel National University'),
      candidate: org('Тарвельскі нацыянальны універсітэт'),
      match: true,
      reason: 'the Belarusian "national" and "university" are the class words',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a comma after "of" closes the words "of" opens (rules 1.199.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrel College'),
      candidate: org('Quarrow College of Tide Studies, Veltora State University'),
      match: false,
      reason:
        'the field after "of" is the college\'s own name, not its parent: counted, so a spelling variant of the one name word does not carry the match',
    },
    {
      query: org('Quarrow College'),
      candidate: org('Quarrow College of Tide Studies, Veltora State University'),
      match: false,
      reason: 'nor the same name word: the college of tide studies may be one college of several',
    },
    {
      query: org('Quarrow College of Tide Studies'),
      candidate: org('Quarrow College of Tide Studies, Veltora State University'),
      match: true,
      reason: "the parent set apart by a comma after the unit's whole name is still left out",
    },
    {
      query: org('Quarrow Institute for Tide Studies'),
      candidate: org('Quarrow Institute for Tide Studies in Norland, Veltora University'),
      match: true,
      reason: "after a function word and the unit's own words only the parent after the comma is left out",
    },
    {
      query: org('Quarrow Institute'),
      candidate: org('Quarrow Institute of the Veltora Academy of Sciences'),
      match: true,
      reason: 'a parent right after "of", no comma between, is still the parent',
    },
  ])('$reason', (row) => check(sut, row));
});
