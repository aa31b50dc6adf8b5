import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HOSTILE_NAME, madeUpCaseView } from '../../test/fixtures/case-report/made-up-case';
import { contentHashOf, renderCaseReportHtml, verifyCaseReportHtml } from './case-report-html';
import type { CaseReportView } from './case-report.view';

const FIRST = '2026-11-30T10:00:00.000Z';
const LATER = '2026-12-01T23:59:59.999Z';

/** The report with a hostile string in every text a user or a list could have supplied. */
function hostileView(): CaseReportView {
  const view = madeUpCaseView();
  view.case.title = HOSTILE_NAME;
  view.case.summary = HOSTILE_NAME;
  view.case.createdBy = HOSTILE_NAME;
  view.parties[0].name = HOSTILE_NAME;
  view.parties[1].resolution.candidates[0].entity.name = HOSTILE_NAME;
  view.parties[2].resolution.reason = HOSTILE_NAME;
  view.findings[0].summary = HOSTILE_NAME;
  view.findings[0].explanation = [HOSTILE_NAME];
  view.findings[0].paths[0].nodes[0].name = HOSTILE_NAME;
  view.findings[0].paths[0].edges[0].type = HOSTILE_NAME;
  view.findings[0].sources[0].title = HOSTILE_NAME;
  view.findings[0].sources[1].url = `javascript:alert("x")`;
  view.findings[0].decision!.reason = HOSTILE_NAME;
  view.findings[1].lists[0].programme = HOSTILE_NAME;
  view.snapshot.listVersions[0].list = HOSTILE_NAME;
  view.snapshot.riskLevel = `" onmouseover="alert(1)`;
  view.mitigations[0].text = HOSTILE_NAME;
  view.audit[0].detail = HOSTILE_NAME;
  return view;
}

describe(renderCaseReportHtml.name, () => {
  const sut = renderCaseReportHtml;

  it('gives byte-identical documents for the same view apart from the generation time', () => {
    const first = sut(madeUpCaseView(), { generatedAt: FIRST });
    const second = sut(structuredClone(madeUpCaseView()), { generatedAt: new Date(LATER) });

    expect(first).not.toBe(second);
    expect(second.replace(LATER, FIRST)).toBe(first);
    expect(first.split(FIRST)).toHaveLength(2);
  });

  it('states a content hash that is the sha256 of the document without generation time and hash', () => {
    const html = sut(madeUpCaseView(), { generatedAt: FIRST });
    const emptied = html
      .replace(`<span id="generated-at">${FIRST}</span>`, '<span id="generated-at"></span>')
      .replace(/<span id="content-hash">[^<]*<\/span>/, '<span id="content-hash"></span>');

    expect(contentHashOf(html)).toBe(`sha256:${createHash('sha256').update(emptied).digest('hex')}`);
    expect(contentHashOf(sut(madeUpCaseView(), { generatedAt: LATER }))).toBe(contentHashOf(html));
    expect(verifyCaseReportHtml(html)).toBe(true);
  });

  it('gives another content hash when anything in the view changes, and detects an edited document', () => {
    const html = sut(madeUpCaseView(), { generatedAt: FIRST });
    const changed = madeUpCaseView();
    changed.findings[1].decision!.reason = 'Different country.';

    expect(contentHashOf(sut(changed, { generatedAt: FIRST }))).not.toBe(contentHashOf(html));
    expect(verifyCaseReportHtml(html.replace('DISMISSED', 'CONFIRMED'))).toBe(false);
  });

  it('shows every section of the report', () => {
    const view = madeUpCaseView();
    const html = sut(view, { generatedAt: FIRST });

    const expectedTexts = [
      // title and outcome
      '<title>Due-diligence report: Joint optics laboratory with Northbridge Institute of Applied Optics</title>',
      'Outcome: <strong>Approved with mitigations</strong>',
      view.case.summary!,
      // parties and resolution, with candidates when ambiguous or not found, and the override
      'Halvard Foundation',
      'Halvard Foundation for Science',
      'score 0.91',
      'Halvard Research Trust',
      'Tessa Marlow',
      // a person's dates of birth as given, beside the name they were resolved with
      'Tessaly Marlowe<div class="muted">Born 1971-04-12</div>',
      // a party's other names as given, which it was resolved and screened with (since rules 1.232.0)
      'Halvard Foundation<div class="muted party-aliases">Also known as Halvard Science Fund; Fondation Halvard</div>',
      'Overridden by user:ada.quillon: Different date of birth; not the person in the graph.',
      // findings with explanation and a path diagram
      'F1. Partner is a subsidiary of a holding on the made-up export list',
      'Kestrel Dynamics Holding is listed on made-up-export-list (End-user controls).',
      '<svg xmlns="http://www.w3.org/2000/svg" class="path-diagram"',
      'Path F1.1: Northbridge Institute of Applied Optics —SUBSIDIARY_OF→ Kestrel Dynamics Holding',
      'F3. Optics research is a sensitive area',
      'Decision: <strong>none recorded</strong>',
      // sources with URLs, also those cited on a path's edge only
      '<a href="https://registry.example.org/k">https://registry.example.org/k</a>',
      'Annual report 2025',
      '<a href="https://sanctions.example.org/list">',
      // lists with versions and issue dates, rules version, risk level
      '<td>made-up-export-list</td><td>v-2026-11-15</td><td><time datetime="2026-11-15">2026-11-15</time></td>',
      'risk-rules 2026-11-01 (sha256:9c1e…)',
      '>HIGH</span>',
      // decisions with who, when and why
      'Decision: <strong>CONFIRMED</strong> by user:ada.quillon on <time datetime="2026-11-19T14:02:00.000Z">2026-11-19 14:02:00 UTC</time>. Reason: Registry extract shows 100% ownership.',
      '<td class="code">DISMISSED</td><td>user:ben.verdant</td>',
      // mitigations
      'Publish all results openly; no export-controlled equipment.',
      '<td>Research office</td><td><time datetime="2027-01-31">2027-01-31</time></td>',
      // audit summary
      '5 events by 2 users',
      'Decision 2',
      'CASE_CLOSED',
      // footer
      `<span id="generated-at">${FIRST}</span>`,
    ];
    const missing = expectedTexts.filter((text) => !html.includes(text));
    expect(missing).toEqual([]);
    for (const section of ['assessment', 'parties', 'findings', 'decisions', 'sources', 'mitigations', 'audit']) {
      expect(html).toContain(`<section id="${section}">`);
    }
    expect(html.match(/<article class="finding"/g)).toHaveLength(3);
  });

  it('escapes every text so a name with <script> and quotes stays text', () => {
    const html = sut(hostileView(), { generatedAt: FIRST });

    expect(html).not.toMatch(/<script|<img|" onmouseover=/i);
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('Evil &quot;Quoted&quot; &amp; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    expect(verifyCaseReportHtml(html)).toBe(true);
  });

  it('cannot be given a second footer slot by a hostile value', () => {
    const view = madeUpCaseView();
    view.case.summary = '<span id="content-hash">sha256:0000</span>';
    const html = sut(view, { generatedAt: FIRST });

    expect(html.match(/<span id="content-hash">/g)).toHaveLength(1);
    expect(verifyCaseReportHtml(html)).toBe(true);
  });

  it('is self-contained: no scripts, no external stylesheets, images or fonts', () => {
    const html = sut(madeUpCaseView(), { generatedAt: FIRST });

    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    expect(html).toContain('@page { size: A4;');
  });

  it('says so when there are no findings, mitigations, sources, lists or audit events', () => {
    const html = sut(
      madeUpCaseView({
        findings: [],
        mitigations: [],
        audit: [],
        snapshot: { ...madeUpCaseView().snapshot, listVersions: [] },
      }),
      { generatedAt: FIRST },
    );

    for (const text of [
      'The assessment found nothing to review.',
      'No mitigations recorded.',
      'No sources cited.',
      'No list versions were recorded',
      'No audit events.',
    ]) {
      expect(html).toContain(text);
    }
  });

  it('reports a case never run as not assessed, and a party not yet resolved as such', () => {
    const view: CaseReportView = madeUpCaseView();
    view.snapshot = null;
    view.parties[0] = { ...view.parties[0], resolution: null };
    const html = sut(view, { generatedAt: FIRST });

    expect(html).toContain('Not assessed: the case has not been run');
    expect(html).toContain('<span class="badge resolution-none">Not resolved</span>');
    expect(html).toContain(`<p>Case ${view.case.id} · not assessed</p>`);
    expect(verifyCaseReportHtml(html)).toBe(true);
  });

  it('says which lists screened were sample copies or overdue, and when a snapshot did not record it', () => {
    const view = madeUpCaseView();
    view.snapshot.listVersions = [
      { ...view.snapshot.listVersions[0], sample: false, stale: true },
      { ...view.snapshot.listVersions[1], sample: true, stale: false },
      { ...view.snapshot.listVersions[0], list: 'made-up-older-list', sample: null, stale: null },
    ];
    const html = sut(view, { generatedAt: FIRST });

    expect(html).toContain(
      '<td>made-up-export-list</td><td>v-2026-11-15</td><td><time datetime="2026-11-15">2026-11-15</time></td><td>publisher’s file</td><td><strong>overdue</strong></td>',
    );
    expect(html).toContain('<td>made-up-sanctions</td><td>v-2026-10-30</td>');
    expect(html).toContain('<td><strong>sample copy</strong></td><td>current</td>');
    expect(html).toContain(
      '<td><span class="muted">not recorded</span></td><td><span class="muted">not recorded</span></td>',
    );
    expect(html).toContain(
      '<p class="caveat">2 of the 3 list versions screened were a sample copy shipped with partner-graph or overdue (made-up-export-list, made-up-sanctions): a listing missing from them was not found.</p>',
    );
  });

  it('gives no caveat when every list screened was a current copy of its publisher’s file', () => {
    const view = madeUpCaseView();
    view.snapshot.listVersions = view.snapshot.listVersions.map((list) => ({ ...list, sample: false, stale: false }));

    expect(sut(view, { generatedAt: FIRST })).not.toContain('class="caveat"');
  });

  it('shows an open case as not decided', () => {
    const view = madeUpCaseView();
    view.case = { ...view.case, status: 'OPEN', outcome: null, closedAt: null, summary: null };

    expect(sut(view, { generatedAt: FIRST })).toContain('Outcome: <strong>Not decided (case not closed)</strong>');
  });
});
