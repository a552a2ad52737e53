/**
 * User-visible manifest text in the three languages the app speaks.
 * Bokmål is the manifest's default language; nynorsk and English go into
 * localisation files in the package (see `localization.ts`).
 * App names come from the env file and are the same in every language.
 */

export type ManifestLanguage = 'nb-NO' | 'nn-NO' | 'en-US';

export interface ManifestStrings {
  readonly descriptionShort: string;
  readonly descriptionFull: string;
  readonly personalTabName: string;
  /** Display name of the task pane action (`openPage`). */
  readonly taskPaneName: string;
  readonly ribbonGroupLabel: string;
  /** Button on the appointment organizer ribbon: fills subject, time and body. */
  readonly organizerButtonLabel: string;
  readonly organizerSupertipTitle: string;
  readonly organizerSupertipDescription: string;
  /** Button when reading a message: opens the wheel beside it. */
  readonly readButtonLabel: string;
  readonly readSupertipTitle: string;
  readonly readSupertipDescription: string;
}

export const DEFAULT_LANGUAGE: ManifestLanguage = 'nb-NO';

export const MANIFEST_STRINGS: Readonly<Record<ManifestLanguage, ManifestStrings>> = {
  'nb-NO': {
    descriptionShort: 'VIGO-årshjulet: fylkets frister i opplæringen, rett i Teams og Outlook.',
    descriptionFull:
      'Årshjul for VIGO viser fristene i fylkeskommunens årshjul for videregående opplæring – inntak, ' +
      'formidling til læreplass, fag- og svenneprøver og mer – som et hjul over skoleåret. ' +
      'Se fristene i Teams, legg dem i Outlook-kalenderen og lag oppgaver i Planner for teamet. ' +
      'I Outlook kan du fylle ut en avtale eller møteinnkalling med en frist fra årshjulet.',
    personalTabName: 'Årshjul',
    taskPaneName: 'Årshjul',
    ribbonGroupLabel: 'Årshjul',
    organizerButtonLabel: 'Sett inn frist',
    organizerSupertipTitle: 'Fyll inn fra årshjulet',
    organizerSupertipDescription: 'Åpner årshjulet og fyller emne, tidspunkt og tekst i avtalen med en frist fra VIGO-årshjulet.',
    readButtonLabel: 'Vis årshjul',
    readSupertipTitle: 'Årshjul for VIGO',
    readSupertipDescription: 'Åpner årshjulet med fristene i VIGO ved siden av e-posten.',
  },
  'nn-NO': {
    descriptionShort: 'VIGO-årshjulet: fristane til fylket i opplæringa, rett i Teams og Outlook.',
    descriptionFull:
      'Årshjul for VIGO viser fristane i årshjulet til fylkeskommunen for vidaregåande opplæring – inntak, ' +
      'formidling til læreplass, fag- og sveineprøver og meir – som eit hjul over skuleåret. ' +
      'Sjå fristane i Teams, legg dei i Outlook-kalenderen og lag oppgåver i Planner for teamet. ' +
      'I Outlook kan du fylle ut ein avtale eller ei møteinnkalling med ein frist frå årshjulet.',
    personalTabName: 'Årshjul',
    taskPaneName: 'Årshjul',
    ribbonGroupLabel: 'Årshjul',
    organizerButtonLabel: 'Set inn frist',
    organizerSupertipTitle: 'Fyll inn frå årshjulet',
    organizerSupertipDescription: 'Opnar årshjulet og fyller emne, tidspunkt og tekst i avtalen med ein frist frå VIGO-årshjulet.',
    readButtonLabel: 'Vis årshjul',
    readSupertipTitle: 'Årshjul for VIGO',
    readSupertipDescription: 'Opnar årshjulet med fristane i VIGO ved sida av e-posten.',
  },
  'en-US': {
    descriptionShort: "The VIGO annual wheel: the county's education deadlines in Teams and Outlook.",
    descriptionFull:
      "Årshjul for VIGO shows the deadlines in the county's annual wheel for upper secondary education – " +
      'admissions, apprenticeship placement, trade and journeyman examinations and more – as a wheel over the school year. ' +
      'See the deadlines in Teams, add them to your Outlook calendar and create Planner tasks for the team. ' +
      'In Outlook you can fill in an appointment or meeting request from a deadline in the wheel.',
    personalTabName: 'Annual wheel',
    taskPaneName: 'Annual wheel',
    ribbonGroupLabel: 'Annual wheel',
    organizerButtonLabel: 'Insert deadline',
    organizerSupertipTitle: 'Fill in from the annual wheel',
    organizerSupertipDescription:
      "Opens the annual wheel and fills the appointment's subject, time and body with a deadline from the VIGO wheel.",
    readButtonLabel: 'Show annual wheel',
    readSupertipTitle: 'Årshjul for VIGO',
    readSupertipDescription: 'Opens the annual wheel with the VIGO deadlines next to the message.',
  },
};
