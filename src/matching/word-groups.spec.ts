import { describe, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { check, org, type Row } from './organisation-rows.testing';

/**
 * The meaning groups and places (word-groups.ts): translations, place names in other languages and their case forms,
 * listed places; one table per rule, one row per case with its reason, moved from organisation-rules.spec.ts. Every
 * name here is made up, never taken from an evaluation set.
 */
describe(`${NameMatcher.name} a name against its translation in the languages of ROR's labels (rules 1.16.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow State Medical University'),
      candidate: org('Quarrow davlat tibbiyot universiteti'),
      match: true,
      reason: 'Uzbek "davlat" is "state" and "tibbiyot" is "medical"',
    },
    {
      query: org('Norbergen State University'),
      candidate: org('Норбергенскі дзяржаўны ўніверсітэт'),
      match: true,
      reason: 'Belarusian "дзяржаўны" is "state", and the Cyrillic adjective of the name shares its stem',
    },
    {
      query: org('Norbergen University'),
      candidate: org('Норбергенский университет'),
      match: true,
      reason: "a Russian adjective of the place's name, read through its transliteration, names the same university",
    },
    {
      query: org('Norbergen University'),
      candidate: org('Норбергенский государственный университет'),
      match: false,
      reason: 'the Russian deciding word "state" on one side only still decides',
    },
    {
      query: org('Quarrow Research Institute'),
      candidate: org('Institut Penyelidikan Quarrow'),
      match: true,
      reason: 'Malay "penyelidikan" is "research"',
    },
    {
      query: org('Tarvelow Institute of Physics'),
      candidate: org('Instytut Fizyki Tarvelow'),
      match: true,
      reason: 'Polish "fizyki" is the genitive of "physics"',
    },
    {
      query: org('Tarvelow Institute of Physics'),
      candidate: org('Instytut Chemii Tarvelow'),
      match: false,
      reason: 'physics is not chemistry in any language',
    },
    {
      query: org('Quarrow Council for Scientific Research'),
      candidate: org('Consejo Quarrow de Investigaciones Científicas'),
      match: true,
      reason: 'Spanish "científicas" (feminine plural) is "scientific"',
    },
    {
      query: org('Quarrow Council for Research'),
      candidate: org('Consejo Quarrow de Investigaciones Científicas'),
      match: false,
      reason: 'the Spanish field word on one side only decides',
    },
    {
      query: org('Quarrow State University'),
      candidate: org('Quarrow Nemzeti Egyetem'),
      match: false,
      reason: 'Hungarian "nemzeti" is "national", not "state": two bodies',
    },
    {
      query: org('Quarrow University'),
      candidate: org('Quarrow Állami Egyetem'),
      match: false,
      reason: 'Hungarian "állami" ("state") on one side only decides',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a place's case forms and a short name's adjective or genitive (rules 1.17.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow Academy of Vienna'),
      candidate: org('Wiens Quarrow Akademi'),
      match: true,
      reason: 'a listed place with a genitive ending ("Wiens") is that place',
    },
    {
      query: org('Quarrow Academy of Munich'),
      candidate: org('Wiens Quarrow Akademi'),
      match: false,
      reason: 'the genitive of another listed place is another place',
    },
    {
      query: org('Tarvel Medical Academy of Warsaw'),
      candidate: org('Warszawska Akademia Medyczna Tarvel'),
      match: true,
      reason: 'a Polish adjective of a listed place, its last vowel dropped ("Warszawa" -> "Warszawska"), is the place',
    },
    {
      query: org('Polska Akademia Tarvelu'),
      candidate: org('Instytut Quarrow Polskiej Akademii Tarvelu'),
      match: false,
      reason: 'words before a name written in its case forms are its unit, not its parent written first',
    },
    {
      query: org('Tarvia University'),
      candidate: org('Tarvijos universitetas'),
      match: true,
      reason: 'a short name and its Lithuanian genitive are one name (a stem of five letters)',
    },
    {
      query: org('Norva University'),
      candidate: org('Norvin yliopisto'),
      match: true,
      reason: 'a short name and its Finnish genitive are one name',
    },
    {
      query: org('Norva University'),
      candidate: org('Norvalin yliopisto'),
      match: false,
      reason: 'a genitive keeps the name whole but for two last letters: a longer stem is another name',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a city's name in another language (rules 1.21.0)`, () => {
  // place_names.tsv: the other-language names GeoNames gives the world's cities of 100,000 people or more.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow Institute of Ljubljana'),
      candidate: org('Institut Quarrow Laibach'),
      match: true,
      reason: "a city's German name is the city: one body's name in two languages",
    },
    {
      query: org('Quarrow Institute of Szczecin'),
      candidate: org('Quarrow Institut Stettin'),
      match: true,
      reason: "a city's other-language name that shares no stem with it still aligns with it",
    },
    {
      query: org('Quarrow University of Bratislava'),
      candidate: org('Pozsonyi Quarrow Egyetem'),
      match: true,
      reason: "a case form of a city's other-language name (the Hungarian adjective) is the city too",
    },
    {
      query: org('Quarrow Academy of Szczecin'),
      candidate: org('Academia Quarrowensis Stettinensis'),
      match: true,
      reason: "a Latin adjective in -ensis of a city's other name is the city (place_case_endings)",
    },
    {
      query: org('Quarrow Institute of Lviv'),
      candidate: org('Quarrow Institut Laibach'),
      match: false,
      reason: "another city's other-language name is another place: two bodies",
    },
    {
      query: org('North Quarrow Institute of Lviv'),
      candidate: org('South Quarrow Institut Lemberg'),
      match: false,
      reason: 'compass words still decide when the cities agree',
    },
    {
      query: org('Quarrow University of Technology Ljubljana'),
      candidate: org('Quarrow Universität Laibach'),
      match: false,
      reason: 'a field word on one side only still decides when the cities agree',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a place's case form with its stem's last letters changed, and the Basque genitive -eko (rules 1.73.0)`, () => {
  // org_words.yml place_case_stem_alternations (Polish dz for the d of Kłajpeda, Klaipėda's Polish name) and
  // place_case_endings "eko" (Basque: "Bordeleko" of Bordele, Bordeaux's Basque name). Real places as language data.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow University of Klaipėda'),
      candidate: org('Uniwersytet Kłajpedzki Quarrow'),
      match: true,
      reason: 'a Polish adjective in -dzki is the place whose name has d there',
    },
    {
      query: org('Quarrow Institute of Klaipėda'),
      candidate: org('Instytut Quarrow w Kłajpedzie'),
      match: true,
      reason: 'so is a Polish locative in -dzie',
    },
    {
      query: org('Quarrow University of Vilnius'),
      candidate: org('Uniwersytet Kłajpedzki Quarrow'),
      match: false,
      reason: "another city's adjective is another body",
    },
    {
      query: org('Quarrow University of Bordeaux'),
      candidate: org('Bordeleko Quarrow Unibertsitatea'),
      match: true,
      reason: 'a Basque genitive in -eko of a listed name is that place',
    },
    {
      query: org('Quarrow University of Valladolid'),
      candidate: org('Valladolideko Quarrow Unibertsitatea'),
      match: true,
      reason: 'after a consonant too',
    },
    {
      query: org('Quarrow University of Valladolid'),
      candidate: org('Bordeleko Quarrow Unibertsitatea'),
      match: false,
      reason: "another city's genitive is another body",
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a region's adjective name in its other forms; a city's adjective with zh for g or dz for dn (rules 1.86.0)`, () => {
  // org_words.yml place_adjective_endings (a Polish voivodeship's name is a neuter adjective, "Śląskie": its feminine
  // "Śląska" and masculine "Zachodniopomorski" are the region) and place_case_stem_alternations zh -> g (Russian
  // "Калужский" of Kaluga) and dz -> dn (Belarusian "Гродзенскі" of Hrodna). Real places as language data.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow Silesian Institute'),
      candidate: org('Instytut Quarrow Śląska'),
      match: true,
      reason: 'the region\'s feminine adjective is the region (its listed name "Śląskie")',
    },
    {
      query: org('Quarrow Institut Westpommern'),
      candidate: org('Zachodniopomorski Instytut Quarrow'),
      match: true,
      reason: "so is its masculine adjective, against the region's German name",
    },
    {
      query: org('Quarrow Institut Pommern'),
      candidate: org('Zachodniopomorski Instytut Quarrow'),
      match: false,
      reason: 'another region of a longer name is another body',
    },
    {
      query: org('Quarrow State Institute of Kaluga'),
      candidate: org('Калужский государственный институт Куарроу'),
      match: true,
      reason: 'a Russian adjective with zh for the g of the city is the city',
    },
    {
      query: org('Quarrow State Institute of Grodno'),
      candidate: org('Гродзенскі дзяржаўны інстытут Куарроу'),
      match: true,
      reason: 'a Belarusian adjective with dz for the dn of the city is the city',
    },
    {
      query: org('Quarrow State Institute of Riga'),
      candidate: org('Калужский государственный институт Куарроу'),
      match: false,
      reason: "another city's adjective is another body",
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} two listed countries or places are never one by spelling; Korea's provinces in each romanisation (rules 1.92.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow Institute of Slovakia'),
      candidate: org('Quarrow Institute of Slovenia'),
      match: false,
      reason: 'Slovakia and Slovenia are two countries, however alike they are spelled',
    },
    {
      query: org('Quarrow Society Austria'),
      candidate: org('Quarrow Society Australia'),
      match: false,
      reason: 'and so are Austria and Australia',
    },
    {
      query: org('Slovenski Quarrow Society'),
      candidate: org('Quarrow Society of Slovenia'),
      match: true,
      reason: 'Slovene "slovenski" is Slovenia\'s adjective, no longer read as Slovakia',
    },
    {
      query: org('Slovak Quarrow Society'),
      candidate: org('Slovakian Quarrow Society'),
      match: true,
      reason: 'English "Slovak" is a form of Slovakia',
    },
    {
      query: org('Chungnam Quarrow University'),
      candidate: org('Chonnam Quarrow University'),
      match: false,
      reason: 'South Chungcheong and South Jeolla are two provinces, one vowel apart',
    },
    {
      query: org('Kyungpook Quarrow University'),
      candidate: org('Gyeongbuk Quarrow University'),
      match: true,
      reason: 'one province in an older spelling and in the Revised Romanisation',
    },
    {
      query: org('Kyungpook Quarrow University'),
      candidate: org('Kyungnam Quarrow University'),
      match: false,
      reason: 'North and South Gyeongsang are two provinces',
    },
  ])('$reason', (row) => check(sut, row));
});
