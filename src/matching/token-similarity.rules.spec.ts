import { describe, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { check, company, org, type Row } from './organisation-rows.testing';

/**
 * The organisation rules of word readings across scripts (token-similarity.ts and the readings it uses): characters,
 * Hangul, Thai, Indic letters, pinyin; one table per rule, one row per case with its reason, moved from
 * organisation-rules.spec.ts. Every name here is made up, never taken from an evaluation set.
 */
describe(`${NameMatcher.name} Chinese characters and Hangul syllables read as Latin (rules 1.15.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Lanfeng University'),
      candidate: org('兰峰大学'),
      match: true,
      reason: 'the characters read as pinyin spell the name word, and the two-character class word counts once',
    },
    {
      query: org('Lanfang University'),
      candidate: org('兰峰大学'),
      match: false,
      reason: 'a pinyin word one syllable different from the characters is another name, not a spelling variant',
    },
    {
      query: org('Lanfeng University'),
      candidate: org('兰峰石大学'),
      match: false,
      reason: 'a character the Latin name leaves out is a name word it lacks',
    },
    {
      query: org('Lanfeng University'),
      candidate: org('兰峰交通大学'),
      match: false,
      reason: 'a class word in characters the Latin name lacks is a word of another body',
    },
    {
      query: org('Huailan University'),
      candidate: org('海兰大学'),
      match: false,
      reason:
        'a Latin word that is pinyin must spell the characters: two syllables off is another name, not a likeness',
    },
    {
      query: org('Malaro University'),
      candidate: org('马拉罗大学'),
      match: true,
      reason: 'a foreign name the characters transliterate (no pinyin) keeps the spelling likeness',
    },
    {
      query: org('Lanfeng University'),
      candidate: org('Lanfang University'),
      match: false,
      reason: 'two Latin words that are both pinyin and differ by a syllable name two bodies',
    },
    {
      query: company('Lanzhong Trading Co., Ltd.'),
      candidate: company('Lanzong Trading Co., Ltd.'),
      match: true,
      reason: 'a pinyin word with one letter lost is read as a slip, as before',
    },
    {
      query: company('Lanzhong Trading Co., Ltd.'),
      candidate: company('Lanzheng Trading Co., Ltd.'),
      match: false,
      reason: 'a pinyin word with another syllable in its place is another name',
    },
    {
      query: org('兰峰大学'),
      candidate: org('兰峰大学北岭学院'),
      match: false,
      reason: 'characters after a whole university name name a unit of it (written after its parent), another body',
    },
    {
      query: org('兰峰石油大学'),
      candidate: org('兰峰交通大学'),
      match: false,
      reason: 'two names in characters with different class words on each side name two bodies',
    },
    {
      query: org('兰峰大学'),
      candidate: org('兰峰大學'),
      match: true,
      reason: 'the simplified and the traditional class word are one class',
    },
    {
      query: org('Byeolsol University'),
      candidate: org('별솔대학교'),
      match: true,
      reason: 'Hangul read as Revised Romanisation, the Korean word for university a class word',
    },
    {
      query: org('Pyolsol University'),
      candidate: org('별솔대학교'),
      match: true,
      reason: 'McCune-Reischauer written without breves agrees syllable by syllable',
    },
    {
      query: org('Byeolsan University'),
      candidate: org('별솔대학교'),
      match: false,
      reason: 'a different Hangul syllable is a different name',
    },
    {
      query: org('Lanhao Center'),
      candidate: org('蘭浩センター'),
      match: false,
      reason: 'the kanji of a name with kana are not read as Mandarin',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} Latin names against their labels in another script (rules 1.30.0)`, () => {
  // Hangul words of han_words.yml, customary Korean spellings (romanisation.yml), a one-syllable legal form inside a
  // word, "им." before initials, Persian بین المللی written as two words, Japanese readings of kanji.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Saju University'),
      candidate: org('사주대학교'),
      match: true,
      reason:
        'a syllable spelt like the legal form (주 of "(주)") inside a word of several syllables is a syllable of the name',
    },
    {
      query: org('Saju'),
      candidate: org('(주)사주'),
      match: true,
      reason: 'the legal form written apart is still a legal form',
    },
    {
      query: org('QUARROW TRADING LIMITED瑞文有限公司'),
      candidate: org('QUARROW TRADING LIMITED(瑞文有限公司)'),
      match: true,
      reason: 'a Latin word written onto the characters is no syllable of a run: its legal form is still read',
    },
    {
      query: org('Dukhan University'),
      candidate: org('덕한대학교'),
      match: true,
      reason: 'customary "u" for eo before a final k, as before ng',
    },
    {
      query: org('Tosym University'),
      candidate: org('도심대학교'),
      match: true,
      reason: 'customary "y" for i between consonants',
    },
    {
      query: org('Posei University'),
      candidate: org('보세대학교'),
      match: true,
      reason: 'customary "ei" for a final e',
    },
    {
      query: org("Hanbit Women's University"),
      candidate: org('한빛여자대학교'),
      match: true,
      reason: 'Hangul 여자 is rendered "women" (han_words.yml hangul)',
    },
    {
      query: org('Hanbit University'),
      candidate: org('한빛여자대학교'),
      match: false,
      reason: "a women's university in Hangul is another body than the university of the same name",
    },
    {
      query: org('Hanbit University of Education'),
      candidate: org('한빛교육대학교'),
      match: true,
      reason: 'Hangul 교육 is rendered "education", written together with the name and the class word',
    },
    {
      query: org('Korea Hanbit Institute'),
      candidate: org('한국한빛연구원'),
      match: true,
      reason: 'Hangul 한국 is the place Korea and 연구원 a research institute',
    },
    {
      query: org('Hanbit Catholic University'),
      candidate: org('한빛가톨릭대학교'),
      match: true,
      reason: 'Hangul 가톨릭 is rendered "catholic"',
    },
    {
      query: org('Tarvel State University'),
      candidate: org('Тарвельский государственный университет им.П.Г. Квадрова'),
      match: true,
      reason: '"им." (named after) is not joined to the honouree\'s initials: the clause names the person honoured',
    },
    {
      query: org('Daran International University'),
      candidate: org('دانشگاه بین المللی داران'),
      match: true,
      reason: 'Persian بین المللی written as two words is one word for "international"',
    },
    {
      query: org('Omori University'),
      candidate: org('大森大学'),
      match: true,
      reason: 'kanji of a Japanese proper noun read by its Japanese reading (ja_readings.tsv), not only as pinyin',
    },
    {
      query: org('Oomori University'),
      candidate: org('大森大学'),
      match: true,
      reason: 'the long vowel written as read',
    },
    {
      query: org('Omura University'),
      candidate: org('大森大学'),
      match: false,
      reason: 'another reading is another name: a reading is compared exactly',
    },
    {
      query: org('Daran University'),
      candidate: org('دانشگاه بین المللی داران'),
      match: false,
      reason: 'an international university in Persian is another body than the university of the same name',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} Thai names read in spoken order; Sinhala's university in two words (rules 1.62.0)`, () => {
  // tokenise.ts asciiForm: a Thai word's preposed vowels (เ แ โ ใ ไ) are read after the consonant or cluster they follow
  // in speech, with RTGS vowel forms and silent leading letters (reference/thai_readings.tsv). Sinhala's university word
  // written as two words is one class word (org_words.yml). Made-up bodies.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Phiang Lao University'),
      candidate: org('มหาวิทยาลัยเพียงเลา'),
      match: true,
      reason: 'เพียงเลา is read "phianglao", not "ephiyngela"',
    },
    {
      query: org('Thorn Lao University'),
      candidate: org('มหาวิทยาลัยเพียงเลา'),
      match: false,
      reason: 'another name after the class word',
    },
    {
      query: org('Kraeng Mok University'),
      candidate: org('มหาวิทยาลัยแกรงหมอก'),
      match: true,
      reason: 'แกรง read "kraeng" (the vowel after the cluster กร), หมอก "mok" (ห leading ม is silent)',
    },
    {
      query: org('Phiang Lao University'),
      candidate: org('มหาวิทยาลัยแกรงหมอก'),
      match: false,
      reason: 'names of different bodies',
    },
    {
      query: org('Tarvel University'),
      candidate: org('ටාර්වෙල් විශ්ව විද්\u200dයාලය'),
      match: true,
      reason: 'Sinhala විශ්ව විද්‍යාලය written as two words is the one word for a university (org_words.yml)',
    },
    {
      query: org('Tarvel College'),
      candidate: org('ටාර්වෙල් විශ්ව විද්\u200dයාලය'),
      match: false,
      reason: 'a college is not the university',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} Indic labels read letter class by letter class (rules 1.72.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('University of Kodumbara'),
      candidate: org('கொடும்பர பல்கலைக்கழகம்'),
      match: true,
      reason: 'a Tamil place name whose ட and ப are the d and b of its Latin spelling',
    },
    {
      query: org('University of Kolumbara'),
      candidate: org('கொடும்பர பல்கலைக்கழகம்'),
      match: false,
      reason: 'another consonant is another place',
    },
    {
      query: org('University of Kadumbara'),
      candidate: org('கொடும்பர பல்கலைக்கழகம்'),
      match: false,
      reason: 'and another written vowel',
    },
    {
      query: org('Walamba University'),
      candidate: org('වලඹ විශ්වවිද්‍යාලය'),
      match: true,
      reason: 'a Sinhala place name whose v is w and whose prenasalised stop is mb in the Latin',
    },
    {
      query: org('Walimba University'),
      candidate: org('වලඹ විශ්වවිද්‍යාලය'),
      match: false,
      reason: 'another vowel where the Sinhala has its inherent a',
    },
    {
      query: org('Kodar University'),
      candidate: org('कोटर विश्वविद्यालय'),
      match: false,
      reason: 'Devanagari writes voicing: ट is not the d of another place',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} pinyin words one syllable's rime apart (rules 1.83.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Kaonan Normal University'),
      candidate: org('Kaoyin Normal University'),
      match: false,
      reason: 'two pinyin words alike but for one syllable name two places, though no syllable looks Chinese',
    },
    {
      query: org('Lebei Normal University'),
      candidate: org('Lubei Normal University'),
      match: false,
      reason: "so does one syllable's vowel changed, the other syllables the same",
    },
    {
      query: org('Kaonan Normal University'),
      candidate: org('Kunan Normal University'),
      match: false,
      reason: 'and a syllable of two vowels against one',
    },
    {
      query: org('Mocena Foundation'),
      candidate: org('Mosena Foundation'),
      match: true,
      reason: 'a changed consonant before the same vowel is read as a slip, as before',
    },
    {
      query: org('Ledami Trading'),
      candidate: org('Lidami Trading'),
      match: true,
      reason: 'an "e" written for an "i" alone is another spelling of one vowel, as before',
    },
    {
      query: org('Lanyang Institute of Technology'),
      candidate: org('Anyang Institute of Technology'),
      match: false,
      reason: 'a pinyin word without its first letter is another syllable, not a slip',
    },
  ])('$reason', (row) => check(sut, row));
});
