/** The shape of every UI string set; ko.ts and en.ts must both satisfy it. */
export interface Messages {
  siteName: string;
  siteTagline: string;
  skipToContent: string;
  quickExit: string;
  quickExitHint: string;
  languageSwitch: string;
  languageSwitchLabel: string;
  nav: Record<'home' | 'whatHappened' | 'crimeTypes' | 'locker' | 'awareness' | 'organisations' | 'safety' | 'about', string>;
  locker: { title: string; lead: string };
  navLabel: string;
  /**
   * The link at the top of each page that stands in for Back (which leaves Jikim, decision 0013):
   * `start` without a page opened before in this tab; `page` names the page before ({page}).
   */
  previous: { start: string; page: string };
  footerNote: string;
  emergencyTitle: string;
  emergencyBody: string;
  call: string;
  website: string;
  hours: string;
  helpsWith: string;
  seeAllOrganisations: string;
  home: {
    title: string;
    lead: string;
    whatHappenedTitle: string;
    entries: Record<'filmed' | 'online' | 'threat' | 'saw', { title: string; body: string }>;
    planTitle: string;
    planBody: string;
    planLink: string;
    /** "Protect my images" (/protect). */
    protectTitle: string;
    protectBody: string;
    protectLink: string;
    learnTitle: string;
  };
  crimeTypes: { title: string; lead: string; typesTitle: string; guideLink: string };
  scenario: { stepsTitle: string; stepLabel: string; contactsTitle: string; police: string; relatedType: string; otherGuides: string; lockerNote: string; protectNote: string };
  awareness: { title: string; lead: string };
  organisations: { title: string; lead: string };
  safety: {
    title: string;
    lead: string;
    /** Shown only when JavaScript is off: what that means for history and quick exit. */
    noScript: string;
    sections: readonly {
      title: string;
      paragraphs: readonly string[];
      /** What stays on the device after each action, one list per action. */
      actions?: readonly { title: string; items: readonly string[] }[];
    }[];
  };
  about: { title: string; paragraphs: readonly string[]; sourcesTitle: string; sourcesLead: string };
  notFound: { title: string; body: string; homeLink: string };
  plan: {
    title: string;
    lead: string;
    privacy: string;
    noScript: string;
    progress: string;
    next: string;
    back: string;
    showPlan: string;
    startOver: string;
    print: string;
    chooseOne: string;
    q1: { legend: string; hint: string; options: Record<'found-camera' | 'filmed' | 'images-online' | 'threatened' | 'saw-material', string> };
    q2: { legend: string; options: Record<'yes' | 'no' | 'unsure', string> };
    q3: { legend: string; hint: string; options: Record<'yes' | 'no', string> };
    resultTitle: string;
    resultLead: string;
    /** Screen only: the ticks are kept in this tab. */
    resultTicks: string;
    /** `{date}`: the day the plan was made, in the page's language. */
    madeOn: string;
    /** Screen only: from the plan back to the last question. */
    previousQuestion: string;
    dangerTitle: string;
    dangerBody: string;
    stationKnown: string;
    stationUnknown: string;
    sawTitle: string;
    sawSteps: readonly string[];
    contactsTitle: string;
    printedNote: string;
  };
}
