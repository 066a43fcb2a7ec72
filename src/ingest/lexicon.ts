/**
 * The genre's vocabulary: words that mark people, institutions, events, titles and talks in reports on
 * standardisation events. Rules elsewhere combine these; nothing here names a particular report.
 */

/** Common Chinese family names in pinyin (reports write them upper-case: "LIU Xiangang"). */
export const CHINESE_SURNAMES = new Set(
  (
    'an bai bao bi bian cai cao cen chang chen cheng chu cui dai deng ding dong du duan fan fang feng fu gao ' +
    'ge geng gong gu guan guo han hao he hong hou hu hua huang ji jia jiang jin kang kong lai lan lei li lian ' +
    'liang liao lin ling liu long lu luo lv ma mao meng miao mo mu ni ning niu ou pan pang peng qi qian qiao ' +
    'qin qiu qu ren rong ruan shao shen sheng shi song su sun tan tang tao tian wan wang wei wen wu xi xia xiang ' +
    'xiao xie xin xing xiong xu xue yan yang yao ye yi yin yu yuan yue zeng zhai zhan zhang zhao zheng zhong ' +
    'zhou zhu zhuang zou'
  ).split(' '),
);

/** Pinyin syllables, to tell a given name such as "Xiangang" or "Zengzeng" from a Western one. */
const PINYIN_SYLLABLE =
  /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|e|i|o|u|v)(?:n|ng)?$/;
export function isPinyin(word: string): boolean {
  const w = word.toLowerCase().replace(/[-']/g, '');
  // Greedy split into syllables, longest first.
  const parse = (s: string): boolean => {
    if (s === '') return true;
    for (let n = Math.min(6, s.length); n >= 1; n--) {
      if (PINYIN_SYLLABLE.test(s.slice(0, n)) && parse(s.slice(n))) return true;
    }
    return false;
  };
  return w.length > 0 && w.length <= 12 && parse(w);
}

export const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Professor', 'Sir', 'Madam'];
export const HONORIFIC_RE = /^(Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Madam)\.?$/;

/** Titles that can stand right before a name ("President Xi Jinping"). */
export const TITLES_BEFORE_NAME = [
  'President',
  'Vice President',
  'Premier',
  'Vice Premier',
  'Chairman',
  'Chairwoman',
  'Chair',
  'Minister',
  'Vice Minister',
  'Secretary-General',
  'Secretary General',
  'Director',
  'Director-General',
  'Commissioner',
  'Ambassador',
  'Governor',
  'Mayor',
];

/** Words a job title is made of ("Deputy Secretary General", "chief engineer", "standardisation expert"). */
export const TITLE_HEADS =
  /\b(?:president|chair(?:man|woman|person)?|co-chair|convenou?r|director(?:-general)?|secretary(?:[- ]general)?|dean|head|chief|engineer|manager|minister|governor|mayor|commissioner|officer|expert|professor|researcher|fellow|member|vice|deputy|leader|editor|rapporteur|coordinator|co-ordinator|founder|ceo|cto|cio|ciso|partner|analyst|scientist|adviser|advisor|consultant|representative|delegate|spokesperson|counsellor|counselor|specialist|lead)\b/i;

/** Last words of institution names. */
export const INSTITUTION_HEADS = new Set(
  (
    'Institute Institution Committee Commission Centre Center Council Association Administration Ministry ' +
    'Department Bureau Office Agency University College Academy Organization Organisation Group Government ' +
    'Corporation Company Co Ltd Limited Inc Alliance Federation Union Society Authority Board Laboratory Lab ' +
    'Laboratories Bank Party Secretariat Subcommittee Network Foundation Consortium Court Congress ' +
    'Cabinet Police Force Forces Team Unit Division Branch Station Press Media'
  ).split(' '),
);

/** Heads that make a name a unit of the institution named after "of" ("... Centre of China Mobile"). */
export const UNIT_HEADS = new Set(
  'Centre Center Department Bureau Office Division Branch Laboratory Lab Committee Subcommittee Secretariat Unit Team Group Station Institute Commission'.split(
    ' ',
  ),
);

export const INSTITUTION_KIND: [RegExp, string][] = [
  [/\b(?:University|College|Academy of Sciences?)\b/, 'university'],
  [
    /\b(?:Technical Committee|Subcommittee|Working Group|Study Group|Joint Technical Committee|JTC|SC \d+|WG \d+|TC ?\d+)\b/,
    'committee',
  ],
  [/\b(?:Standard(?:s|isation|ization)|ETSI|ISO|IEC|ITU|CEN|CENELEC|ANSI|NIST)\b/, 'standards-body'],
  [
    /\b(?:Government|Ministry|Municipal|Commission|Administration|Bureau|Council|Party|People's|People’s|State|National .*Centre|National .*Center|Cabinet)\b/,
    'government',
  ],
  [/\b(?:Research|Laboratory|Laboratories|Lab)\b/, 'research'],
  [/\b(?:Co|Ltd|Limited|Inc|Corporation|Company|Technologies|Group)\b/, 'company'],
];

/** Last words of event names, with the event kind they imply (the seed format's kinds). */
export const EVENT_HEADS: Record<string, string> = {
  forum: 'forum',
  week: 'week',
  conference: 'conference',
  congress: 'conference',
  summit: 'conference',
  symposium: 'conference',
  workshop: 'workshop',
  seminar: 'workshop',
  roundtable: 'meeting',
  'round table': 'meeting',
  meeting: 'meeting',
  plenary: 'meeting',
  'plenary meeting': 'meeting',
  assembly: 'meeting',
  webinar: 'webinar',
  ceremony: 'other',
  expo: 'other',
  exhibition: 'other',
  festival: 'other',
  hackathon: 'other',
  competition: 'other',
};

/** Verbs that introduce what a speaker talked about. */
export const TALK_VERBS =
  /\b(?:introduced|introduce|presented|present|shared|share|illustrated|illustrate|explained|explain|interpreted|interpret|outlined|outline|discussed|discuss|addressed|address|described|describe|reported|report|gave (?:a |an )?(?:speech|talk|keynote|presentation|overview)(?: on| about| of)?|delivered (?:a |an )?(?:speech|talk|keynote|presentation)(?: on| about)?|spoke (?:about|on)|talked about|provided (?:a |an )?(?:overview|introduction|update|summary)(?: of| on)?|focused on|focussed on|focused|elaborated on|highlighted|analysed|analyzed|reviewed|demonstrated|showcased|emphasised|emphasized|conveyed|pointed out|stressed|reiterated|advocated|underlined|underscored)\b/i;

/** Organiser phrases and the role each implies. */
export const ORGANISER_PATTERNS: [RegExp, string][] = [
  [/\bco-?organi[sz]ed by\b/i, 'CO_ORGANISED'],
  [/\bjointly organi[sz]ed by\b/i, 'CO_ORGANISED'],
  [/\bco-?sponsored by\b/i, 'CO_SPONSORED'],
  [/\bsponsored by\b/i, 'SPONSORED'],
  [/\b(?:organi[sz]ed|convened|held|run|launched) by\b/i, 'ORGANISED'],
  [/\bco-?hosted by\b/i, 'CO_HOSTED'],
  [/\bhosted by\b/i, 'HOSTED'],
  [/\bsupported by\b/i, 'SUPPORTED'],
  [/\bunder the guidance of\b/i, 'GUIDED'],
];

/** Words never taken as names on their own, whatever their case. */
export const STOP_NAMES = new Set(
  (
    'The A An This That These Those It Its In On At By For From Of And Or But As With During After Before ' +
    'Among Also Moreover However Furthermore According Specifically Generally In addition Monday Tuesday ' +
    'Wednesday Thursday Friday Saturday Sunday January February March April May June July August September ' +
    'October November December He She They We His Her Their Our Delegates Speakers Participants Experts Members'
  ).split(' '),
);

/** Upper-case words that are not institutions (technologies, document codes). */
export const NOT_ACRONYMS = new Set(
  'AI ICT IT IOT IoT CII GB GB/T PDF USA US UK EU PRC CPU OS IPV6 IPv6 5G 4G 3G API VPN URL HTML ID PI IP TV PC ICS OT DNS CA PKI SMS FAQ'.split(
    ' ',
  ),
);
