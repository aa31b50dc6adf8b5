import { describe, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { check, org, type Row } from './organisation-rows.testing';

/**
 * A body another body holds (held-bodies.ts, rules 1.121.0): a company's national subsidiary, a state system's
 * member university. Brands and towns are made up; the regions are names of subdivision_names.tsv, the countries
 * names of the country tables.
 */
describe(`${NameMatcher.name} a brand with a country written after it names the brand's national subsidiary (rules 1.121.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('QRVX'),
      candidate: org('QRVX Schweiz'),
      match: false,
      reason: "an acronym's brand with a country's name after a space is its Swiss subsidiary",
    },
    {
      query: org('QRVX UK'),
      candidate: org('QRVX'),
      match: false,
      reason: 'a country written as its short form is a subsidiary too, whichever side writes it',
    },
    {
      query: org('Quarrow-Tarvel Vintners'),
      candidate: org('Quarrow-Tarvel Vintners Canada'),
      match: false,
      reason: "a brand of several name words with a country after it is the brand's subsidiary",
    },
    {
      query: org('Quarrow Laboratories'),
      candidate: org('Quarrow Laboratories de Colombia'),
      match: false,
      reason: 'a company\'s class word with "de" and a country after it names the subsidiary',
    },
    {
      query: org('Coordenação de Quarrow Tarvel'),
      candidate: org('Coordenação de Quarrow Tarvel do Brasil'),
      match: true,
      reason: '"do" and a country after a name of no company\'s class word is the body\'s own country, as before',
    },
    {
      query: org('Quarrow Laboratories'),
      candidate: org('Quarrow Laboratories, Colombia'),
      match: true,
      reason: "a country after a comma is the company's own address, as before",
    },
    {
      query: org('QRVX'),
      candidate: org('QRVX (Switzerland)'),
      match: true,
      reason: "a country in parentheses is a registry's note of the body's country, as before",
    },
    {
      query: org('Quarrow Tide Association'),
      candidate: org('Quarrow Tide Association UK'),
      match: true,
      reason: "an association's name with its country is the association itself: not a brand's name",
    },
    {
      query: org('QRVX'),
      candidate: org('QRVX Harbourville'),
      match: true,
      reason: 'a word that is no country is left to the acronym rules, as before',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${NameMatcher.name} a state's university with a place after it names a member of the state's system (rules 1.121.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Tasmania State University'),
      candidate: org('Tasmania State University, Harbourville'),
      match: false,
      reason: "a place after a comma names the state system's member university in that place",
    },
    {
      query: org('State University of Nova Scotia Harbourville'),
      candidate: org('State University of Nova Scotia'),
      match: false,
      reason: 'a place after a space, whichever side writes it, names a member too',
    },
    {
      query: org('Tasmania State University, Harbourville'),
      candidate: org('Tasmania State University, Harbourville'),
      match: true,
      reason: 'the member against its own name is itself',
    },
    {
      query: org('Tasmania State University'),
      candidate: org('Tasmania State University, Australia'),
      match: true,
      reason: "a country after the name is the university's address, as before",
    },
    {
      query: org('Quarrow State University'),
      candidate: org('Quarrow State University, Harbourville'),
      match: true,
      reason: "a city's state university (no region's name) with its town is left as before",
    },
    {
      query: org('Tasmania State University'),
      candidate: org('Tasmania State University named after A. B. Quarrow'),
      match: true,
      reason: "an honouree's clause is no member's place",
    },
  ])('$reason', (row) => check(sut, row));
});
