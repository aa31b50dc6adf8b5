import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_RULES_FILE, loadRiskRules, validateRiskRules, walkedTypes } from './risk-rules';

const valid = JSON.parse(readFileSync(DEFAULT_RULES_FILE, 'utf8')) as Record<string, any>;

function variant(change: (rules: Record<string, any>) => void): Record<string, any> {
  const copy = structuredClone(valid);
  change(copy);
  return copy;
}

describe('risk rules', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'risk-rules-'));

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('loads the shipped rules with an id and a version', () => {
    const sut = loadRiskRules();

    expect(sut).toMatchObject({ id: 'partner-graph-default', version: '1.236.0' });
    expect(sut.walk).toMatchObject({ defaultHops: 4, maxHops: 6, includeFormerByDefault: false });
  });

  it('walks HOSTS and FUNDS only backwards and SAME_AS both ways', () => {
    const sut = walkedTypes(loadRiskRules());

    // FUNDS points from the funder to what it funds: a partner's walk goes back to its funders.
    expect(sut.backward).toEqual(['FUNDS', 'HOSTS', 'SAME_AS']);
    expect(sut.forward).toContain('SAME_AS');
    expect(sut.forward).toContain('PART_OF');
    expect(sut.forward).not.toContain('HOSTS');
    expect(sut.forward).not.toContain('FUNDS');
    expect(sut.forward).not.toContain('LOCATED_IN');
  });

  it.each([
    [variant((rules) => delete rules.version), 'version: must be a non-empty string', 'a missing version'],
    [variant((rules) => (rules.walk.maxHops = 9)), 'walk.maxHops: must be an integer from 1 to 6', 'too many hops'],
    [
      variant((rules) => {
        rules.walk.defaultHops = 6;
        rules.walk.maxHops = 5;
      }),
      'walk.defaultHops: must not exceed',
      'default above maximum',
    ],
    [
      variant((rules) => (rules.relationships.KNOWS = { forward: { weight: 1 } })),
      'relationships.KNOWS: "KNOWS" is not a relationship type',
      'an unknown type',
    ],
    [
      variant((rules) => (rules.relationships.SUPERVISED_BY.forward.weight = 2)),
      'relationships.SUPERVISED_BY.forward.weight: must be a number from 0 to 1',
      'a weight above 1',
    ],
    [
      variant((rules) => (rules.riskCategories['research-security-list'].lists = 'ca-nro')),
      'riskCategories.research-security-list.lists: must be a list of strings',
      'a category naming its lists as text',
    ],
    [
      variant((rules) => (rules.ownership.significantShare = 0.6)),
      'ownership.significantShare: must be below ownership.controlShare',
      'thresholds out of order',
    ],
    [variant((rules) => (rules.ownership.rangeBound = 'middle')), 'ownership.rangeBound', 'an unknown range bound'],
    [
      variant((rules) => rules.levels.reverse()),
      'levels must be listed from the highest score down',
      'levels out of order',
    ],
    [
      variant((rules) => (rules.conflicts.personDualRoleSeverity = 'SEVERE')),
      'conflicts.personDualRoleSeverity: must be one of',
      'an unknown level',
    ],
    [
      variant((rules) => (rules.listings.programmes = 'SDGT')),
      'listings.programmes: must be a list',
      'programmes as text',
    ],
    [
      variant((rules) => (rules.listings.programmes = ['SDGT'])),
      'listings.programmes[0]: must be an object',
      'a programme rule that is not an object',
    ],
    [variant((rules) => (rules.levels = [])), 'levels: must be a non-empty list', 'no levels'],
    [
      variant((rules) => (rules.conflicts.sharedControllerSeverityByCombinedHops = [2])),
      'conflicts.sharedControllerSeverityByCombinedHops[0]: must be an object',
      'a severity rule that is not an object',
    ],
  ])('names the problem in the rules: %s (%s)', (rules, problem) => {
    expect(validateRiskRules(rules).join('\n')).toContain(problem);
  });

  it('stops the start naming the file and every problem', () => {
    const file = join(scratch, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify(
        variant((rules) => {
          rules.decayPerHop = -1;
          delete rules.id;
        }),
      ),
    );

    expect(() => loadRiskRules(file)).toThrow(
      /bad\.json are invalid:\n- id: must be a non-empty string\n- decayPerHop/,
    );
  });

  it('refuses a file that is not JSON', () => {
    const file = join(scratch, 'broken.json');
    writeFileSync(file, '{ "format": ');

    expect(() => loadRiskRules(file)).toThrow('cannot be read as JSON');
  });
});
