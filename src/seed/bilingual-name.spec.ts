import { describe, expect, it } from 'vitest';

import { normaliseNameKey, parseAgencyName, parseBilingualName } from './bilingual-name';

describe(parseBilingualName.name, () => {
  const cases: { reason: string; text: string; name: string; aliases: string[] }[] = [
    {
      reason: 'splits the English name from the Chinese name in brackets',
      text: 'Harbin Engineering University (哈尔滨工程大学)',
      name: 'Harbin Engineering University',
      aliases: ['哈尔滨工程大学'],
    },
    {
      reason: 'keeps a Latin bracket that belongs to the English name',
      text: 'China University of Geosciences (Wuhan) (中国地质大学)',
      name: 'China University of Geosciences (Wuhan)',
      aliases: ['中国地质大学'],
    },
    {
      reason: 'tolerates a missing closing bracket',
      text: 'Artificial Intelligence Research Center (人工智能研究中心',
      name: 'Artificial Intelligence Research Center',
      aliases: ['人工智能研究中心'],
    },
    {
      reason: 'reads full-width brackets',
      text: 'Laboratory of High Power Microwave Technology（高功率微波技术国防科技重点实验室）',
      name: 'Laboratory of High Power Microwave Technology',
      aliases: ['高功率微波技术国防科技重点实验室'],
    },
    {
      reason: 'keeps a bracket nested inside the Chinese name',
      text: 'Shandong University, Weihai (山东大学（威海）)',
      name: 'Shandong University, Weihai',
      aliases: ['山东大学（威海）'],
    },
    {
      reason: 'splits Chinese variants separated by a slash',
      text: 'State Key Laboratory for Powder Metallurgy (粉末冶金国防重点实验室/粉末冶金国家重点实验室)',
      name: 'State Key Laboratory for Powder Metallurgy',
      aliases: ['粉末冶金国防重点实验室', '粉末冶金国家重点实验室'],
    },
    {
      reason: 'does not split a slash inside one Chinese name',
      text: 'National Key Laboratory on Micro/Nano Fabrication (微米/纳米加工技术国家级重点实验室 or 微米纳米加工技术国防科技重点实验室)',
      name: 'National Key Laboratory on Micro/Nano Fabrication',
      aliases: ['微米/纳米加工技术国家级重点实验室', '微米纳米加工技术国防科技重点实验室'],
    },
    {
      reason: 'keeps an acronym in the brackets and drops a remark',
      text: 'Xi’an Jiaotong-Liverpool University  (XJTLU, 西交利物浦大学; located in Suzhou)',
      name: 'Xi’an Jiaotong-Liverpool University',
      aliases: ['XJTLU', '西交利物浦大学'],
    },
    {
      reason: 'reads an "also known as" clause before the brackets',
      text: 'University of International Relations Hangzhou Campus, also known as the Zhejiang Second People’s Police School (浙江第二人民警察学校)',
      name: 'University of International Relations Hangzhou Campus',
      aliases: ['浙江第二人民警察学校', 'Zhejiang Second People’s Police School'],
    },
    {
      reason: 'reads a "now known as" clause after the brackets',
      text: 'Third Affiliated Hospital (大坪医院), now known as the Army Characteristic Medical Center (陆军特色医学中心)',
      name: 'Third Affiliated Hospital',
      aliases: ['大坪医院', 'Army Characteristic Medical Center', '陆军特色医学中心'],
    },
    {
      reason: 'reads "a.k.a." in an English-only name',
      text: 'CASC 5th Academy, a.k.a. China Academy of Space Technology (CAST)',
      name: 'CASC 5th Academy',
      aliases: ['China Academy of Space Technology (CAST)'],
    },
    {
      reason: 'takes a Chinese-only name as the name',
      text: '西安电子科大金讯科技有限责任公司',
      name: '西安电子科大金讯科技有限责任公司',
      aliases: [],
    },
    {
      reason: 'collapses white space and trailing new lines',
      text: 'National Lab of Radar Signal Processing  (雷达信号处理国家重点实验室)\n',
      name: 'National Lab of Radar Signal Processing',
      aliases: ['雷达信号处理国家重点实验室'],
    },
  ];

  it.each(cases)('$reason', ({ text, name, aliases }) => {
    const sut = parseBilingualName(text);

    expect(sut).toEqual({ name, aliases });
  });
});

describe(parseAgencyName.name, () => {
  it.each([
    { text: 'Ministry of Education (MOE)', name: 'Ministry of Education', shortName: 'MOE' },
    {
      text: 'China North Industries Group (Norinco Group)',
      name: 'China North Industries Group',
      shortName: 'Norinco Group',
    },
    { text: 'Hebei Provincial Government', name: 'Hebei Provincial Government', shortName: null },
  ])('reads "$text" as "$name" with short name $shortName', ({ text, name, shortName }) => {
    expect(parseAgencyName(text)).toEqual({ name, shortName });
  });
});

describe(normaliseNameKey.name, () => {
  it('ignores case, apostrophe style and punctuation', () => {
    expect(normaliseNameKey('Xi’an Jiaotong-University')).toBe(normaliseNameKey("XI'AN jiaotong university"));
  });
});
