import { describe, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { check, company, org, type Row } from './organisation-rows.testing';

/**
 * The organisation rules of name normalisation (normalise.ts): acronyms among acronyms in capitals, function words
 * in small letters, class words of several words, legal forms; one table per rule, one row per case with its reason,
 * moved from organisation-rules.spec.ts. Every name here is made up, never taken from an evaluation set.
 */
describe(`${NameMatcher.name} acronyms among acronyms in capitals (rules 1.8.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('UV Institute of Mathematics and Computer Science'),
      candidate: org('IMCS UV'),
      match: true,
      reason: 'beside the acronym "UV", "IMCS" written in capitals is an acronym too, not a word',
    },
    {
      query: org('MRC KHAN'),
      candidate: org('Khan Medical Research Council'),
      match: true,
      reason: 'a word of one vowel read as an acronym still agrees with the same word',
    },
    {
      query: company('Gosh Trading'),
      candidate: company('GOSH TRADING'),
      match: true,
      reason: 'a name in capitals with no acronym keeps its words as words',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} initials joined by an ampersand (rules 1.15.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow A & F University'),
      candidate: org('Quarrow University'),
      match: false,
      reason: 'initials of field words on one side only name another university, spaced or not',
    },
    {
      query: org('Quarrow A&T University'),
      candidate: org('Quarrow University'),
      match: false,
      reason: 'letters joined by an ampersand are initials, never a function word or a legal form',
    },
    {
      query: org('Quarrow A&T University'),
      candidate: org('Quarrow Agricultural and Technical University'),
      match: true,
      reason: 'the initials still stand for the words they abbreviate',
    },
    {
      query: org('Quarrow A&M University'),
      candidate: org('Quarrow A & M University'),
      match: true,
      reason: 'one pair of initials written with or without spaces',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a class word its language writes in several words (rules 1.21.0)`, () => {
  // org_words.yml one_word_class_phrases: the phrase counts once, as one class word.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('University of Quarrow'),
      candidate: org('Università degli Studi di Quarrow'),
      match: true,
      reason: 'the Italian "università degli studi" is the word for a university, not a university and its studies',
    },
    {
      query: org('Quarrow University'),
      candidate: org('Chuo Kikuu cha Quarrow'),
      match: true,
      reason:
        'Swahili "chuo kikuu cha" ("university of") is one class word, although "chuo" alone is Japanese "central"',
    },
    {
      query: org('Quarrow Central University'),
      candidate: org('Chuo Kikuu cha Quarrow'),
      match: false,
      reason: 'inside the Swahili phrase "chuo" is no "central": the English word on one side only still decides',
    },
    {
      query: org('University of Quarrow'),
      candidate: org('Te Whare Wānanga o Quarrow'),
      match: true,
      reason: 'the Maori "te whare wānanga o" ("university of") is one class word',
    },
    {
      query: org('University of Quarrow'),
      candidate: org('Đại học Quarrow'),
      match: true,
      reason: 'Vietnamese writes the syllables of "đại học" apart; it is one word',
    },
    {
      query: org('University of Quarrow'),
      candidate: org('Đại học Tarvel'),
      match: false,
      reason: 'with the class word agreeing, another name is another university',
    },
    {
      query: org('University of Quarrow'),
      candidate: org('Trường Đại học Kinh tế Quarrow'),
      match: false,
      reason: 'a Vietnamese word the other name lacks ("kinh tế", economics) still counts',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a function word only when written in small letters between words: Romanian "din" (rules 1.70.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Universitatea din Quarrow'),
      candidate: org('Quarrow University'),
      match: true,
      reason: 'Romanian "din" written small between words is "of"',
    },
    {
      query: org('Universitatea Quarrow din Tarvel'),
      candidate: org('Universitatea Velmont din Tarvel'),
      match: false,
      reason: 'the rest of the names still decides',
    },
    {
      query: org('Din Tarvel Foundation'),
      candidate: org('Tarvel Foundation'),
      match: false,
      reason: 'written first with a capital it is a word of the name',
    },
    {
      query: org('Quarrow al din Hospital'),
      candidate: org('Quarrow Hospital'),
      match: false,
      reason: 'after another function word ("al din") it is a word of the name',
    },
    {
      query: org('Salah al-din Quarrow Institute'),
      candidate: org('Salah Quarrow Institute'),
      match: false,
      reason: 'joined by a hyphen it is a word of the name',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} English "from" a function word when written in small letters between words (rules 1.84.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow University'),
      candidate: org('Doctoral Research Start-up Foundation from Quarrow University'),
      match: false,
      reason: 'a fund "from" its university: the words before "from" are the fund, not a parent named first',
    },
    {
      query: org('Centre for the Study of Tides from Space'),
      candidate: org('CSTS'),
      match: true,
      reason: 'an acronym gives "from" no letter, as "of" and "for"',
    },
    {
      query: org('Tarvel Tides: from Marshes to Lagoons'),
      candidate: org('Tarvel Tides: Marshes to Lagoons'),
      match: true,
      reason: 'a name that adds or drops "from" is still the one name',
    },
    {
      query: org('GIFTS FROM QUARROW'),
      candidate: org('GIFTS QUARROW'),
      match: false,
      reason: 'written in capitals it stays a word of the name',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} Khmer labels split at their class and field words; Thai "Rajabhat"; English loanwords in Bengali and Kannada labels (rules 1.90.0)`, () => {
  // org_words.yml unspaced_class_words gains Khmer's class and field words (university, institute, technology, science,
  // royal, national, agriculture, education), read off the front of a Khmer name as Thai's are (normalise.ts), and Thai
  // ราชภัฏ; org_word_meanings.yml gains "Rajabhat" and the loanwords "day", "pacific", "life"; the science and veterinary
  // groups the Bengali loanwords. Made-up bodies ("Tanob" written តាណុប).
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('National University of Tanob'),
      candidate: org('សាកលវិទ្យាល័យជាតិតាណុប'),
      match: true,
      reason: 'Khmer "university" and "national" read off the front of the name, the place after them',
    },
    {
      query: org('Tanob University'),
      candidate: org('សាកលវិទ្យាល័យជាតិតាណុប'),
      match: false,
      reason: '"national" on one side only',
    },
    {
      query: org('Tanob Institute of Technology'),
      candidate: org('វិទ្យាស្ថានបច្ចេកវិទ្យាតាណុប'),
      match: true,
      reason: 'Khmer "institute" and "technology"',
    },
    {
      query: org('Tanob University'),
      candidate: org('វិទ្យាស្ថានបច្ចេកវិទ្យាតាណុប'),
      match: false,
      reason: "an institute of technology is not the place's university",
    },
    {
      query: org('Royal University of Tanob'),
      candidate: org('សាកលវិទ្យាល័យភូមិន្ទតាណុប'),
      match: true,
      reason: 'Khmer "royal"',
    },
    {
      query: org('Tanob University of Agriculture'),
      candidate: org('សាកលវិទ្យាល័យកសិកម្មតាណុប'),
      match: true,
      reason: 'Khmer "agriculture"',
    },
    {
      query: org('Tanob University'),
      candidate: org('សាកលវិទ្យាល័យកសិកម្មតាណុប'),
      match: false,
      reason: '"agriculture" on one side only',
    },
    {
      query: org('Tanob University'),
      candidate: org('សកលវិទ្យាល័យតាណុប'),
      match: true,
      reason: 'the shorter spelling of the Khmer word for a university',
    },
    {
      query: org('Tanob National Institute of Education'),
      candidate: org('វិទ្យាស្ថានជាតិអប់រំតាណុប'),
      match: true,
      reason: 'Khmer "education"',
    },
    {
      query: org('Tanob National Institute'),
      candidate: org('វិទ្យាស្ថានជាតិអប់រំតាណុប'),
      match: false,
      reason: '"education" on one side only',
    },
    {
      query: org('Tarvel Rajabhat University'),
      candidate: org('มหาวิทยาลัยราชภัฏทาร์เวล'),
      match: true,
      reason: 'Thai ราชภัฏ is "Rajabhat", read off the name after "university"',
    },
    {
      query: org('Rajabhat Tarvel University'),
      candidate: org('มหาวิทยาลัยราชภัฎทาร์เวล'),
      match: true,
      reason: 'its spelling with ฎ',
    },
    {
      query: org('Tarvel University'),
      candidate: org('มหาวิทยาลัยราชภัฏทาร์เวล'),
      match: false,
      reason: "a Rajabhat university is not the place's university",
    },
    {
      query: org('Tarvel Rajabhat University'),
      candidate: org('มหาวิทยาลัยทาร์เวล'),
      match: false,
      reason: 'nor the other way round',
    },
    {
      query: org('Quarrow Day College'),
      candidate: org('কোয়ারো ডে কলেজ'),
      match: true,
      reason: 'Bengali ডে is the English "day"',
    },
    {
      query: org('Quarrow College'),
      candidate: org('কোয়ারো ডে কলেজ'),
      match: false,
      reason: '"day" on one side only',
    },
    {
      query: org('Marel Day College'),
      candidate: org('ಮಾರೆಲ್ ಡೇ ಕಾಲೇಜ್'),
      match: true,
      reason: 'Kannada ಡೇ is the English "day"',
    },
    {
      query: org('Quarrow Pacific University'),
      candidate: org('কোয়ারো প্যাসিফিক ইউনিভার্সিটি'),
      match: true,
      reason: 'Bengali প্যাসিফিক is the English "pacific"',
    },
    {
      query: org('Quarrow University'),
      candidate: org('কোয়ারো প্যাসিফিক ইউনিভার্সিটি'),
      match: false,
      reason: '"pacific" on one side only',
    },
    {
      query: org('Quarrow Veterinary and Animal Sciences University'),
      candidate: org('কোয়ারো ভেটেরিনারি ও এনিম্যাল সাইন্সেস বিশ্ববিদ্যালয়'),
      match: true,
      reason: 'Bengali ভেটেরিনারি and সাইন্সেস are the English "veterinary" and "sciences"',
    },
    {
      query: org('Quarrow Animal Sciences University'),
      candidate: org('কোয়ারো ভেটেরিনারি ও এনিম্যাল সাইন্সেস বিশ্ববিদ্যালয়'),
      match: false,
      reason: '"veterinary" on one side only',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} Finland's registered foundation "sr" a legal form, not where written in capitals (rules 1.94.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Quarrow Foundation'),
      candidate: org('Quarrow Foundation sr'),
      match: true,
      reason: 'a Finnish foundation writes its legal form "sr" after its English name',
    },
    {
      query: org('Quarrowin Säätiö sr.'),
      candidate: org('Quarrowin Säätiö'),
      match: true,
      reason: 'and after its Finnish name, with a full stop',
    },
    {
      query: org('Tarvel Foundation Sr'),
      candidate: org('Tarvel Foundation'),
      match: true,
      reason: 'and with a capital first letter',
    },
    {
      query: org('Ministerstvo quarrowu SR'),
      candidate: org('Ministerstvo quarrowu ČR'),
      match: false,
      reason: 'written in capitals "SR" is the Slovak Republic, against the Czech Republic\'s ministry',
    },
    {
      query: org('Quarrow Foundation sr'),
      candidate: org('Tarvel Foundation sr'),
      match: false,
      reason: 'the legal form names no body: two foundations stay two',
    },
  ])('$reason', (row) => check(sut, row));
});

describe('a class word or legal form in a short all-capitals name is no acronym among acronyms (rules 1.113.0)', () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: company('VLMAR HOUSE, INC.'),
      candidate: company('VELMAR HOUSE, INC.'),
      match: true,
      reason: 'a one-vowel word beside a legal form is a word, so its typo is a spelling variant',
    },
    {
      query: company('STRAK CO'),
      candidate: company('STRAAK CO'),
      match: true,
      reason: 'a one-vowel word beside a class word is a word too',
    },
    {
      query: org('STAR'),
      candidate: company('ZORVEL STAR CO'),
      match: false,
      reason: 'a word of the listed name is not the acronym it is written beside',
    },
  ])('$reason', (row) => check(sut, row));
});
