// Where to get help: helplines, authorities and hashing services, per country, with the facts the
// project's notes give (../shared/notes/legal-and-platforms.md, sections 4, 5 and 10). Names, numbers
// and addresses are facts and stay as the organisation writes them; what each one does is said in
// our own words through _locales (`what`). `confidence` is the notes' tag for the contact details:
// official (the organisation says so), third_party (only another source does), unconfirmed.
// Re-check before a release: numbers and pages change.

// `for`: who it is meant for — adults, minors (images taken under 18) or all.
// `phones`: [{number, dial (for a tel: link), label: i18n key, hours?: {key, args}}].
// `url` may differ per language ({nl, en}); the first one given is the fallback.
export const EVERYWHERE = 'everywhere';

export const HELPLINES = {
  NL: [
    {
      id: 'politie',
      name: 'Politie',
      what: 'helpWhat_politie',
      for: 'all',
      url: { nl: 'https://www.politie.nl/', en: 'https://www.politie.nl/en' },
      phones: [
        { number: '112', dial: '112', label: 'helpPhoneEmergency' },
        { number: '0900-8844', dial: '09008844', label: 'helpPhoneNonEmergency', hours: { key: 'helpHoursAlways' } },
      ],
      confidence: 'third_party',   // the numbers: slachtofferrechten.nl; the site: politie.nl itself
    },
    {
      id: 'helpwanted',
      name: 'Helpwanted (Offlimits)',
      what: 'helpWhat_helpwanted',
      for: 'all',
      url: { nl: 'https://www.helpwanted.nl/', en: 'https://helpwanted.nl/en' },
      phones: [{ number: '020-261 52 75', dial: '+31202615275', label: 'helpPhone' }],
      confidence: 'official',
    },
    {
      id: 'slachtofferhulp',
      name: 'Slachtofferhulp Nederland',
      what: 'helpWhat_slachtofferhulp',
      for: 'all',
      url: { nl: 'https://www.slachtofferhulp.nl/' },
      phones: [{ number: '0900-0101', dial: '09000101', label: 'helpPhone' }],
      // Not in the notes yet: politie.nl/themas/slachtofferhulp.html and slachtofferhulp.nl give the number.
      confidence: 'official',
    },
    {
      id: 'ap',
      name: 'Autoriteit Persoonsgegevens',
      what: 'helpWhat_ap',
      for: 'all',
      url: {
        nl: 'https://www.autoriteitpersoonsgegevens.nl/themas/internet-slimme-apparaten/beeldmateriaal/deepfakes',
        en: 'https://www.autoriteitpersoonsgegevens.nl/en/node/93/visual-material/deepfakes',
      },
      phones: [{ number: '088-1805 250', dial: '+31881805250', label: 'helpPhone' }],
      confidence: 'official',
    },
  ],
  GB: [
    {
      id: 'revenge-porn-helpline',
      name: 'Revenge Porn Helpline (SWGfL)',
      what: 'helpWhat_revenge_porn_helpline',
      for: 'adults',
      url: { en: 'https://revengepornhelpline.org.uk/' },
      phones: [{ number: '0345 6000 459', dial: '+443456000459', label: 'helpPhone', hours: { key: 'helpHoursWeekdays', args: ['10:00', '16:00'] } }],
      confidence: 'official',
    },
  ],
  [EVERYWHERE]: [
    {
      id: 'stopncii',
      name: 'StopNCII.org',
      what: 'helpWhat_stopncii',
      for: 'adults',
      url: { en: 'https://stopncii.org/' },
      phones: [],
      confidence: 'official',
    },
    {
      id: 'takeitdown',
      name: 'Take It Down (NCMEC)',
      what: 'helpWhat_takeitdown',
      for: 'minors',
      url: { en: 'https://takeitdown.ncmec.org/' },
      phones: [{ number: '1-800-THE-LOST', dial: '+18008435678', label: 'helpPhoneUS' }],
      confidence: 'official',
    },
  ],
};

// The emergency number to name at the top of the page, where the notes give it.
export const EMERGENCY_NUMBERS = { NL: '112' };

export const countriesWithHelplines = () => Object.keys(HELPLINES).filter((code) => code !== EVERYWHERE);

// The entries for a country: its own first, then those that work everywhere.
export function helplinesFor(country) {
  return { local: HELPLINES[country] ?? [], everywhere: HELPLINES[EVERYWHERE] };
}

export function urlFor(entry, lang) {
  return entry.url[lang] ?? Object.values(entry.url)[0];
}
