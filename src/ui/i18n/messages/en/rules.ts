// "Rules and sources" page: interpretation decisions, known gaps and limits of each calculator (RULES.md).
// Loaded with that page only (src/ui/pages/rules-messages.ts), never in the first-load bundle.
export default {
  'rules.ruleset.version': 'Rules version',
  'rules.ruleset.reviewed': 'Last reviewed',
  'rules.cnel.notRecorded': 'not recorded (gap G13)',
  'rules.cnel.notApplicable': 'not applicable: not a collective agreement',

  'rules.disclaimer.title': 'Disclaimer',
  'rules.disclaimer.text':
    'This app is a calculation aid, not legal advice, and it does not replace a labour consultant, a lawyer or a trade union. Company or individual agreements may give better terms, and a renewal of the agreement or a new law may change the figures. Before you decide, have your case checked by a professional.',

  'rules.statuses.title': 'How to read the labels on figures',
  'rules.statuses.intro': 'Next to every figure the app says where it comes from, with one of these three labels.',
  'rules.statuses.origin': 'Where a figure comes from',
  'rules.status.seed.more': 'The CCNL article it is taken from is shown next to it.',
  'rules.status.cited-source.more': 'The source title and link are shown next to it; if the source is secondary, check the official text.',
  'rules.status.inferred.more': 'The reason for the choice and what to check are shown next to it: do not treat it as certain.',
  'rules.status.notCovered.label': 'Not covered',
  'rules.status.notCovered.explain':
    'The chosen agreement has no rule for this question: the app gives no number and says where to look (the applicable CCNL, a labour consultant).',
  'rules.flags.title': 'Additional warnings',
  'rules.flags.intro': 'A label may come with one or more of these warnings.',
  'rules.flag.single-source.explain': 'The figure appears in one source only: no other source confirms it.',
  'rules.flag.verify.explain': 'The figure comes from a secondary transcription: compare it with the official text.',
  'rules.flag.contested.explain': 'Sources give different answers: the app follows the one shown and says so.',
  'rules.flag.practice.explain': 'Common payroll practice, not a rule written in the law or the agreement.',
  'rules.flag.statute-text-not-checked.explain': 'The official text of the law was not read during research (gap G8): check it on Normattiva.',

  'rules.decisions.title': 'Interpretation decisions',
  'rules.decisions.intro':
    'Where the law, the CCNLs and the sources leave a point open, the app follows these project choices. They are interpretations, not settled rules: each one gives its reason and the sources it rests on.',
  'rules.decisions.group': '{name}: {count} decisions',
  'rules.group.general': 'General rules',
  'rules.reasonLabel': 'Why:',
  'rules.sourcesLabel': 'Sources:',
  'rules.noSources': 'no specific source (a method choice of the project)',

  'rules.decision.D-GEN-1.text':
    'For the Unimpresa CCNL, figures its text does not give (notice, probation, leave, permits, seniority steps) are those of the Confcommercio TDS sales-operator section, marked as interpretation.',
  'rules.decision.D-GEN-1.reason': 'The available text omits those articles, and its wording mirrors the TDS sales-operator section.',
  'rules.decision.D-GEN-2.text': 'Under “Law only”, where the law sets no figure the answer is “not covered”, with an explanation.',
  'rules.decision.D-GEN-2.reason': 'The law leaves the figure to the collective agreement (e.g. art. 2118 of the Civil Code for notice).',
  'rules.decision.D-GEN-3.text': 'Every interpretation is shown with how reliable it is: label and warnings.',
  'rules.decision.D-GEN-3.reason': 'Users must be able to tell a figure read in a text from a choice made by the project.',
  'rules.decision.D-GEN-4.text':
    'A missing value, a value of the wrong type or outside its list is an “invalid value”; a number outside its allowed range, or a leave period spanning two years, is “out of range”.',
  'rules.decision.D-GEN-4.reason': 'You must know whether to fix the form or the figure, and each test case must expect one kind of error.',

  'rules.decision.D-NP-1.text':
    'Sales operators: the same notice figures in the Unimpresa CCNL and in TDS (30, 45 or 60 days); the resignation figures have a single source.',
  'rules.decision.D-NP-1.reason':
    'Unimpresa Art. 53 is omitted; the TDS table is the closest published rule, and only one source gives the resignation figures.',
  'rules.decision.D-NP-2.text':
    'Band 1 up to and including the 5th anniversary of hiring; band 2 from the next day up to and including the 10th anniversary; band 3 afterwards.',
  'rules.decision.D-NP-2.reason': '“5 completed years” are reached, not exceeded, on the anniversary itself.',
  'rules.decision.D-NP-3.text': 'For someone hired on 29 February, the anniversary falls on 28 February in non-leap years.',
  'rules.decision.D-NP-3.reason': 'A year of service must also end in non-leap years; the last day of February is the usual civil convention.',
  'rules.decision.D-NP-4.text': 'Years of service are the completed years between hiring and the day the notice is received.',
  'rules.decision.D-NP-4.reason': 'The CCNL tables speak of “completed years of service”.',
  'rules.decision.D-NP-5.text': 'In both CCNLs the notice starts on the first 1st or 16th of a month after the day of receipt, never on that day itself.',
  'rules.decision.D-NP-5.reason': 'The TDS rule counts from the first useful day after receipt; the Unimpresa text is unknown.',
  'rules.decision.D-NP-6.text': 'Last day of employment = start + notice days − 1 + days of leave taken during the notice.',
  'rules.decision.D-NP-6.reason': 'Art. 2109 of the Civil Code: the notice period cannot count as leave, so leave suspends it.',
  'rules.decision.D-NP-7.text': 'During probation or for just cause no notice is owed: zero days, no dates.',
  'rules.decision.D-NP-7.reason': 'Arts. 2096 and 2119 of the Civil Code allow withdrawal without notice in these cases.',
  'rules.decision.D-NP-8.text': 'Under “Law only” the notice length is “not covered”.',
  'rules.decision.D-NP-8.reason': 'Art. 2118 of the Civil Code sets no length: it leaves it to collective agreements, custom or equity.',

  'rules.decision.D-LV-1.text': 'In both CCNLs annual leave is 26 working days a year, counted on a 6-day week.',
  'rules.decision.D-LV-1.reason': 'It is the TDS figure (union sheet and consultants); Unimpresa Art. 35 is omitted except for one paragraph.',
  'rules.decision.D-LV-2.text': 'Each calendar month counts as one twelfth when the period covers at least 15 of its days.',
  'rules.decision.D-LV-2.reason': 'TDS uses a “15-day accrual”; other CCNLs say “more than 15”, so the threshold is flagged.',
  'rules.decision.D-LV-3.text':
    'CCNL leave = 26 × months/12 × factor: 1 for full-time and horizontal part-time, days per week/6 for vertical part-time.',
  'rules.decision.D-LV-3.reason':
    'Art. 7 of Legislative Decree 81/2015: a vertical part-timer works fewer days of the 6-day week, a horizontal one works every day for fewer hours.',
  'rules.decision.D-LV-4.text':
    'CCNL permits: 32 hours for abolished holidays; ROL 56 hours up to 15 employees, 72 above. For hires after 26 February 2011, ROL accrue at 0%, 50% or 100% by completed years on the 1st of each month.',
  'rules.decision.D-LV-4.reason':
    'The TDS permit clause (with the ramp introduced by the 2011 renewal) and part-time pro-rating (art. 7 of Legislative Decree 81/2015).',
  'rules.decision.D-LV-5.text': 'When the company headcount is missing, ROL are not computed and the app asks for it.',
  'rules.decision.D-LV-5.reason': 'ROL depend on company size: a guess would be wrong for many users.',
  'rules.decision.D-LV-6.text':
    'Under “Law only” leave is 4 weeks: 4 × working days per week (5 if not given) × months/12; permits are not computed.',
  'rules.decision.D-LV-6.reason': 'Art. 10 of Legislative Decree 66/2003 sets 4 weeks, not a number of days, and the law gives no paid permit hours.',

  'rules.decision.D-SC-1.text': 'In both CCNLs: one step every 3 years, at most 10.',
  'rules.decision.D-SC-1.reason': 'TDS art. 192 (now 205); Unimpresa Art. 42 is omitted.',
  'rules.decision.D-SC-2.text':
    'Seniority counts from hiring when hired on the 1st of a month, otherwise from the 1st of the next month; each step is paid from the 1st of the month after the three years are completed.',
  'rules.decision.D-SC-2.reason':
    'Commerce practice pays a step from the month after the three years, and counts the month of hiring only for those hired on the 1st.',
  'rules.decision.D-SC-3.text': 'Amounts per level from the TDS table; the sales-operator amounts must be checked.',
  'rules.decision.D-SC-3.reason': 'TDS amounts have not changed since 1990; the sales-operator amounts come only from a secondary transcription.',
  'rules.decision.D-SC-4.text': 'Under “Law only” seniority steps are “not covered”.',
  'rules.decision.D-SC-4.reason': 'No law provides seniority steps: they exist only in collective agreements.',
  'rules.decision.D-SC-5.text':
    'Levels hired before 28 March 1987 and sales operators hired before 1 June 1995: “not covered”. Someone hired on that very day is covered.',
  'rules.decision.D-SC-5.reason':
    'For them seniority starts from a conventional date (also tied to age) on which sources disagree: counting from hiring would be wrong.',

  'rules.decision.D-FT-1.text': 'In fixed-term quotas decimals of 0.5 or more round up, others round down (7.5 → 8).',
  'rules.decision.D-FT-1.reason': 'Art. 23(1) of Legislative Decree 81/2015 says so; it is applied to the CCNL by interpretation.',
  'rules.decision.D-FT-2.text':
    'Unimpresa CCNL: fixed-term 20% (at least 4 up to 15 employees, 6 from 16 to 30), agency 15% (at least 2 or 5), 6 together up to 15 employees; 28% when offsetting between units.',
  'rules.decision.D-FT-2.reason': 'CCNL Arts. 21 and 23: the numbers valid “in any case” are read as guaranteed minimums, also when offsetting.',
  'rules.decision.D-FT-3.text':
    'By law: fixed-term 20% of the whole company’s permanent staff on 1 January (at least 1 up to 5 employees); 30% together with agency work, never below the fixed-term cap.',
  'rules.decision.D-FT-3.reason': 'Arts. 23(1) and 31(2) of Legislative Decree 81/2015; Ministry circular 18/2014 puts the base at company level.',
  'rules.decision.D-FT-4.text': 'Under the TDS CCNL the quotas are “not covered” for now.',
  'rules.decision.D-FT-4.reason': 'The TDS quota clauses have not been researched: refusing beats guessing.',
  'rules.decision.D-FT-5.text':
    'Fine: months, plus one if the extra days are more than 15; 20% of monthly pay per month if at most one worker is over the cap, 50% if more than one.',
  'rules.decision.D-FT-5.reason': 'Art. 23(4) of Legislative Decree 81/2015: a month or a fraction over 15 days; one or more workers over the cap.',
  'rules.decision.D-FT-6.text': 'The statutory result is always shown beside the CCNL result, with a warning when the CCNL allows more.',
  'rules.decision.D-FT-6.reason':
    'Art. 51 of Legislative Decree 81/2015 and INL circular 3/2018: the departure holds only if the signatories are the most representative, which is not established.',

  'rules.decision.D-MON-1.text':
    'Conditions are checked in a fixed order and the first one that holds decides: no monitoring possible, attendance recorder, per-operator monitoring, CRM that only matches the call to the customer, tool needed to do the work, purpose of checking performance; otherwise an agreement or authorisation is needed.',
  'rules.decision.D-MON-1.reason':
    'It follows art. 4 of the Workers’ Statute and the Inspectorate’s restrictive reading: per-operator monitoring is never a “work tool”.',
  'rules.decision.D-MON-2.text':
    'Procedure: agreement with the RSA or RSU, if any; alternatively, with units in several provinces, agreement with the national unions; without an agreement, authorisation from the territorial Inspectorate, or from the INL head office if several Inspectorates are competent.',
  'rules.decision.D-MON-2.reason':
    'Art. 4(1) of the Workers’ Statute as amended in 2015–2016: agreement first, then authorisation, from the head office when several Inspectorates are involved.',
  'rules.decision.D-MON-3.text':
    'The duty to inform workers in writing applies when the outcome is “work tool” or “agreement required”; likely refusal concerns per-operator monitoring only.',
  'rules.decision.D-MON-3.reason':
    'Comma 3 governs the use of data from the tools of commi 1 and 2; outside art. 4 only the GDPR applies, and a tool that is not permitted must not be used at all.',

  'rules.gaps.title': 'Known gaps',
  'rules.gaps.intro': 'What is missing from the research behind the app, and how the app takes it into account.',
  'rules.gap.missingLabel': 'What is missing:',
  'rules.gap.consequenceLabel': 'Effect in the app:',
  'rules.gap.G1.title': 'Omitted Unimpresa CCNL articles',
  'rules.gap.G1':
    'The available text omits the articles on classification (15), probation (17, 22), leave and permits (35, except “Irrinunciabilità”), seniority and training (42–45), pay, guarantee element, commissions, 13th and 14th month (48–51), notice (53), severance pay (54) and fixed-term contracts in tourist areas, new activities and precedence (25–27). The full texts could not be found.',
  'rules.gap.G1.consequence': 'Those figures are the TDS sales-operator figures, marked as interpretation, with a warning that they come from another agreement.',
  'rules.gap.G2.title': '1978 and 1988 travelling-salesmen CCNLs',
  'rules.gap.G2': 'Only the first articles of the Confcommercio travelling-salesmen CCNLs of 1978 and 1988 could be read.',
  'rules.gap.G2.consequence': 'The TDS figures are used; the classification is confirmed by the 1988 text and the 2021 summary.',
  'rules.gap.G3.title': 'Sales-operator resignation',
  'rules.gap.G3': 'The sales-operator resignation notice comes from a single source; the union sheet gives them only dismissal and probation.',
  'rules.gap.G3.consequence': '“One source only” warning; the dismissal figures are used.',
  'rules.gap.G4.title': 'Seniority step amounts',
  'rules.gap.G4':
    'TDS seniority amounts other than level IV (including the sales-operator €15.50 and €14.46) come from a secondary transcription of the union’s coordinated text.',
  'rules.gap.G4.consequence': '“Secondary source – check the official text” warning.',
  'rules.gap.G5.title': 'Unimpresa fixed-term quotas',
  'rules.gap.G5':
    'Unimpresa Arts. 21 and 23: unclear rounding, unclear meaning of “staff … in the previous year”, unclear whether the minimums add to or replace the percentage, and unclear what the garbled Art. 24 says.',
  'rules.gap.G5.consequence': 'Decisions D-FT-1 and D-FT-2, marked as interpretation; the statutory result is always shown.',
  'rules.gap.G6.title': 'Representativeness of the Unimpresa signatories',
  'rules.gap.G6': 'It is unknown whether Unimpresa and Confail are comparatively most representative (art. 51 of Legislative Decree 81/2015).',
  'rules.gap.G6.consequence': 'In fixed-term results a warning says the statutory cap is the safe answer.',
  'rules.gap.G7.title': 'Renewal of the Unimpresa CCNL',
  'rules.gap.G7': 'No renewal of the 2021 Unimpresa CCNL, which expired on 14 March 2024, was found.',
  'rules.gap.G7.consequence': 'Every Unimpresa result warns that the agreement has expired and is treated as still applied (ultrattività).',
  'rules.gap.G8.title': 'Statute texts not read',
  'rules.gap.G8':
    'Not read word for word: art. 4(3) of the Workers’ Statute; art. 5 of Legislative Decree 185/2016; arts. 38 and 40 of Legislative Decree 81/2015; art. 18-bis of Legislative Decree 66/2003; arts. 2096 and 2119 of the Civil Code; GDPR arts. 13, 35, 83 and 88; the Garante guidelines of 1 March 2007.',
  'rules.gap.G8.consequence': 'The figures concerned carry the “Statute text not yet checked” warning: compare them with the official text.',
  'rules.gap.G9.title': 'Sickness during a resignation notice; ROL for sales operators',
  'rules.gap.G9':
    'The effect of sickness on a resignation notice is unclear, and so is whether ROL apply to sales operators at all: their working time is not measured like office staff’s, and Art. 33 is omitted.',
  'rules.gap.G9.consequence': 'A warning in the notice result; ROL are computed as in TDS, with a warning for sales operators.',
  'rules.gap.G10.title': 'No published worked examples',
  'rules.gap.G10': 'There are no published worked answers for seniority counts, fixed-term fines or Unimpresa quotas.',
  'rules.gap.G10.consequence': 'The test cases for these calculations are derived from the rules, not checked against published examples.',
  'rules.gap.G11.title': 'INL circulars read in summary',
  'rules.gap.G11': 'Only summaries of INL circulars 4/2017 and 2/2016 were read; they agree.',
  'rules.gap.G11.consequence': 'They are presented as the Inspectorate’s position, not as law.',
  'rules.gap.G12.title': 'TDS fixed-term quotas',
  'rules.gap.G12': 'The TDS clauses on fixed-term and agency quotas were not researched.',
  'rules.gap.G12.consequence': 'Under the TDS CCNL the quotas are “not covered” (D-FT-4).',
  'rules.gap.G13.title': 'Codes and links not recorded',
  'rules.gap.G13': 'The CNEL code of the Unimpresa CCNL and the official links of the INL circulars and Garante documents were not recorded.',
  'rules.gap.G13.consequence': 'The source list says “No link recorded”: the data must be completed before release.',
  'rules.gap.G14.title': 'Optional inputs often left out',
  'rules.gap.G14':
    'Two statutory answers depend on optional inputs users often leave out: working days per week (leave) and the whole company’s permanent staff (fixed-term base).',
  'rules.gap.G14.consequence': '5 days and the unit’s staff are assumed, and the app says which value it used.',
  'rules.gap.G15.title': 'Seniority of long-serving staff',
  'rules.gap.G15':
    'For staff hired before 28 March 1987 (levels) or 1 June 1995 (sales operators) seniority starts from conventional dates and age rules on which sources disagree.',
  'rules.gap.G15.consequence': '“Not covered” answer (D-SC-5).',

  'rules.caveats.title': 'Remaining caveats',
  'rules.caveat.1':
    'Permits in vertical part-time: the app pro-rates by days (days/6). Pro-rating by hours would differ (3 days on a 5-day, 40-hour week: 50% instead of 60%), so the factor stays an interpretation.',
  'rules.caveat.2': 'Unimpresa Art. 24 (“Limiti percentuali”) is garbled and has no figure: the quotas rest on Arts. 21 and 23.',
  'rules.caveat.3':
    'Some TDS figures are weaker than others: sales-operator seniority amounts (to be checked), the exact wording of the seniority month rule (interpretation), sales-operator resignation (one source only) and the part-time factors (interpretation). That is why the label goes with each figure, not with the agreement.',

  'rules.outOfScope.title': 'What the calculators do not cover',
  'rules.outOfScope.intro':
    'For these questions the app gives no answer, or shows only a warning: check the applicable CCNL or ask a labour consultant.',
  'rules.outOfScope.group': '{name}: {count} items',
  'rules.outOfScope.notice.1': 'The notice length under “Law only”: the law does not set it (not covered).',
  'rules.outOfScope.notice.2': 'Fixed-term contracts: art. 2118 of the Civil Code concerns open-ended contracts, and the calculator assumes one.',
  'rules.outOfScope.notice.3': 'Suspension for sickness, injury or other protected periods: the app warns but does not compute it.',
  'rules.outOfScope.notice.4': 'Roles or CCNLs other than those listed.',
  'rules.outOfScope.notice.5': 'The exact amount of the indemnity in lieu of notice: if you enter the monthly pay the app gives only an estimate.',
  'rules.outOfScope.notice.6':
    'The 15-day notice in Unimpresa Art. 14 is for withdrawing from a smart-working agreement, not from employment: it is never used here.',
  'rules.outOfScope.leave.1': 'Paid permits under “Law only”: the law provides none, and the app says so.',
  'rules.outOfScope.leave.2': 'Balances of leave taken and accrued, carry-over, payment of unused hours and the money value of leave.',
  'rules.outOfScope.leave.3':
    'Unpaid absences that reduce accrual, 39- or 38-hour weeks and mixed part-time (days as in vertical, pay as in horizontal).',
  'rules.outOfScope.leave.4': 'Union permits (Unimpresa Art. 6), the Art. 34 replacement rest and any other kind of leave.',
  'rules.outOfScope.leave.5': 'Periods spanning two calendar years: split them into two calculations.',
  'rules.outOfScope.seniority.1': 'Seniority steps under “Law only”: no law provides them (not covered).',
  'rules.outOfScope.seniority.2': 'Promotions and changes of level.',
  'rules.outOfScope.seniority.3': 'Part-time amounts: the amount shown is the full-time one.',
  'rules.outOfScope.seniority.4': 'Suspension periods that do not count for seniority, such as unpaid leave.',
  'rules.outOfScope.seniority.5':
    'Conventional start dates for levels hired before 28 March 1987 and sales operators hired before 1 June 1995 (not covered, D-SC-5).',
  'rules.outOfScope.seniority.6': '“Scatti di competenza”, i.e. accrued fractions of a step.',
  'rules.outOfScope.seniority.7': 'Arrears.',
  'rules.outOfScope.fixed-term.1': 'TDS CCNL quotas (not covered).',
  'rules.outOfScope.fixed-term.2': 'Counting current contracts and any excess: you enter the figures.',
  'rules.outOfScope.fixed-term.3': 'Deciding which contracts are exempt from the caps.',
  'rules.outOfScope.fixed-term.4': 'Checks on duration, reasons, extensions and gaps between contracts.',
  'rules.outOfScope.fixed-term.5': 'The amount of the art. 40 fine (Legislative Decree 81/2015) for agency work over the caps.',
  'rules.outOfScope.fixed-term.6': 'Unimpresa Arts. 22 and 25–27, omitted in the available text.',
  'rules.outOfScope.monitoring.1': 'Defensive checks after a well-founded suspicion.',
  'rules.outOfScope.monitoring.2': 'A full GDPR compliance review.',
  'rules.outOfScope.monitoring.3': 'Garante rules specific to biometrics and video surveillance, beyond the outcome shown.',
  'rules.outOfScope.monitoring.4':
    'Webcam checks in smart working (Unimpresa Art. 14): allowed only within art. 4 limits and proportionately; the app shows them only as information.',
  'rules.outOfScope.monitoring.5': 'Computing the sanctions for a specific case.',
  'rules.outOfScope.probation.1': 'The probation length under "Law only" for open-ended contracts: the law sets only a six-month ceiling (not covered); fixed-term contracts started before 12 January 2025; hires before 2001.',
  'rules.outOfScope.probation.2': 'Whether the probation clause is valid (written form, specific tasks) and a shorter probation agreed in the individual contract: the calculator gives the CCNL or statutory maximum.',
  'rules.outOfScope.probation.3': 'Successive or renewed contracts for the same tasks (no new probation): information only.',
  'rules.outOfScope.probation.4': 'Vertical part-time, weekly rest on a day other than Sunday, work on Sundays or holidays, company closures and the local patron saint’s day.',
  'rules.outOfScope.probation.5': 'Apprentices (TDS art. 51 uses the table of the target level), executives, other roles and other agreements; the R.D.L. 1825/1924 limits for some employees (not researched).',
  'rules.outOfScope.probation.6': 'The text of Unimpresa arts. 17 and 22 (titles only).',
  'rules.outOfScope.comporto.1': 'Sick-leave protection under "Law only": art. 2110 of the Civil Code sets no number of days (not covered).',
  'rules.outOfScope.comporto.2': 'Sick pay (INPS and the agreement’s top-up), certificates, medical checks, hospital stays and relapses.',
  'rules.outOfScope.comporto.3': 'The effect on later windows of the 120-day unpaid leave or of the L. 106/2025 leave; the leave for the whole of an injury.',
  'rules.outOfScope.comporto.4': 'A different protection period for disability, excluding life-saving therapy days, the proportional part-time period (text only).',
  'rules.outOfScope.comporto.5': 'Turning sick days into paid leave at the worker’s request; sickness during leave or notice (see Notice).',
  'rules.outOfScope.comporto.6': 'Other agreements, "comporto secco" rules, periods stated in months.',
  'rules.outOfScope.comporto.7': 'The text of Unimpresa arts. 39–41 (titles only).',

  'rules.sources.group.A': 'Codes and statutes',
  'rules.sources.group.B': 'Circulars, opinions and decisions',
  'rules.sources.group.C': 'Case law',
  'rules.sources.group.D': 'Collective agreements and seed texts',
  'rules.sources.group.E': 'Worked examples and practice notes',
  'rules.sources.groupCount': '{name}: {count} sources',
  // Revision 2 (RULES.md section 11)
  'rules.revision2.title': 'Rules revision 2 (1 December 2026): what changed and why',
  'rules.revision2.intro': 'Every figure was checked again against published sources and the calculations were compared with an independent second implementation. Results saved or shared with the earlier rules say so.',
  'rules.revision2.item.1': 'Fine for fixed-term contracts over the cap: the monthly amount per worker is rounded to the euro before it is multiplied by workers and months, as the Labour Inspectorate does (for example €1,029, not €1,030.22).',
  'rules.revision2.item.2': 'Confcommercio Terziario agreement: the gradual ROL permits apply to staff hired from 1 March 2011, per Confcommercio’s note on the renewal; one source says "after 26 February 2011", and the figure is marked as disputed.',
  'rules.revision2.item.3': 'Terziario seniority steps: the amounts for levels Quadro to VII are confirmed by a second published table; only the sales operators’ amounts remain to be checked.',
  'rules.revision2.item.4': 'Remote monitoring: that the Inspectorate’s decisions are final is now read in the law in force, no longer an interpretation.',
  'rules.revision2.item.5': 'No blank answers after an agreement’s term ends: a collective agreement stays in force until renewed, so after 31 March 2027 the app keeps applying the Terziario figures with a warning; a renewal will become a new dated row.',
  'rules.revision2.item.6': 'Impossible data clearly refused: dates before 1900 or after 2199, numbers over one billion and more than 366 days of leave during notice; an optional field left empty counts as not given; above 50 years of service the app asks to check the hire date.',
  'rules.revision2.item.7': 'Fixed-term contracts under the Confcommercio Terziario agreement: the caps are now computed (20% fixed-term, 15% agency, 28% together, with the "in ogni caso" minimums), read in a transcription to check against the official text.',
  'rules.revision2.item.8': 'Unimpresa agreement: above 15 employees there is also a combined 28% cap for fixed-term and agency workers, an interpretation of an article whose figure is missing from the text.',
  'rules.revision2.item.9': 'Unimpresa agreement: the main result is the "safe answer", for each cap the lower of the agreement and the law, because whether that agreement may depart from the legal caps is unknown.',
  'rules.revision2.item.10': 'Warnings about an agreement’s expiry appear only with that agreement, and never in remote monitoring, which does not depend on an agreement.',
} satisfies Record<string, string>;
