"""Builds src/matching/reference/han_readings.tsv from pypinyin's data (MIT, https://github.com/mozillazg/python-pinyin).

    pip download pypinyin==0.55.0 --no-deps -d /tmp/pp && unzip -o /tmp/pp/*.whl -d /tmp/pp
    PYTHONPATH=/tmp/pp python3 bench/build-han-readings.py > src/matching/reference/han_readings.tsv

Characters: every CJK unified ideograph (U+4E00-U+9FFF) that GB 2312 encodes or that Big5 encodes among its
common characters (level 1, 0xA440-0xC67E), read as the Mandarin reading the phrase table uses most for it (else the first one pypinyin lists), tone marks
dropped, u-umlaut written "v". Words: two-character entries of pypinyin's phrase table, both characters in
the table, whose reading differs from the characters' usual readings (the heteronyms: a city's "Chong"
against "zhong"), same form. Sorted; one "form<TAB>reading" a line, a word's syllables joined by spaces.
"""
import json
import os
import sys
import unicodedata

import pypinyin

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
    if common(char) and str(point) in chars:
        listed = [plain(reading) for reading in chars[str(point)].split(',')]
        count = uses.get(char, {})
        readings[char] = max(listed, key=lambda reading: (count.get(reading, 0), -listed.index(reading)))
words = {}
for word, syllables in phrases.items():
    if len(word) == 2 and all(char in readings for char in word):
        reading = [plain(options[0]) for options in syllables]
        if reading != [readings[char] for char in word]:
            words[word] = ' '.join(reading)
out = sys.stdout
out.write('# Mandarin readings (pypinyin %s, MIT): see NOTICE.md and bench/build-han-readings.py\n' % pypinyin.__version__)
for form in sorted(readings):
    out.write('%s\t%s\n' % (form, readings[form]))
for form in sorted(words):
    out.write('%s\t%s\n' % (form, words[form]))
