import { describe, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { check, org, type Row } from './organisation-rows.testing';

/**
 * The compounds and joins (compound-joins.ts): abbreviations, class words and their capitals written onto a name
 * word, compounds of table words; one table per rule, one row per case with its reason, moved from
 * organisation-rules.spec.ts. Every name here is made up, never taken from an evaluation set.
 */
describe(`${NameMatcher.name} written abbreviations (rules 1.7.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Mount Quarrow College of Education'),
      candidate: org('Mt. Quarrow College of Education'),
      match: true,
      reason: '"Mt." is the written abbreviation of "Mount"',
    },
    {
      query: org('Fort Veltora Technical Institute'),
      candidate: org('Ft. Veltora Technical Institute'),
      match: true,
      reason: '"Ft." is the written abbreviation of "Fort"',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a name written in abbreviations (rules 1.18.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow Academy of Sciences, Institute of Tarvelian and Applied Mechanics'),
      candidate: org('Quarrow Acad Sci, Inst Tarvelian & Appl Mech'),
      match: true,
      reason: 'a name that cuts several words short cuts a name word short too ("Mech")',
    },
    {
      query: org('Quarrow Institute of Organic Chemistry'),
      candidate: org('Quarrow Inst. Org. Chem.'),
      match: true,
      reason: 'a word written with a full stop after it is an abbreviation, a class word\'s form too ("Org.")',
    },
    {
      query: org('Starlight Holdings'),
      candidate: org('Star Holdings'),
      match: false,
      reason: 'a name word that begins another, with no full stop and no other word cut short, is another name',
    },
    {
      query: org('Starlight Quarrow Holdings'),
      candidate: org('Star. Quarrow Holdings'),
      match: true,
      reason: 'a name word written with a full stop is cut short from the word it begins',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a class word written onto a name word (rules 1.18.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrowfonden'),
      candidate: org('Quarrow Foundation'),
      match: true,
      reason: 'a Nordic foundation word written onto the name is the name and "Foundation"',
    },
    {
      query: org('Tarvel Foundation'),
      candidate: org('Tarvelstiftelsen'),
      match: true,
      reason: 'so with another form of the word, either side the query',
    },
    {
      query: org('Quarrowfonden'),
      candidate: org('Quarrow Institute'),
      match: false,
      reason: 'a class word of another group beside the name is another body',
    },
    {
      query: org('Quarrowsoft'),
      candidate: org('Quarrow Foundation'),
      match: false,
      reason: 'a rest that is no class word joins nothing',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a class word's capital letter written onto a name word (rules 1.18.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow University'),
      candidate: org('UQuarrow'),
      match: true,
      reason: '"U" written onto the capitalised name word is "University"',
    },
    {
      query: org('UQuarrow'),
      candidate: org('Universiteit Quarrow'),
      match: true,
      reason: 'so is a translation of the class word, either side the query',
    },
    {
      query: org('UQuarrow'),
      candidate: org('Quarrow Institute'),
      match: false,
      reason: 'a class word of another group is not what the letter stands for',
    },
    {
      query: org('Uquarrow'),
      candidate: org('Quarrow University'),
      match: false,
      reason: 'a letter not written as a capital onto a capitalised word is part of the word',
    },
    {
      query: org('UQuarrow Tarvel'),
      candidate: org('Quarrow University'),
      match: false,
      reason: 'a word of its own left over on the other side is another body',
    },
    {
      query: org('Quarrow University'),
      candidate: org('QuarrowU'),
      match: true,
      reason: '"U" written onto the end of the capitalised name word is "University" too (rules 1.41.0)',
    },
    {
      query: org('QuarrowU'),
      candidate: org('Quarrow College'),
      match: false,
      reason: 'written last, it still stands for its own group only (rules 1.41.0)',
    },
    {
      query: org('Quarrow Tarvel University'),
      candidate: org('QuarrowU'),
      match: false,
      reason: 'written last, a word of its own left over on the other side is another body (rules 1.41.0)',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} field and topic words of Latin-script labels, compounds of two table words (rules 1.38.0)`, () => {
  // org_words.yml and org_word_meanings.yml gain more languages' forms of field and topic words (physics,
  // education, agropecuario, empresarial, one-word compass words, network, royal, the Romanian and Serbian
  // adjectives, health, water, sustainability, astrophysics, foreigners, border, deep, unit); name-matcher.ts
  // joinCompoundWords reads a compound of two table words against the two written apart.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow Institute of Physics'),
      candidate: org('Institutul de Fizică Quarrow'),
      match: true,
      reason: 'Romanian "fizică" is "physics"',
    },
    {
      query: org('Quarrow Institute of Chemistry'),
      candidate: org('Institutul de Fizică Quarrow'),
      match: false,
      reason: 'physics is still not chemistry',
    },
    {
      query: org('Tarvel University of Educational Sciences'),
      candidate: org('Universidad de Ciencias de la Educación de Tarvel'),
      match: true,
      reason: '"educational" is the field word "education"',
    },
    {
      query: org('Quarrow Centre for Astrophysics'),
      candidate: org('Centro de Astrofísica de Quarrow'),
      match: true,
      reason: 'Spanish "astrofísica" is "astrophysics"',
    },
    {
      query: org('Quarrow Centre for Sustainable Development'),
      candidate: org('Centro de Desarrollo Sustentable de Quarrow'),
      match: true,
      reason: 'Spanish "sustentable" is "sustainable"',
    },
    {
      query: org('Quarrow Research Centre, Tarvel Unit'),
      candidate: org('Centro de Investigación Quarrow, Unidad Tarvel'),
      match: true,
      reason: 'Spanish "unidad" is the qualifier "unit"',
    },
    {
      query: org('Quarrow Research Centre, Tarvel Unit'),
      candidate: org('Centro de Investigación Quarrow, Unidad Brevik'),
      match: false,
      reason: 'units of two places stay two bodies',
    },
    {
      query: org('Royal Tarvel College of Music'),
      candidate: org('Coleg Cerddoriaeth Brenhinol Tarvel'),
      match: true,
      reason: 'Welsh "brenhinol" is "royal"',
    },
    {
      query: org('Tarvel Institute for Agricultural Research'),
      candidate: org('Instituto Tarvel de Investigación Agropecuaria'),
      match: true,
      reason: 'Spanish "agropecuaria" is "agricultural"',
    },
    {
      query: org('Quarrow Serbian Society'),
      candidate: org('Srpsko Društvo Quarrow'),
      match: false,
      reason: 'the Serbian adjective alone does not make an unknown class word agree',
    },
    {
      query: org('Serbian Academy of Quarrow Studies'),
      candidate: org('Srpska Akademija Quarrow Studija'),
      match: true,
      reason: 'Serbian "srpska" is "Serbian"',
    },
    {
      query: org('Universitätsmedizin Tarvel'),
      candidate: org('University Medicine Tarvel'),
      match: true,
      reason: 'a German compound of two table words is those two words written apart',
    },
    {
      query: org('Veterinärmedizinische Universität Quarrow'),
      candidate: org('University of Veterinary Medicine Quarrow'),
      match: true,
      reason: 'a compound of two field words against both',
    },
    {
      query: org('Quarrow Landbruksuniversitet'),
      candidate: org('Quarrow Agricultural University'),
      match: true,
      reason: 'a Nordic compound with the linking "s"',
    },
    {
      query: org('Tarvel Fizikai Kutatóközpont'),
      candidate: org('Tarvel Research Centre for Physics'),
      match: true,
      reason: 'a Hungarian compound of "research" and "centre"',
    },
    {
      query: org('Tarvel Universitätsklinikum'),
      candidate: org('Tarvel University Hospital'),
      match: true,
      reason: 'a compound of two class words against both',
    },
    {
      query: org('Quarrow Sporthochschule'),
      candidate: org('Quarrow Sport University'),
      match: false,
      reason: 'the halves must agree: a school is not a university',
    },
    {
      query: org("Institut Nacional d'Educació Quarrow"),
      candidate: org('Quarrow National Institute of Education'),
      match: true,
      reason: 'Catalan "educació" is "education"',
    },
    {
      query: org('Tarvel Fond'),
      candidate: org('Tarvel Foundation'),
      match: true,
      reason: 'Scandinavian "fond" is a foundation',
    },
    {
      query: org('Universiteti i Quarrowit'),
      candidate: org('University of Quarrowit'),
      match: true,
      reason: 'Albanian "universiteti" is "university"',
    },
    {
      query: org('Stichting tegen Quarrowziekte'),
      candidate: org('Fondation contre la Quarrowziekte'),
      match: true,
      reason: 'Dutch "tegen" ("against") is a function word as French "contre" is',
    },
    {
      query: org('Tarvel Institute of Telecommunications'),
      candidate: org('Instituto Tarvel de Telecomunicações'),
      match: true,
      reason: 'Portuguese "telecomunicações" is "telecommunications"',
    },
    {
      query: org('Quarrow University of Forestry'),
      candidate: org('Uniwersytet Leśny Quarrow'),
      match: true,
      reason: 'Polish "leśny" is "forestry"',
    },
    {
      query: org('Quarrow University of Law'),
      candidate: org('Universitatea de Drept Quarrow'),
      match: true,
      reason: 'Romanian "drept" is "law"',
    },
    {
      query: org('Tarvel Institute of Nursing'),
      candidate: org('Institut für Pflegewissenschaft Tarvel'),
      match: true,
      reason: 'German "Pflegewissenschaft" is "nursing"',
    },
    {
      query: org('Tarvel Institute of Nursing'),
      candidate: org('Institut für Pharmazie Tarvel'),
      match: false,
      reason: 'nursing is still not pharmacy',
    },
    {
      query: org('Quarrowmedizin Institut'),
      candidate: org('Quarrow Medicine Institute'),
      match: false,
      reason: 'a name word is never split off a compound',
    },
    {
      query: org('Tarvel Academy of Dramatic Arts'),
      candidate: org('Tarvelska akademija dramskih umjetnosti'),
      match: true,
      reason: 'Croatian "dramske" is "dramatic"',
    },
    {
      query: org('Tarvel University of Economics'),
      candidate: org('Tarveli Gazdaságtudományi Egyetem'),
      match: true,
      reason: 'Hungarian "gazdaságtudományi" is "economics"',
    },
    {
      query: org('Quarrow University of Life Sciences'),
      candidate: org('Quarrowi Élettudományi Egyetem'),
      match: true,
      reason: 'Hungarian "élettudományi" is the compound of "élet" (life) and "tudományi" (sciences)',
    },
    {
      query: org('Quarrow Institute of Life Sciences'),
      candidate: org('Instituto de Ciencias de la Vida Quarrow'),
      match: true,
      reason: 'Spanish "vida" is "life"',
    },
    {
      query: org('Quarrow Centre for Biological Research'),
      candidate: org('Centar za biološka istraživanja Quarrow'),
      match: true,
      reason: 'Croatian "biološka" is "biological"',
    },
    {
      query: org('Quarrow Centre for Biological Research'),
      candidate: org('Centar za kemijska istraživanja Quarrow'),
      match: false,
      reason: 'biology is still not chemistry',
    },
    {
      query: org('Tarvel Open University'),
      candidate: org('Universidad Abierta de Tarvel'),
      match: true,
      reason: 'Spanish "abierta" is the "open" of an open university',
    },
    {
      query: org('Tarvel Open University'),
      candidate: org('Tarvel University'),
      match: false,
      reason: 'an open university is still not the university of its place',
    },
    {
      query: org('Quarrow Institute of Translational Medicine'),
      candidate: org('Instytut Medycyny Translacyjnej Quarrow'),
      match: true,
      reason: 'Polish "translacyjnej" is "translational"',
    },
    {
      query: org('Quarrow Cluster of Excellence Tides'),
      candidate: org('Exzellenzcluster Tides Quarrow'),
      match: true,
      reason: 'German "Exzellenzcluster" is the compound of "excellence" and "cluster"',
    },
  ])('$reason', (row) => check(sut, row));
});
