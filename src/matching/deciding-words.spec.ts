import { describe, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { check, company, org, type Row } from './organisation-rows.testing';

/**
 * The deciding words (deciding-words.ts): deciding and field words, unit numbers, a country written first, branches
 * and regional bodies; one table per rule, one row per case with its reason, moved from organisation-rules.spec.ts.
 * Every name here is made up, never taken from an evaluation set.
 */
describe(`${NameMatcher.name} unit numbers (rules 1.7.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Space Wing 3'),
      candidate: org('Space Wing 8'),
      match: false,
      reason: 'two numbered units of one body are two bodies',
    },
    {
      query: org('Secteur Norville 7'),
      candidate: org('Secteur Norville 11'),
      match: false,
      reason: 'a unit number of two digits against one of one digit is another unit',
    },
    {
      query: org('Secteur Norville 7'),
      candidate: org('Secteur Norville B'),
      match: false,
      reason: 'a unit number against a unit letter written last is another unit',
    },
    {
      query: org('12th Quarrow Rifle Brigade'),
      candidate: org('31st Quarrow Rifle Brigade'),
      match: false,
      reason: 'ordinal unit numbers written in digits decide too',
    },
    {
      query: org('Space Wing 3'),
      candidate: org('Space Wing 3'),
      match: true,
      reason: 'the same unit number agrees',
    },
    {
      query: company('Quarrow Growth Fund VII'),
      candidate: company('Quarrow Growth Fund VIII'),
      match: true,
      reason: 'a series written in Roman numerals is left to the score: lists note fund series loosely',
    },
    {
      query: company('Quarrow Mortgage Trust 2011-1'),
      candidate: company('Quarrow Mortgage Trust 2012-1'),
      match: true,
      reason: 'a year is a vintage, not a unit number, and is left to the score',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} field and belonging words (rules 1.7.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Institute of Chemistry of the Norland Academy of Sciences'),
      candidate: org('Institute of Inorganic Chemistry of the Norland Academy of Sciences'),
      match: false,
      reason: 'a field narrowed by an added word ("inorganic") is another institute',
    },
    {
      query: org('Laboratory of Organic Chemistry of Quarrow'),
      candidate: org('Laboratory of Inorganic Chemistry of Quarrow'),
      match: false,
      reason: '"organic" and "inorganic" are two fields, never spellings of one word',
    },
    {
      query: org('Laboratoire Quarré de Physique de la Matière'),
      candidate: org('Laboratoire Quarré de Physique Théorique de la Matière'),
      match: false,
      reason: 'theoretical physics beside physics names another laboratory',
    },
    {
      query: org('Centro de Estudos Marinhos de Quarra'),
      candidate: org('Centro Interdisciplinar de Estudos Marinhos de Quarra'),
      match: false,
      reason: 'an interdisciplinary centre is another centre',
    },
    {
      query: org('Veltora State University'),
      candidate: org('Veltora State Power University'),
      match: false,
      reason: 'a power-engineering university is another university of the same town',
    },
    {
      query: org('Quarrow Nova School of Business and Economics'),
      candidate: org('Quarrow Nova School of Business and Economics Library'),
      match: false,
      reason: "a school's library is another body",
    },
    {
      query: org('Universidade do Estado de Quarra Velha'),
      candidate: org('Editora da Universidade do Estado de Quarra Velha'),
      match: false,
      reason: "a university's publishing house is another body",
    },
    {
      query: org('Quarrow Institute of Theoretical Physics'),
      candidate: org('Institut für Theoretische Physik Quarrow'),
      match: true,
      reason: 'a field word and its translation are one word',
    },
    {
      query: org('Veltora Energy Research Centre'),
      candidate: org('Veltora Power Research Centre'),
      match: true,
      reason: '"power" and "energy" are one field',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} economics, business and management (rules 1.7.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow University of Economics and Management'),
      candidate: org('Quarrow University of Economics and Business'),
      match: false,
      reason: 'a university of economics and management is not one of economics and business',
    },
    {
      query: org('Laboratoire de recherche en économie de Quarra'),
      candidate: org('Laboratoire de recherche en gestion et économie de Quarra'),
      match: false,
      reason: 'management ("gestion") added to economics names another unit',
    },
    {
      query: org('Veltora School of Business'),
      candidate: org('Veltora School of Commerce'),
      match: true,
      reason: 'business and commerce are one field',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} the place of a name made only of class words (rules 1.8.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Academia Nacional'),
      candidate: org('Academia Nacional de Malta'),
      match: true,
      reason: 'a country added to a name of class words only places it: the name without it is the same body',
    },
    {
      query: org('National Academy'),
      candidate: org('National Academy of Malta'),
      match: true,
      reason: 'the same in English word order',
    },
    {
      query: org('Escuela Politécnica de Malta'),
      candidate: org('Escuela Politécnica de Chipre'),
      match: false,
      reason: 'two such names placed in two countries are two bodies',
    },
    {
      query: org('National Energy Agency, Malta'),
      candidate: org('National Energy Agency, Cyprus'),
      match: false,
      reason: 'a trailing country against another is another body too',
    },
    {
      query: org('University of Malta'),
      candidate: org('Universiteit van Malta'),
      match: true,
      reason: 'agreeing on the place of such a name is agreeing on its identity',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} the deciding word "higher" in more languages (rules 1.13.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Institut Supérieur de Quarrowlogie'),
      candidate: org('Higher Institute of Quarrowlogy'),
      match: true,
      reason: 'the French word for a higher institute is "higher", not a word of its own',
    },
    {
      query: org('Wyższa Szkoła Quarrowa'),
      candidate: org('Quarrow Higher School'),
      match: true,
      reason: 'so is the Polish one',
    },
    {
      query: org('Institut Supérieur de Quarrowlogie'),
      candidate: org('Institute of Quarrowlogy'),
      match: false,
      reason: 'a higher institute is still another body than the institute of the same field',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a country written first on one side only (rules 1.14.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Canadian Society of Tide Studies'),
      candidate: org('Society of Tide Studies'),
      match: false,
      reason: "a demonym before a society's name names that country's society, another body",
    },
    {
      query: org('Korea Quarrow Science Institute'),
      candidate: org('Institute for Quarrow Science'),
      match: false,
      reason: "a country's name before an institute's name names another institute",
    },
    {
      query: org('American University of Tarvel'),
      candidate: org('University of Tarvel'),
      match: false,
      reason: "a demonym before a university's name names another university",
    },
    {
      query: org('Canadian National Institute of Tide Studies'),
      candidate: org('National Institute of Tide Studies'),
      match: true,
      reason: "a national body's demonym written first is its seat (translations add it)",
    },
    {
      query: org('Thailand Ministry of Quarrow Affairs'),
      candidate: org('Ministry of Quarrow Affairs'),
      match: true,
      reason: "a ministry's country written first is its seat, not another body (ministries are not listed)",
    },
    {
      query: org('Society of Tide Studies, Canada'),
      candidate: org('Society of Tide Studies'),
      match: true,
      reason: 'a country in a trailing segment still only places the body',
    },
    {
      query: org('Canadian Society of Tide Studies'),
      candidate: org('Canadian Tide Studies Society'),
      match: true,
      reason: 'the country written first on both sides is no difference',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} deciding words in more languages (rules 1.13.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Tarvel Technical University'),
      candidate: org('Tarvel Teknik Üniversitesi'),
      match: true,
      reason: 'Turkish "teknik" is the deciding word "technical", so the translation is the same body',
    },
    {
      query: org('Tarvel University'),
      candidate: org('Tarvel Teknik Üniversitesi'),
      match: false,
      reason: 'the Turkish field word on one side only still decides',
    },
    {
      query: org('Technical University of Quarrow'),
      candidate: org('Universitatea Tehnică Quarrow'),
      match: true,
      reason: 'Romanian "tehnică" is the deciding word "technical"',
    },
    {
      query: org('Quarrow Institute of Technology'),
      candidate: org('Quarrow tekniska institut'),
      match: true,
      reason: 'Swedish "tekniska" is the deciding word "technology"',
    },
    {
      query: org('Universitas Negeri Quarrow'),
      candidate: org('Quarrow State University'),
      match: true,
      reason: 'Indonesian "negeri" is "state"',
    },
    {
      query: org('Universitas Negeri Quarrow'),
      candidate: org('Quarrow National University'),
      match: false,
      reason: 'a state university and a national university of one place are two bodies',
    },
    {
      query: org('Universiti Kebangsaan Quarrow'),
      candidate: org('National University of Quarrow'),
      match: true,
      reason: 'Malay "kebangsaan" is "national"',
    },
    {
      query: org('Quarrow Katolikus Egyetem'),
      candidate: org('Quarrow Catholic University'),
      match: true,
      reason: 'Hungarian "katolikus" is "catholic"',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} deciding words that are different words, not forms of one (rules 1.15.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Tarvelow Metropolitan University'),
      candidate: org('City University of Tarvelow'),
      match: false,
      reason: 'a metropolitan university is not the city university of the same place',
    },
    {
      query: org('Quarrow Maritime University'),
      candidate: org('Quarrow Ocean University'),
      match: false,
      reason: 'a maritime university is not the ocean university',
    },
    {
      query: org('Quarrow University of Petroleum'),
      candidate: org('Quarrow University of Mining'),
      match: false,
      reason: 'petroleum is not mining',
    },
    {
      query: org('Quarrow Islamic University'),
      candidate: org('Quarrow Christian University'),
      match: false,
      reason: 'an Islamic university is not a Christian one',
    },
    {
      query: org('Tarvelow Conservatory of Music'),
      candidate: org('Tarvelow Conservatory of Drama'),
      match: false,
      reason: 'music is not drama',
    },
    {
      query: org('Norbergen Army Medical University'),
      candidate: org('Norbergen Navy Medical University'),
      match: false,
      reason: 'the navy is not the army',
    },
    {
      query: org('Quarrow Police Academy'),
      candidate: org('Quarrow Military Academy'),
      match: false,
      reason: 'a police academy is not a military academy',
    },
    {
      query: org('Quarrow Pharmaceutical University'),
      candidate: org('Quarrow Medical University'),
      match: false,
      reason: 'a pharmaceutical university is not a medical university',
    },
    {
      query: org('Universidad Cristiana de Quarrow'),
      candidate: org('Quarrow Christian University'),
      match: true,
      reason: 'a translation of the one word still agrees',
    },
    {
      query: org('Quarrow Army Central Hospital'),
      candidate: org('Quarrow Military Central Hospital'),
      match: true,
      reason: 'army and military stay one group: one body is named with both',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} "social" is a field word that decides (rules 1.15.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow Social University'),
      candidate: org('Quarrow University'),
      match: false,
      reason: 'a field word on one side only names another body',
    },
    {
      query: org('Tarvelow Academy of Social Sciences'),
      candidate: org('Tarvelow Academy of Sciences'),
      match: false,
      reason: 'the academy of social sciences is not the academy of sciences',
    },
    {
      query: org('Quarrow Academy of Social Sciences'),
      candidate: org('Academia Quarrowa de Ciencias Sociales'),
      match: true,
      reason: 'the Spanish form of the word agrees with the English one',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a deciding word aligned with another form of it (rules 1.16.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Tarvelow Academy of Maritime Transport'),
      candidate: org('Académie de Tarvelow des Transports Maritimes'),
      match: true,
      reason: 'a plural of the deciding word aligned with it is the same word',
    },
    {
      query: org('Tarvelow Academy of Maritime Transport'),
      candidate: org('Académie de Tarvelow des Transports'),
      match: false,
      reason: 'the deciding word on one side only still decides',
    },
    {
      query: org('Tarvelow Maritime University'),
      candidate: org('Tarvelow Marine University'),
      match: false,
      reason: 'a word of another deciding group aligned with it keeps its own group',
    },
    {
      query: org('Quarrow Normal University'),
      candidate: org('Quarrow Norman University'),
      match: false,
      reason: 'a spelling likeness in the last letter is another word, not an ending',
    },
    {
      query: org('Quarrow Oil Company'),
      candidate: org('Quarrow Petrochemical Company'),
      match: false,
      reason: 'two class words of one class are not one deciding word',
    },
    {
      query: org('Tarvelow Metalurgical Plant'),
      candidate: org('Tarvelow Metallurgical Plant'),
      match: true,
      reason: 'a long deciding word with one letter dropped is a slip, the same word',
    },
    {
      query: org('Норбергенская академия наук'),
      candidate: org('Институт Квара Норбергенской академии наук'),
      match: false,
      reason:
        'in Cyrillic the parent is written after its unit, in the genitive: the institute of the academy is another body',
    },
    {
      query: org('Norbergen Academy of Sciences'),
      candidate: org('Kvara Institute Norbergen Academy of Sciences'),
      match: true,
      reason: 'in Latin script a body written before the other name whole is still read as its parent',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a body's foundation named with the body, and mathematics a field word (rules 1.16.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow Hospital Foundation'),
      candidate: org('Quarrow Hospital'),
      match: false,
      reason: "a foundation's word after a hospital's name names the hospital's foundation, another body",
    },
    {
      query: org('Quarrow College'),
      candidate: org('Quarrow College Foundation'),
      match: false,
      reason: 'so after a college named by its class word, either side the query',
    },
    {
      query: org('Stiftelsen för Tarvel Akademi'),
      candidate: org('Tarvel Akademi'),
      match: false,
      reason: 'a foundation word first with a function word after it ("foundation for") names the foundation',
    },
    {
      query: org('Stichting Tarvel Universiteit'),
      candidate: org('Tarvel Universiteit'),
      match: true,
      reason: 'a foundation word first without a function word is often the legal form of the body: left to the score',
    },
    {
      query: org('Quarrow Foundation'),
      candidate: org('Quarrow'),
      match: true,
      reason: 'a one-word name has no class word of its own: the one-word rule decides',
    },
    {
      query: org('Quarrow Tarvel Foundation'),
      candidate: org('Quarrow Tarvel Fund'),
      match: false,
      reason: 'a foundation against a fund is left to the class words, as before',
    },
    {
      query: org('Quarrow Centre for Tide Sciences'),
      candidate: org('Quarrow Centre for Tide Sciences, Mathematics Division'),
      match: false,
      reason: 'mathematics is a deciding field word: a division of the centre named by its field is another body',
    },
    {
      query: org('Quarrow Institute of Mathematics'),
      candidate: org('Instituto de Matemáticas Quarrow'),
      match: true,
      reason: 'the Spanish form of "mathematics" is the same field word',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a branch or a place written after a body's whole name (rules 1.17.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow Institute of Tides'),
      candidate: org('Quarrow Institute of Tides, Harbourville Division'),
      match: false,
      reason: "a place and a division word after the institute's whole name name a unit of it, another body",
    },
    {
      query: org('Quarrow Institute of Tides, Harbourville Campus'),
      candidate: org('Quarrow Institute of Tides'),
      match: true,
      reason: "a campus is the body itself: a listed institute's campus still finds the institute",
    },
    {
      query: org('Tarvel Consortium for Tide and Wave Research, Norville Centre'),
      candidate: org('Tarvel Consortium for Tide and Wave Research'),
      match: false,
      reason: 'a place and a centre word in a trailing segment name a branch, either side the query',
    },
    {
      query: org('Quarrow Institute of Tides'),
      candidate: org('Quarrow Institute of Tides, Harbourville'),
      match: true,
      reason: 'a place alone after a distinctive name may be where the body is: left to the score',
    },
    {
      query: org('Quarrow Tide Centre'),
      candidate: org('Quarrow Tide Centre, Harbourville'),
      match: true,
      reason: "the centre word is the body's own class word, written in both names: only a place is added",
    },
    {
      query: org('Institute of Physics and Applied Mathematics'),
      candidate: org('Institute of Physics and Applied Mathematics, Harbourville'),
      match: false,
      reason: 'a generic name (class and field words only) stands for bodies in many places: the place names one',
    },
    {
      query: org('American University of Geology and Applied Sciences - Tarvelton'),
      candidate: org('American University of Geology and Applied Sciences'),
      match: false,
      reason: "so with a country's demonym in the generic name and the place after a dash, either side the query",
    },
    {
      query: org('Quarrow University of Technology'),
      candidate: org('Quarrow University of Technology, Harbourville'),
      match: true,
      reason: 'a name word makes the name distinctive: the place is left to the score',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a regional body and the body of the whole (rules 1.17.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrovian Regional Development Bank'),
      candidate: org('Quarrovian Development Bank'),
      match: false,
      reason: '"regional" on one side only decides: a regional bank and the national one are two bodies',
    },
    {
      query: org('Quarrovian Regional Development Bank'),
      candidate: org('Quarrovian Development Regional Bank'),
      match: true,
      reason: 'the deciding word on both sides, in another order, agrees',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} "national" against a name in Hangul (rules 1.19.0)`, () => {
  // A Korean national university's own name has no word for "national"; only its English name writes it.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Hanbit National University'),
      candidate: org('한빛대학교'),
      match: true,
      reason: 'a Korean name leaves "national" unwritten, so the English word on its side only does not decide',
    },
    {
      query: org('Hanbit University'),
      candidate: org('한빛대학교'),
      match: true,
      reason: 'the same pair without "national" matches as before',
    },
    {
      query: org('Hanbit National University'),
      candidate: org('Hanbit University'),
      match: false,
      reason: 'between two Latin names "national" on one side only still decides',
    },
    {
      query: org('Lanfeng National University'),
      candidate: org('兰峰大学'),
      match: false,
      reason: 'against Chinese characters "national" still decides: the rule is for Hangul only',
    },
    {
      query: org('Hanbit National University'),
      candidate: org('한솔대학교'),
      match: false,
      reason: 'a different name in Hangul is another university',
    },
    {
      query: org('Hanbit National University'),
      candidate: org('한빛시립대학교'),
      match: false,
      reason: 'a municipal university written in Hangul (시립) keeps its own word',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a field word of no deciding group between two academic bodies (rules 1.26.0)`, () => {
  // org_words.yml academic_field_classes: "electronic", "industrial", "transport" decide between two names of a
  // university, institute, academy, college or school (academic_body_classes); a company's name drops them freely.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Lanfeng University of Science and Technology'),
      candidate: org('University of Electronic Science and Technology at Lanfeng'),
      match: false,
      reason: '"electronic" on one side only: two universities of one city, another field',
    },
    {
      query: org('University of Electronic Science and Technology at Lanfeng'),
      candidate: org('Lanfeng University of Science and Technology'),
      match: false,
      reason: 'the same pair the other way round',
    },
    {
      query: org('Lanfeng Institute of Technology'),
      candidate: org('Lanfeng Institute of Electronics Technology'),
      match: false,
      reason: '"electronics" decides between two institutes',
    },
    {
      query: org('Lanfeng Industrial University'),
      candidate: org('Lanfeng University'),
      match: false,
      reason: '"industrial" on one side only: an industrial university is not the university of its place',
    },
    {
      query: org('Lanfeng University'),
      candidate: org('Lanfeng Transport University'),
      match: false,
      reason: '"transport" on one side only decides, the other way round',
    },
    {
      query: org('Tarvel College of Transport'),
      candidate: org('Tarvel College of Industry'),
      match: false,
      reason: 'two field words of no deciding group in conflict: two colleges',
    },
    {
      query: org('University of Electronic Science and Technology at Lanfeng'),
      candidate: org('Lanfeng University of Electronic Science and Technology'),
      match: true,
      reason: 'the field word on both sides, the place written elsewhere: one body',
    },
    {
      query: org('Lanfeng Electronics University'),
      candidate: org('Lanfeng Electronic University'),
      match: true,
      reason: 'two forms of one field word agree',
    },
    {
      query: org('Norlandic Institute of Robotics for Industry'),
      candidate: org('Istituto Norlandese di Robotica'),
      match: true,
      reason: 'a field word closing a trailing "for …" phrase names what the body serves: a translation may drop it',
    },
    {
      query: org('Lanfeng Institute of Tide Studies'),
      candidate: org('Lanfeng Institute of Tide Studies for Transport'),
      match: true,
      reason: 'the trailing purpose phrase left out, in English',
    },
    {
      query: company('Lanfeng Tarvel Co., Ltd.'),
      candidate: company('Lanfeng Tarvel Electronics Co., Ltd.'),
      match: true,
      reason: 'a company queried without its field word still matches: no academic body, a droppable trade word',
    },
    {
      query: company('Quarrow Tarvel Industries Ltd.'),
      candidate: company('Quarrow Tarvel Ltd.'),
      match: true,
      reason: '"industries" stays droppable for companies, the other way round',
    },
    {
      query: company('Quarrow Transport Holdings Ltd.'),
      candidate: company('Quarrow Holdings Ltd.'),
      match: true,
      reason: '"transport" stays droppable for companies',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} more field words of no deciding group between two academic bodies (rules 1.28.0)`, () => {
  // org_words.yml academic_field_classes since rules 1.28.0 adds electric, mechanical, railway, communications,
  // construction, machine and shipbuilding; a company's name still drops them freely.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Lanfeng University'),
      candidate: org('Lanfeng Communications University'),
      match: false,
      reason: '"communications" on one side only: another university of the same city',
    },
    {
      query: org('Lanfeng Communications University'),
      candidate: org('Lanfeng University'),
      match: false,
      reason: 'the same pair the other way round',
    },
    {
      query: org('Tarvel Institute of Technology'),
      candidate: org('Tarvel Institute of Railway Technology'),
      match: false,
      reason: '"railway" decides between two institutes',
    },
    {
      query: org('Tarvel Institute of Railway Technology'),
      candidate: org('Tarvel Institute of Technology'),
      match: false,
      reason: '"railway" decides the other way round',
    },
    {
      query: org('Quarrow Electric Power College'),
      candidate: org('Quarrow Power College'),
      match: false,
      reason: '"electric" on one side only: two colleges',
    },
    {
      query: org('Quarrow University of Science and Technology'),
      candidate: org('Quarrow University of Mechanical Science and Technology'),
      match: false,
      reason: '"mechanical" on one side only',
    },
    {
      query: org('Norland Academy of Construction'),
      candidate: org('Norland Academy'),
      match: false,
      reason: '"construction" on one side only: a field academy is not the academy',
    },
    {
      query: org('Norland Institute of Machinery'),
      candidate: org('Norland Institute'),
      match: false,
      reason: '"machinery" on one side only',
    },
    {
      query: org('Norland Shipbuilding Institute'),
      candidate: org('Norland Institute'),
      match: false,
      reason: '"shipbuilding" on one side only',
    },
    {
      query: org('Tarvel College of Construction'),
      candidate: org('Tarvel College of Communications'),
      match: false,
      reason: 'two field words of these groups in conflict',
    },
    {
      query: org('Lanfeng Railway University'),
      candidate: org('Lanfeng Railways University'),
      match: true,
      reason: 'two forms of one field word agree',
    },
    {
      query: org('Tarvel Institute of Railway Technology'),
      candidate: org('Istituto Ferroviario di Tecnologia di Tarvel'),
      match: true,
      reason: 'the field word translated (Italian "ferroviario") agrees with the English one',
    },
    {
      query: org('Norland Institute of Robotics for Construction'),
      candidate: org('Istituto Norlandese di Robotica'),
      match: true,
      reason: 'a field word closing a trailing purpose phrase still does not decide',
    },
    {
      query: company('Lanfeng Tarvel Electric Co., Ltd.'),
      candidate: company('Lanfeng Tarvel Co., Ltd.'),
      match: true,
      reason: 'a company queried with its field word still matches its name without it: no academic body',
    },
    {
      query: company('Quarrow Tarvel Co., Ltd.'),
      candidate: company('Quarrow Tarvel Construction Co., Ltd.'),
      match: true,
      reason: '"construction" stays droppable for companies, the other way round',
    },
    {
      query: company('Quarrow Railway Holdings Ltd.'),
      candidate: company('Quarrow Holdings Ltd.'),
      match: true,
      reason: '"railway" stays droppable for companies',
    },
    {
      query: company('Norland Tarvel Communications Ltd.'),
      candidate: company('Norland Tarvel Ltd.'),
      match: true,
      reason: '"communications" stays droppable for companies',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} an English word for "sciences" after a field word that the other language writes alone (rules 1.70.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow University of Agricultural Sciences'),
      candidate: org('Quarrow lantbruksuniversitet'),
      match: true,
      reason: 'a field word joined into a Swedish compound: "Sciences" after it is the field’s word',
    },
    {
      query: org('Tarvel School of Health Sciences'),
      candidate: org('Hochschule für Gesundheit Tarvel'),
      match: true,
      reason: 'a field word translated into German: "Sciences" after it is the field’s word',
    },
    {
      query: org('Tarvel Health Sciences Centre Foundation'),
      candidate: org('Tarvel Health Centre Foundation'),
      match: false,
      reason: 'against the same field word spelt alike "Sciences" still decides',
    },
    {
      query: org('Quarrow University of Medical Sciences'),
      candidate: org('Quarrow lantbruksuniversitet'),
      match: false,
      reason: 'another field is another body',
    },
    {
      query: org('Tarvel School of Health Sciences'),
      candidate: org('Hochschule für Gesundheitswissenschaften Quarrow'),
      match: false,
      reason: 'the rest of the names must agree',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a class word opening a longer compound word is that word's stem, not the word itself (rules 1.215.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow Univ.'),
      candidate: org('Quarrow Universitetshospital'),
      match: false,
      reason: '"Univ." abbreviates the class word, not the hospital compound that opens with it',
    },
    {
      query: org('Universität Tarvel'),
      candidate: org('Universitätsklinikum Tarvel'),
      match: false,
      reason: 'a university against the university hospital of its town: the compound decides',
    },
    {
      query: org('Quarrow Univ.'),
      candidate: org('Quarrow Universitet'),
      match: true,
      reason: '"Univ." against the class word in another language is that word',
    },
    {
      query: org('Quarrow Univ.'),
      candidate: org('Quarrow University'),
      match: true,
      reason: '"Univ." against the class word whole',
    },
    {
      query: org('Tarvel Tech. Univ.'),
      candidate: org('Tarvel Technical University'),
      match: true,
      reason: 'an abbreviation of a word of its own class still reads as that word',
    },
    {
      query: org('Harbourville Advanced Technology Solutions'),
      candidate: org('Harbourville Advanced Tech Solutions'),
      match: true,
      reason: 'a class word cut short against its whole word',
    },
    {
      query: org('Tarvel Inst. of Org. Chem.'),
      candidate: org('Tarvel Institute of Organic Chemistry'),
      match: true,
      reason: 'a short class form ("Org.") opening a word that no whole form of its class opens is that word cut short',
    },
  ])('$reason', (row) => check(sut, row));
});
