import { describe, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { check, company, org, type Row } from './organisation-rows.testing';

/**
 * The han words (han-words.ts): words in Chinese characters and Hangul and their English renderings; one table per
 * rule, one row per case with its reason, moved from organisation-rules.spec.ts. Every name here is made up, never
 * taken from an evaluation set.
 */
describe(`${NameMatcher.name} Chinese words of two characters and their English renderings (rules 1.20.0)`, () => {
  // han_words.yml: a Chinese field word aligns with the English words of one of its renderings; left unaligned
  // against a Latin name it decides, as a field word on one side only does between two Latin names.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Lanfeng Normal University'),
      candidate: org('兰峰师范大学'),
      match: true,
      reason: '师范 is rendered "normal": the field word of two characters aligns with the one English word',
    },
    {
      query: org('Lanfeng Normal University'),
      candidate: org('蘭峰師範大學'),
      match: true,
      reason: 'the same word in traditional characters',
    },
    {
      query: org('Lanfeng University'),
      candidate: org('兰峰师范大学'),
      match: false,
      reason: 'a normal university is not the university of its place: the unaligned field word decides',
    },
    {
      query: org('Lanfeng University of Science and Technology'),
      candidate: org('兰峰科技大学'),
      match: true,
      reason: '科技 is rendered "science and technology": one Chinese word against two English words',
    },
    {
      query: org('Lanfeng University of Science and Technology'),
      candidate: org('兰峰理工大学'),
      match: false,
      reason: '理工 is not rendered "science and technology" (that is 科技): another field word, another body',
    },
    {
      query: org('Lanfeng University of Technology'),
      candidate: org('兰峰理工大学'),
      match: false,
      reason: '"technology" renders 科技, 理工 and 工业 alike, so it is evidence for none of them',
    },
    {
      query: org('Lanfeng University of Finance and Economics'),
      candidate: org('兰峰财经大学'),
      match: true,
      reason: '财经 is rendered "finance and economics", "and" left out',
    },
    {
      query: org('Lanfeng Maritime University'),
      candidate: org('兰峰林业大学'),
      match: false,
      reason: 'a forestry university is not a maritime one: each field word is its own',
    },
    {
      query: org('Lanfeng University of Aeronautics and Astronautics'),
      candidate: org('兰峰航空航天大学'),
      match: true,
      reason: 'a field word of four characters against two English words',
    },
    {
      query: org('Lanfeng University of Political Science and Law'),
      candidate: org('兰峰政法大学'),
      match: true,
      reason: '政法 is rendered "political science and law"',
    },
    {
      query: org('Hong Kong Lanfeng University'),
      candidate: org('香港兰峰大学'),
      match: true,
      reason: '香港 is not read "Hong Kong" in pinyin; the place is listed with its English name',
    },
    {
      query: org('兰峰师范大学'),
      candidate: org('兰峰大学'),
      match: false,
      reason: 'between two names in characters nothing changes: the characters 师范 on one side still decide',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a field word's English rendering against a name in Chinese characters (rules 1.22.0)`, () => {
  // han_words.yml: against a name in characters, a one-word rendering of a field word that has no deciding group
  // of its own ("electronic", "industrial", "transport") decides as the Chinese word would; between two Latin
  // names it stays a class word.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('兰峰科技大学'),
      candidate: org('Lanfeng University of Electronic Science and Technology'),
      match: false,
      reason: '"electronic" renders 电子, which the Chinese name lacks: another field, another body',
    },
    {
      query: org('兰峰电子科技大学'),
      candidate: org('Lanfeng University of Electronic Science and Technology'),
      match: true,
      reason: '电子 aligns with "electronic" and 科技 with "science and technology"',
    },
    {
      query: org('蘭峰電子大學'),
      candidate: org('Lanfeng Electronics University'),
      match: true,
      reason: 'the same word in traditional characters, rendered "electronics"',
    },
    {
      query: org('兰峰电子科技大学'),
      candidate: org('Lanfeng University of Science and Technology'),
      match: false,
      reason: 'the Chinese field word left unaligned decides, as before',
    },
    {
      query: org('兰峰大学'),
      candidate: org('Lanfeng Transport University'),
      match: false,
      reason: '"transport" renders 交通: a transport university is not the university of its place',
    },
    {
      query: org('兰峰交通大学'),
      candidate: org('Lanfeng Jiaotong University'),
      match: true,
      reason: '交通 aligns with its pinyin rendering "jiaotong"',
    },
    {
      query: org('兰峰大学'),
      candidate: org('Lanfeng Industrial University'),
      match: false,
      reason: '"industrial" renders 工业, which the Chinese name lacks',
    },
    {
      query: org('Yokohama Lanfeng City University'),
      candidate: org('横浜兰峰市立大学'),
      match: true,
      reason: '市立 is a city\'s own body, rendered "city"',
    },
    {
      query: org('Lanfeng University'),
      candidate: org('兰峰女子大学'),
      match: false,
      reason: "女子 (women's) left unaligned decides: a women's university is another body",
    },
    {
      query: org('Tokyo Lanfeng Dental University'),
      candidate: org('東京兰峰歯科大学'),
      match: true,
      reason: 'Japanese 歯科 is rendered "dental"',
    },
    {
      query: company('Lanfeng Tarvel Electronics Co., Ltd.'),
      candidate: company('Lanfeng Tarvel Co., Ltd.'),
      match: true,
      reason: 'between two Latin names "electronics" stays a trade word, not a deciding one',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} cities' names in Chinese characters (rules 1.22.0)`, () => {
  // han_place_names.tsv (GeoNames): a city's name in characters outside mainland China aligns with its English
  // name as a place of han_words.yml does; mainland China's cities read as their pinyin already.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Chiba Lanfeng University'),
      candidate: org('千葉兰峰大学'),
      match: true,
      reason: '千葉 is Chiba: the Japanese reading no pinyin gives',
    },
    {
      query: org('Lanfeng University of Kuala Lumpur'),
      candidate: org('吉隆坡兰峰大学'),
      match: true,
      reason: '吉隆坡 is Kuala Lumpur, two English words',
    },
    {
      query: org('Osaka Lanfeng University'),
      candidate: org('千葉兰峰大学'),
      match: false,
      reason: 'another city is another body',
    },
    {
      query: org('Chiba'),
      candidate: org('千葉学院'),
      match: false,
      reason: 'the city aligned is still only a place: a college of the city is another body',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a hospital's word in characters or Hangul; more field words of Chinese and Japanese universities (rules 1.80.0)`, () => {
  // han_words.yml deciding_class_words (hospital: 医院, 病院, 병원) and the new field_words entries; made-up bodies.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Hanbit University Hospital'),
      candidate: org('한빛대학교병원'),
      match: true,
      reason: 'a Korean university hospital: 병원 is the deciding word "hospital" on both sides',
    },
    {
      query: org('Hanbit University'),
      candidate: org('한빛대학교병원'),
      match: false,
      reason: 'the university is not its hospital',
    },
    {
      query: org('Hanbit University Hospital'),
      candidate: org('한솔대학교병원'),
      match: false,
      reason: "another university's hospital stays another body",
    },
    {
      query: org('Lanfeng Taiwei Hospital'),
      candidate: org('兰峰泰维医院'),
      match: true,
      reason: 'a Chinese hospital: 医院 agrees with "Hospital"',
    },
    {
      query: org('Lanfeng Taiwei Clinic'),
      candidate: org('兰峰泰维医院'),
      match: true,
      reason: '"clinic" is a word of the same deciding group',
    },
    {
      query: org('Lanfeng Taiwei Institute'),
      candidate: org('兰峰泰维医院'),
      match: false,
      reason: 'an institute is no hospital',
    },
    {
      query: org('Lanfeng Sport University'),
      candidate: org('兰峰体育大学'),
      match: true,
      reason: '体育 is the field "sport"',
    },
    {
      query: org('Lanfeng University'),
      candidate: org('兰峰体育大学'),
      match: false,
      reason: "the sport university is not its place's university: the field word decides",
    },
    {
      query: org('Lanfeng University of Science and Technology'),
      candidate: org('兰峰科学技术大学'),
      match: true,
      reason: '科学技术 is "science and technology", as 科技 is',
    },
    {
      query: org('Lanfeng Academy of Sciences'),
      candidate: org('兰峰科学院'),
      match: true,
      reason: '科学院 is "academy of sciences"',
    },
    {
      query: org('Lanfeng Academy of Social Sciences'),
      candidate: org('兰峰科学院'),
      match: false,
      reason: 'a social-sciences academy is another academy',
    },
    {
      query: org('Lanfeng Film Academy'),
      candidate: org('兰峰电影学院'),
      match: true,
      reason: '电影 is "film", and 学院 is kin to "academy" when nothing else is left over',
    },
    {
      query: org('Lanfeng Film Academy'),
      candidate: org('兰峰音乐学院'),
      match: false,
      reason: 'a conservatory of music is not a film academy',
    },
    {
      query: org('Lanfeng Conservatory of Music'),
      candidate: org('兰峰音乐学院'),
      match: true,
      reason: '音乐学院 is "conservatory of music"',
    },
    {
      query: org('Central Lanfeng Academy of Drama'),
      candidate: org('兰峰中央戏剧学院'),
      match: true,
      reason: '中央 is "central", 戏剧 "drama"',
    },
    {
      query: org('Lanfeng Academy of Drama'),
      candidate: org('兰峰中央戏剧学院'),
      match: false,
      reason: '"central" on the characters\' side only decides',
    },
    {
      query: org('Kuroyama Institute of Technology'),
      candidate: org('黒山工業大学'),
      match: true,
      reason: 'a Japanese 工業大学 is an "Institute of Technology"',
    },
    {
      query: org('Kuroyama University of Health and Welfare'),
      candidate: org('黒山医療福祉大学'),
      match: true,
      reason: 'Japanese 医療 "health" and 福祉 "welfare"',
    },
    {
      query: org('Kuroyama University of Education'),
      candidate: org('黒山医療福祉大学'),
      match: false,
      reason: 'another field stays another body',
    },
    {
      query: org('Lanfeng Medical University'),
      candidate: org('兰峰医学院'),
      match: true,
      reason: 'a medical college (医学院) renamed a medical university in English',
    },
    {
      query: org('Lanfeng Medical University'),
      candidate: org('兰峰医学大学'),
      match: true,
      reason: '医学 is the deciding word "medical" on the characters\' side too',
    },
    {
      query: org('Lanfeng University'),
      candidate: org('兰峰大学医学院'),
      match: false,
      reason: "a university's medical school is not the university",
    },
    {
      query: org('Lanfeng University'),
      candidate: org('兰峰医学大学'),
      match: false,
      reason: 'the medical university is not its place\'s university: "medical" decides',
    },
    {
      query: org('Lanfeng Academy of Agricultural Sciences'),
      candidate: org('兰峰农业科学院'),
      match: true,
      reason: '农业科学院 is an "academy of agricultural sciences"',
    },
    {
      query: org('Lanfeng University of Light Industry'),
      candidate: org('兰峰轻工业大学'),
      match: true,
      reason: '轻工业 is "light industry", read whole before 工业',
    },
    {
      query: org('Lanfeng Vocational and Technical College'),
      candidate: org('兰峰职业技术学院'),
      match: true,
      reason: '职业技术 is "vocational and technical"',
    },
    {
      query: org('Lanfeng University of Advanced Technology'),
      candidate: org('兰峰职业技术大学'),
      match: false,
      reason: 'and no other "technology" word: "vocational" is on one side only',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} Chinese and Korean class phrases rendered by an English class phrase (rules 1.85.0)`, () => {
  // han_words.yml class_phrases (工学院, 理工学院, 공과대학교; 工业大学 taken out in rules 1.91.0, a shared class phrase
  // since rules 1.96.0: the next table); made-up bodies.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Lanfeng Polytechnic University'),
      candidate: org('兰峰工业大学'),
      match: false,
      reason: '工业大学 is not "Polytechnic University" (as often a place\'s 工程大学 or 理工大学)',
    },
    {
      query: org('Lanfeng Institute of Technology'),
      candidate: org('兰峰工业大学'),
      match: false,
      reason: '工业大学 is not "Institute of Technology" (a place\'s 理工大学 often is): the phrase on one side only',
    },
    {
      query: org('Lanfeng University of Science and Technology'),
      candidate: org('兰峰工业大学'),
      match: false,
      reason: 'nor "University of Science and Technology" (a place\'s 科技大学 or 理工大学)',
    },
    {
      query: org('Lanfeng University'),
      candidate: org('兰峰工业大学'),
      match: false,
      reason: "the place's university is another body",
    },
    {
      query: org('Lanfeng University of Technology'),
      candidate: org('兰峰理工大学'),
      match: false,
      reason: '理工大学 is not rendered: "University of Technology" stays none of a place\'s 理工大学',
    },
    {
      query: org('Lanfeng University of Technology'),
      candidate: org('兰峰科技大学'),
      match: false,
      reason: 'nor is 科技大学 "University of Technology" (科技 is "science and technology")',
    },
    {
      query: org('Lanfeng University of Technology'),
      candidate: org('兰峰工业大学泰维学院'),
      match: false,
      reason: 'a college of the university of technology is another body',
    },
    {
      query: org('Lanfeng Institute of Technology'),
      candidate: org('兰峰工学院'),
      match: true,
      reason: '工学院 is "Institute of Technology"',
    },
    {
      query: org('Lanfeng Institute of Technology'),
      candidate: org('兰峰理工学院'),
      match: true,
      reason: 'and so is 理工学院, read whole',
    },
    {
      query: org('Lanfeng University of Technology'),
      candidate: org('兰峰工学院'),
      match: false,
      reason: '工学院 is not "University of Technology"',
    },
    {
      query: org('Lanfeng Institute of Chemical Technology'),
      candidate: org('兰峰化工学院'),
      match: true,
      reason: '化工 "chemical technology" is read before a class phrase that opens inside it, as before',
    },
    {
      query: org('Lanfeng University of Light Industry'),
      candidate: org('兰峰轻工业大学'),
      match: true,
      reason: '轻工业 "light industry" is read before 工业大学, as before',
    },
    {
      query: org('Hanbit University of Science and Technology'),
      candidate: org('한빛공과대학교'),
      match: true,
      reason: 'Korean 공과대학교 is "University of Science and Technology"',
    },
    {
      query: org('Hanbit University'),
      candidate: org('한빛공과대학교'),
      match: false,
      reason: "the place's university is another body",
    },
    {
      query: org('Hanbit National University'),
      candidate: org('한빛대학교 공과대학'),
      match: false,
      reason: "a university's college of engineering (공과대학 without 교) is not read as the class phrase",
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a name of a country and class words against itself with its own initials after it (rules 1.100.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Kenya University of Science and Technology'),
      candidate: org('Kenya University of Science and Technology (KUST)'),
      match: true,
      reason:
        'the same name with its own initials in brackets: the same body, though its words are a country and class words',
    },
    {
      query: org('Kenya University of Science and Technology (KUST)'),
      candidate: org('Kenya University of Science and Technology'),
      match: true,
      reason: 'and the other way round',
    },
    {
      query: org('Egypt University of Science and Technology'),
      candidate: org('Egypt University of Science and Technology, EUST'),
      match: true,
      reason: 'and with the initials after a comma',
    },
    {
      query: org('Mali University of Agriculture'),
      candidate: org('Mali University of Agriculture (MUA)'),
      match: true,
      reason: 'and with a field word',
    },
    {
      query: org('Kenya University of Science and Technology'),
      candidate: org('Brazil University of Science and Technology (BUST)'),
      match: false,
      reason: 'another country: another body',
    },
    {
      query: org('Kenya University of Technology'),
      candidate: org('Kenya University of Science and Technology (KUST)'),
      match: false,
      reason: 'a field word on one side only still decides',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a division's character after a place's name in Chinese characters (rules 1.129.0)`, () => {
  // han_words.yml division_suffixes: 市, 省, 县, 区 (and Japanese 県) after characters read as one word of the other
  // name align with the English word of the division, or are left out when the other name writes none.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Lanfeng Academy of Agricultural Sciences'),
      candidate: org('兰峰市农业科学院'),
      match: true,
      reason: '市 after the place is its division, which the English name leaves out',
    },
    {
      query: org('Lanfeng Academy of Sciences'),
      candidate: org('兰峰省科学院'),
      match: true,
      reason: '省 after the place is its division too',
    },
    {
      query: org('Lanfeng County People’s Hospital'),
      candidate: org('兰峰县人民医院'),
      match: true,
      reason: '县 aligns with the English "County" that renders it',
    },
    {
      query: org('Lanfeng People’s Hospital'),
      candidate: org('兰峰县人民医院'),
      match: true,
      reason: 'and is left out when the English name writes no division',
    },
    {
      query: org('Lanfeng Provincial People’s Hospital'),
      candidate: org('兰峰省人民医院'),
      match: true,
      reason: '"Provincial" renders 省',
    },
    {
      query: org('Lanfeng Municipal Academy of Sciences'),
      candidate: org('兰峰市科学院'),
      match: true,
      reason: '"Municipal" renders 市',
    },
    {
      query: org('Lanfeng District People’s Hospital'),
      candidate: org('兰峰县人民医院'),
      match: false,
      reason: 'another division\'s word ("District" against 县) is a conflict, not left out',
    },
    {
      query: org('Lanfeng City People’s Hospital'),
      candidate: org('兰峰县人民医院'),
      match: false,
      reason: 'so is a city against a county',
    },
    {
      query: org('Lanfeng University'),
      candidate: org('兰峰市立大学'),
      match: false,
      reason: '市立 ("municipal") is a field word of its own, not a division after the place',
    },
    {
      query: org('Lanfeng Academy of Agricultural Sciences'),
      candidate: org('兰峰市林业科学院'),
      match: false,
      reason: 'the division left out, the field words still decide',
    },
    {
      query: org('Lanfeng Academy of Sciences'),
      candidate: org('兰峰城市科学院'),
      match: false,
      reason: '市 after a character the other name does not read (城市, "city") is no division of the place',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} Chinese government class words and Korean institutes', hospitals' and agencies' words (rules 1.130.0)`, () => {
  // symbols.yml (局 bureau, 厅 department, 委员会 committee/commission, 中心 and 센터 centre, 재단 foundation, 협회
  // association), han_words.yml deciding_class_words (厅 "department", 에너지/能源 "energy") and field_words (Korean
  // words in Hangul, Chinese ordinals and government fields). Made-up bodies; a translated field word still decides
  // against another field word.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Lanfeng Science and Technology Bureau'),
      candidate: org('兰峰市科学技术局'),
      match: true,
      reason: '局 is the class word "bureau"',
    },
    {
      query: org('Lanfeng Education Department'),
      candidate: org('兰峰省教育厅'),
      match: true,
      reason: '厅 is the deciding class word "department"',
    },
    {
      query: org('Lanfeng Municipal Education Commission'),
      candidate: org('兰峰市教育委员会'),
      match: true,
      reason: '委员会 is "commission"',
    },
    {
      query: org('Lanfeng Education Committee'),
      candidate: org('兰峰市教育委员会'),
      match: true,
      reason: '委员会 is "committee" too',
    },
    {
      query: org('Lanfeng Education Department'),
      candidate: org('兰峰市教育局'),
      match: false,
      reason: 'a bureau is not a department',
    },
    {
      query: org('Lanfeng Education Department'),
      candidate: org('兰峰市教育委员会'),
      match: false,
      reason: 'a commission is not a department',
    },
    {
      query: org('Lanfeng University'),
      candidate: org('兰峰市教育局'),
      match: false,
      reason: "a city's education bureau is not its university",
    },
    {
      query: org('Lanfeng Health Commission'),
      candidate: org('兰峰市卫生健康委员会'),
      match: true,
      reason: '卫生健康 is rendered "health"',
    },
    {
      query: org('Lanfeng Health Commission'),
      candidate: org('兰峰市教育委员会'),
      match: false,
      reason: 'the translated field word decides: health is not education',
    },
    {
      query: org('Lanfeng Seismological Bureau'),
      candidate: org('兰峰市地震局'),
      match: true,
      reason: '地震 is rendered "seismological"',
    },
    {
      query: org('Lanfeng Meteorological Bureau'),
      candidate: org('兰峰市地震局'),
      match: false,
      reason: 'a seismological bureau is not a meteorological one',
    },
    {
      query: org('Lanfeng Human Resources and Social Security Bureau'),
      candidate: org('兰峰市人力资源和社会保障局'),
      match: true,
      reason: '人力资源和社会保障 is rendered "human resources and social security"',
    },
    {
      query: org('Lanfeng Satellite Center'),
      candidate: org('兰峰卫星中心'),
      match: true,
      reason: '中心 is the class word "center", 卫星 rendered "satellite"',
    },
    {
      query: org("The First People's Hospital of Lanfeng"),
      candidate: org('兰峰市第一人民医院'),
      match: true,
      reason: '第一 is rendered "first"',
    },
    {
      query: org("The Second People's Hospital of Lanfeng"),
      candidate: org('兰峰市第一人民医院'),
      match: false,
      reason: 'another ordinal is another hospital',
    },
    {
      query: org("Lanfeng People's Hospital"),
      candidate: org('兰峰市第一人民医院'),
      match: false,
      reason: 'the ordinal on one side only decides',
    },
    {
      query: org('Hanbit Rural Economic Institute'),
      candidate: org('한빛농촌경제연구원'),
      match: true,
      reason: 'Hangul 농촌 is rendered "rural" and 경제 "economic"',
    },
    {
      query: org('Hanbit Energy Policy Institute'),
      candidate: org('한빛에너지정책연구원'),
      match: true,
      reason: 'Hangul 에너지 is the deciding word "energy" and 정책 is rendered "policy"',
    },
    {
      query: org('Hanbit Energy Economics Institute'),
      candidate: org('한빛에너지정책연구원'),
      match: false,
      reason: 'policy is not economics: each translated field word is its own',
    },
    {
      query: org('Hanbit University Dental Hospital'),
      candidate: org('한빛대학교치과병원'),
      match: true,
      reason: 'Hangul 치과 is rendered "dental"',
    },
    {
      query: org("Hanbit University Children's Hospital"),
      candidate: org('한빛대학교치과병원'),
      match: false,
      reason: "a dental hospital is not a children's hospital",
    },
    {
      query: org("Hanbit University Children's Hospital"),
      candidate: org('한빛대학교어린이병원'),
      match: true,
      reason: 'Hangul 어린이 is rendered "children"',
    },
    {
      query: org("Hanbit St. Mary's Hospital"),
      candidate: org('한빛성모병원'),
      match: true,
      reason: 'Hangul 성모 is rendered "St. Mary"',
    },
    {
      query: org('Hanbit Sacred Heart Hospital'),
      candidate: org('한빛성모병원'),
      match: false,
      reason: 'a Sacred Heart hospital is not a St. Mary’s hospital',
    },
    {
      query: org('Hanbit University Medical Center'),
      candidate: org('한빛대학교의료원'),
      match: true,
      reason: 'Hangul 의료원 is rendered "medical center"',
    },
    {
      query: org('Hanbit University Hospital'),
      candidate: org('한빛대학교의료원'),
      match: false,
      reason: "a university's medical center is not its hospital",
    },
    {
      query: org('Hanbit Fusion Energy Institute'),
      candidate: org('한빛핵융합에너지연구원'),
      match: true,
      reason: 'Hangul 핵융합 is rendered "fusion"',
    },
    {
      query: org('Hanbit Fusion Energy Institute'),
      candidate: org('한빛원자력연구원'),
      match: false,
      reason: 'an atomic energy institute is not a fusion energy institute',
    },
    {
      query: org('Hanbit Science Foundation'),
      candidate: org('한빛과학재단'),
      match: true,
      reason: 'Hangul 재단 is the class word "foundation" and 과학 is rendered "science"',
    },
    {
      query: org('Hanbit Foundation'),
      candidate: org('한빛과학재단'),
      match: false,
      reason: 'the field word on one side only decides',
    },
    {
      query: org('Hanbit Meteorological Satellite Center'),
      candidate: org('한빛기상위성센터'),
      match: true,
      reason: 'Hangul 기상 "meteorological", 위성 "satellite", 센터 "center"',
    },
    {
      query: org('Hanbit Association'),
      candidate: org('한빛협회'),
      match: true,
      reason: 'Hangul 협회 is the class word "association"',
    },
    {
      query: org('Hanbit Institute'),
      candidate: org('한빛협회'),
      match: false,
      reason: 'an association is not an institute',
    },
    {
      query: org('Hanbit Science Institute'),
      candidate: org('한빛기초과학연구원'),
      match: false,
      reason: 'Hangul 기초 "basic" on one side only decides',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} Korean 연구원 and 연구소 at the end of a name's word rendered "Research Institute" (rules 1.137.0)`, () => {
  // org_words.yml word_renderings: a Hangul form is read at the end of a longer word too (normalise.ts
  // `renderedClassNames`); the name also stands for itself, where the word is the class word institute.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Hanbit Legislation Research Institute'),
      candidate: org('한빛법제연구원'),
      match: true,
      reason: '연구원 ("research" and a body) is rendered "Research Institute": "research" is no longer left over',
    },
    {
      query: org('Hanbit Atomic Energy Research Institute'),
      candidate: org('한빛원자력연구원'),
      match: true,
      reason: 'with a field word of several English words before it',
    },
    {
      query: org('Research Institute for Hanbit Veterinary Science'),
      candidate: org('한빛수의과학연구소'),
      match: true,
      reason: '연구소 likewise, the English phrase written first',
    },
    {
      query: org('Hanbit Unification Institute'),
      candidate: org('한빛통일연구원'),
      match: true,
      reason: 'the word alone is still the class word institute',
    },
    {
      query: org('Hanbit Legislation Research Institute'),
      candidate: org('한빛원자력연구원'),
      match: false,
      reason: 'another field word still decides',
    },
    {
      query: org('Hanbit Atomic Energy Research Institute'),
      candidate: org('한빛원자력연구원 병원'),
      match: false,
      reason: 'a hospital of the institute is not the institute: the phrase replaces the word it ends only',
    },
    {
      query: org('Hanbit University'),
      candidate: org('한빛연구원'),
      match: false,
      reason: 'a research institute is no university',
    },
    {
      query: org('Hanbit Policy Research Institute'),
      candidate: org('한빛정책연구소'),
      match: true,
      reason: '연구소 with the translated field word 정책 "policy"',
    },
    {
      query: org('Hanbit Economics Research Institute'),
      candidate: org('한빛정책연구소'),
      match: false,
      reason: 'policy is not economics',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} China's autonomous regions by their full names, the people's name and 自治区 left out in English or not (rules 1.137.0)`, () => {
  // han_words.yml places: 宁夏回族自治区 "Ningxia Hui Autonomous Region" or "Ningxia" (real places as reference data;
  // the bodies made up).
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Ningxia Lanfeng Hospital'),
      candidate: org('宁夏回族自治区兰峰医院'),
      match: true,
      reason: '回族自治区 after 宁夏 is left out in English: the region is the same place',
    },
    {
      query: org('Lanfeng Hospital of Xinjiang Uyghur Autonomous Region'),
      candidate: org('新疆维吾尔自治区兰峰医院'),
      match: true,
      reason: 'the region written in full on both sides',
    },
    {
      query: org('Guangxi Zhuang Autonomous Region Lanfeng Hospital'),
      candidate: org('廣西壯族自治區蘭峰醫院'),
      match: true,
      reason: 'in traditional characters too',
    },
    {
      query: org('Inner Mongolia Lanfeng Hospital'),
      candidate: org('内蒙古自治区兰峰医院'),
      match: true,
      reason: '内蒙古 is "Inner Mongolia", which its characters do not read as',
    },
    {
      query: org('Ningxia Lanfeng Hospital'),
      candidate: org('新疆维吾尔自治区兰峰医院'),
      match: false,
      reason: 'another region is another place',
    },
    {
      query: org('Tibet Lanfeng Hospital'),
      candidate: org('西藏自治区兰峰大学'),
      match: false,
      reason: 'the same region, another kind of body',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} Chinese and Japanese words learned from the registry's bilingual records, 集团, and a city's 市 before a district's 区 (since rules 1.173.0)`, () => {
  // han_words_learned.tsv (bench/build-han-learned-words.ts): field words as han_words.yml's are, a new form a new
  // entry, a form of the file one more rendering of its own; symbols.yml group 集团; han-words.ts
  // `hanDivisionSuffixes` in two passes. The bodies and places are made up.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Lanfeng Marine University'),
      candidate: org('兰峰海洋大学'),
      match: true,
      reason: 'learned: 海洋 "marine", one more rendering of the file\'s 海洋 "ocean"',
    },
    {
      query: org('Lanfeng Ocean University'),
      candidate: org('兰峰海洋大学'),
      match: true,
      reason: "the file's own rendering of 海洋 stays",
    },
    {
      query: org('Lanfeng Institute of Materials'),
      candidate: org('兰峰材料研究所'),
      match: true,
      reason: 'learned: 材料 "materials", a new field word, aligns with the English word',
    },
    {
      query: org('Lanfeng Research Institute'),
      candidate: org('兰峰材料研究所'),
      match: false,
      reason: "a learned field word left unaligned decides, as the file's field words do: another institute",
    },
    {
      query: org('Lanfeng Centre for Disease Control and Prevention'),
      candidate: org('兰峰疾病预防控制中心'),
      match: true,
      reason: 'learned: 疾病预防控制 "disease control and prevention", one word of six characters',
    },
    {
      query: org('Lanfeng Commission of Family Planning'),
      candidate: org('兰峰计划生育委员会'),
      match: true,
      reason: 'learned: 计划生育 "family planning"',
    },
    {
      query: org('Third Affiliated Hospital of Lanfeng Medical University'),
      candidate: org('第三附属医院'),
      match: false,
      reason:
        'not learned: 附属 "affiliated" (han_words.yml learned_excluded), so a unit\'s generic name does not align whole with any university\'s hospital',
    },
    {
      query: org('Lanfeng State Key Laboratory of Materials'),
      candidate: org('兰峰材料国家重点实验室'),
      match: true,
      reason: 'learned: 国家重点 "state key" and 材料 "materials", each where the other name writes it',
    },
    {
      query: org('Lanfeng University of Technology'),
      candidate: org('兰峰理工大学'),
      match: false,
      reason:
        'nothing learned gives 理工 "technology": a rendering of 科技, 理工 and 工业 alike stays evidence for none',
    },
    {
      query: org('Lanfeng Medical Group'),
      candidate: org('兰峰医疗集团'),
      match: true,
      reason: '集团 is "group" (symbols.yml): no 集 left over',
    },
    {
      query: org('Lanfeng Medical Group'),
      candidate: org('蘭峰醫療集團'),
      match: true,
      reason: 'the same in traditional characters',
    },
    {
      query: org('Lanfeng Songhe District Hospital'),
      candidate: org('兰峰市松河区医院'),
      match: true,
      reason: '区 takes "District" first; then 市, which the English leaves out, is left out: the same city',
    },
    {
      query: org('Lanfeng Songhe County Hospital'),
      candidate: org('兰峰市松河区医院'),
      match: false,
      reason: "a county is not a district: the other division's word still conflicts",
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} "and" in one character between two aligned words; Japan's incorporated foundations and associations as legal forms (since rules 1.174.0)`, () => {
  // han_words.yml conjunctions (han-words.ts `hanConjunctionsBetweenWords`); org_types.yml 公益財団法人 and its kin.
  // The bodies and places are made up.
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Lanfeng Commission of Health and Family Planning'),
      candidate: org('兰峰卫生和计划生育委员会'),
      match: true,
      reason: '和 between 卫生 "health" and 计划生育 "family planning", both aligned, is "and": left out',
    },
    {
      query: org('Lanfeng Laboratory of Marine Science and Engineering'),
      candidate: org('兰峰海洋科学与工程实验室'),
      match: true,
      reason: '与 between 科学 "science" and 工程 "engineering", both aligned, is "and": left out',
    },
    {
      query: org('Lanfeng Commission of Health'),
      candidate: org('兰峰卫生和计划生育委员会'),
      match: false,
      reason: 'the word after 和 is not aligned: 和 and 计划生育 stay, another commission',
    },
    {
      query: org('Songhe University'),
      candidate: org('松和大学'),
      match: true,
      reason: '和 read as a syllable of a name (松和 "Songhe") stays aligned as it was',
    },
    {
      query: org('Chinese Hospital'),
      candidate: org('中和医院'),
      match: false,
      reason: '和 after a character read alone (中) is no "and" between two words: it stays',
    },
    {
      query: org('Quarrow Foundation'),
      candidate: org('公益財団法人クオロウ財団'),
      match: true,
      reason: '公益財団法人, a public-interest incorporated foundation, is a legal form the English leaves out',
    },
    {
      query: org('Quarrow Foundation'),
      candidate: org('一般財団法人 クオロウ財団'),
      match: true,
      reason: '一般財団法人, a general incorporated foundation, likewise',
    },
    {
      query: org('Quarrow Institute'),
      candidate: org('一般社団法人クオロウ研究所'),
      match: true,
      reason: '一般社団法人, an incorporated association, likewise',
    },
    {
      query: org('Tarvel Foundation'),
      candidate: org('公益財団法人クオロウ財団'),
      match: false,
      reason: 'the legal form shared, the names differ: another foundation',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} field words of China's bodies; Korean 공사 rendered "Corporation" at the end of a name's word (since rules 1.236.0)`, () => {
  // han_words.yml field_words; org_words.yml word_renderings (Corporation), a Hangul form read at the end of a longer
  // word (normalise.ts `renderedClassNames`).
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Lanfeng University'),
      candidate: org('兰峰研究院'),
      match: false,
      reason: 'a research institute is not the university of its place',
    },
    {
      query: org('Lanfeng Graduate School'),
      candidate: org('兰峰研究院'),
      match: false,
      reason: 'nor a graduate school',
    },
    {
      query: org('Lanfeng Graduate School'),
      candidate: org('兰峰研究生院'),
      match: true,
      reason: '研究生院 is rendered "graduate school"',
    },
    {
      query: org('Lanfeng Research Institute'),
      candidate: org('兰峰研究生院'),
      match: false,
      reason: 'a graduate school (研究生院) is no research institute (研究院)',
    },
    {
      query: org('Civil Aviation University of Lanfeng'),
      candidate: org('兰峰民航大学'),
      match: true,
      reason: '民航 is rendered "civil aviation"',
    },
    {
      query: org('Lanfeng University'),
      candidate: org('兰峰民航大学'),
      match: false,
      reason: 'the field word left unaligned decides',
    },
    {
      query: org('Lanfeng Aviation University'),
      candidate: org('兰峰民航大学'),
      match: false,
      reason: 'civil aviation (民航) is not aviation alone (航空): another field word, another body',
    },
    {
      query: org('Lanfeng Union University'),
      candidate: org('兰峰联合大学'),
      match: true,
      reason: '联合 is rendered "union"',
    },
    {
      query: org('Lanfeng Joint Laboratory'),
      candidate: org('兰峰联合实验室'),
      match: true,
      reason: 'and "joint"',
    },
    {
      query: org('Lanfeng University'),
      candidate: org('兰峰联合大学'),
      match: false,
      reason: 'a union university is not the university of its place',
    },
    {
      query: org('Lanfeng Air Force Hospital'),
      candidate: org('兰峰空军医院'),
      match: true,
      reason: '空军 is rendered "air force"',
    },
    {
      query: org('Lanfeng Rocket Force Hospital'),
      candidate: org('兰峰火箭军医院'),
      match: true,
      reason: '火箭军 is rendered "rocket force"',
    },
    {
      query: org('Lanfeng Air Force Hospital'),
      candidate: org('兰峰火箭军医院'),
      match: false,
      reason: 'another force is another hospital',
    },
    {
      query: org('Central South Lanfeng University'),
      candidate: org('中南兰峰大学'),
      match: true,
      reason: '中南 is rendered "central south"',
    },
    {
      query: org('South Central Lanfeng University'),
      candidate: org('中南兰峰大学'),
      match: true,
      reason: 'or "south central"',
    },
    {
      query: org('South China Lanfeng University'),
      candidate: org('中南兰峰大学'),
      match: false,
      reason: 'south China (华南) is not central south',
    },
    {
      query: org('Central Lanfeng University'),
      candidate: org('中南兰峰大学'),
      match: false,
      reason: 'central alone is half the word',
    },
    {
      query: org('Hanbit Railroad Corporation'),
      candidate: org('한빛철도공사'),
      match: true,
      reason: 'Korean 공사 at the end of the name\'s word is rendered "Corporation"',
    },
    {
      query: org('Hanbit Institute'),
      candidate: org('한빛공사'),
      match: false,
      reason: 'a public corporation is no institute',
    },
  ])('$reason', (row) => check(sut, row));
});
