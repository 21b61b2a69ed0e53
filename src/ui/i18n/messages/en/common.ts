export default {
  'common.yes': 'Yes',
  'common.no': 'No',
  'warning.W-1': 'The Unimpresa–Confail agreement expired on 14 March 2024 and no renewal was found: the app treats it as still applied (ultrattività). Check for a newer text.',
  'warning.W-2': 'Some figures come from the Confcommercio TDS agreement (sales operators section) because the Unimpresa article is not available: they are an interpretation.',
  'warning.W-3': 'Only agreements signed by the comparatively most representative unions may depart from the legal caps (art. 51 D.Lgs. 81/2015), and INL circular 3/2018 tells inspectors to disregard other agreements’ clauses. Whether Unimpresa/Confail qualify is unknown: the statutory result is the safe answer.',
  'warning.W-4': 'This is a calculation aid, not legal advice: company or individual agreements may give better terms. In doubtful cases ask a labour consultant.',
} satisfies Record<string, string>;
