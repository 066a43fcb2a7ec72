/** Word lists and small formatting helpers the generator's parts share. */
import { searchKeys } from '../../src/graph/model';
import type { Rng } from './random';
import type { NodeRow, Props } from './types';

// prettier-ignore
export const FAMILY = [
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu',
  'Hu', 'Guo', 'He', 'Lin', 'Gao', 'Luo', 'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Han', 'Feng', 'Deng',
  'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Pan', 'Yuan', 'Cai', 'Jiang', 'Yu', 'Du', 'Ye', 'Cheng',
  'Wei', 'Su', 'Lu', 'Ding', 'Ren', 'Shen', 'Yao', 'Jin', 'Fu', 'Fan', 'Fang', 'Shi', 'Tan', 'Qian', 'Bai',
  'Qin', 'Kong', 'Mao', 'Schmidt', 'Müller', 'Dupont', 'Rossi', 'Tanaka', 'Suzuki', 'Kim', 'Park', 'Smith',
  'Jones', 'García', 'Novák', 'Ivanova', 'Hansen',
] as const;

// prettier-ignore
export const GIVEN_SYLLABLES = [
  'an', 'bo', 'chen', 'dong', 'fei', 'gang', 'hai', 'hong', 'hua', 'jian', 'jie', 'jun', 'lei', 'li',
  'lin', 'ming', 'na', 'ning', 'peng', 'qiang', 'qing', 'rong', 'shan', 'tao', 'ting', 'wei', 'wen', 'xia',
  'xiang', 'xin', 'yan', 'yang', 'yi', 'ying', 'yong', 'yu', 'yuan', 'yun', 'zhen', 'zhi', 'zhong', 'zeng',
] as const;

// prettier-ignore
export const PLACE_SYLLABLES = [
  'han', 'lu', 'qing', 'mo', 'zhou', 'ning', 'an', 'feng', 'yang', 'shan', 'he', 'jiang', 'nan', 'bei',
  'dong', 'xi', 'hai', 'cheng', 'tai', 'yuan', 'ling', 'hu', 'jin', 'kai', 'lan', 'ping', 'shu', 'wu',
  'xing', 'yun', 'bao', 'chang', 'de', 'fu', 'gui', 'hua', 'kun', 'li', 'ming', 'sha',
] as const;

// prettier-ignore
export const COUNTRIES = [
  'China', 'Germany', 'France', 'United Kingdom', 'United States', 'Japan', 'South Korea', 'Singapore',
  'India', 'Brazil', 'Canada', 'Australia', 'Netherlands', 'Sweden', 'Switzerland', 'Italy', 'Spain',
  'Israel', 'South Africa', 'Kenya',
] as const;

// prettier-ignore
export const AREAS = [
  'Data Security', 'Network Security', 'Cryptography', 'Biometric Identification', 'Face Recognition',
  'Cloud Security', 'Industrial Control Systems', 'Critical Information Infrastructure',
  'Personal Information Protection', 'Artificial Intelligence Security', 'Internet of Things Security',
  'Vehicle Networking', '5G Security', 'Blockchain', 'Identity Management', 'Security Assessment',
  'Incident Response', 'Threat Intelligence', 'Supply Chain Security', 'Software Security',
  'Mobile Internet', 'Smart Cities', 'Big Data', 'Security Certification', 'Penetration Testing',
  'Vulnerability Management', 'Zero Trust Architecture', 'Security Operations', 'Digital Forensics',
  'Quantum Cryptography', 'Satellite Internet', 'Edge Computing', 'Open Source Software',
  "Children's Online Safety", 'Cross-border Data Flows', 'Financial Technology Security', 'Health Data',
  'E-government', 'Trusted Computing', 'Security Awareness',
] as const;

// prettier-ignore
export const ASPECTS = [
  '', 'standards', 'testing', 'certification', 'governance', 'risk assessment', 'regulation',
  'technology', 'practice', 'education', 'evaluation', 'requirements', 'frameworks', 'industry',
  'research', 'talent', 'compliance', 'innovation', 'protection', 'management', 'audits', 'metrics',
  'tools', 'services', 'policy', 'law', 'ecosystem', 'infrastructure', 'applications', 'operations',
] as const;

// prettier-ignore
export const TOPIC_ROOTS = [
  'Cybersecurity', 'Data governance', 'Standardisation', 'Emerging technologies',
  'Critical infrastructure protection', 'Digital economy', 'Security management', 'Cybersecurity workforce',
] as const;

// prettier-ignore
export const TALK_TITLES = [
  'Advancing {t}', '{t}: practice and outlook', 'Standards for {t}', 'Progress in {t}',
  'Building trust in {t}', 'A roadmap for {t}', 'Lessons from {t} pilots', 'Challenges of {t}',
  '{t} in the digital economy', 'Towards international cooperation on {t}', 'What industry needs from {t}',
  'Ten years of {t}',
] as const;

export const DIRECTIVE_NUMBERS = [
  'Two',
  'Three',
  'Four',
  'Five',
  'Six',
  'Seven',
  'Eight',
  'Nine',
  'Ten',
] as const;
// prettier-ignore
export const DIRECTIVE_NOUNS = [
  'Perseverances', 'Priorities', 'Principles', 'Commitments', 'Requirements', 'Guidelines', 'Measures',
  'Pillars', 'Tasks', 'Imperatives',
] as const;

// prettier-ignore
export const PUBLISHERS = [
  'Cyber Daily', 'Standards Review', 'Digital Policy Monitor', 'Security Weekly', 'Tech Herald',
  'Information Security Times', 'Policy Brief Online', 'Network World Asia',
] as const;

// prettier-ignore
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
] as const;

export const TITLE_LADDERS: Record<string, readonly string[]> = {
  'standards-body': ['Engineer', 'Senior Engineer', 'Deputy Secretary-General', 'Secretary-General', 'Chair'],
  government: ['Official', 'Deputy Director', 'Director', 'Deputy Director-General', 'Director-General'],
  company: ['Engineer', 'Senior Engineer', 'Chief Security Officer', 'Vice President', 'President'],
  university: ['Lecturer', 'Associate Professor', 'Professor', 'Dean', 'Vice President'],
  research: ['Researcher', 'Associate Researcher', 'Senior Researcher', 'Deputy Director', 'Director'],
  committee: ['Member', 'Expert', 'Deputy Leader', 'Leader', 'Chair'],
  'working-group': ['Member', 'Expert', 'Secretary', 'Deputy Convenor', 'Convenor'],
  unit: ['Engineer', 'Senior Engineer', 'Deputy Director', 'Director', 'Chief Engineer'],
  other: ['Member', 'Expert', 'Secretary', 'Vice Chair', 'Chair'],
};

export const EVENT_WORDS: Record<string, string> = {
  forum: 'Forum',
  workshop: 'Workshop',
  meeting: 'Meeting',
  conference: 'Summit',
  webinar: 'Webinar',
  plenary: 'Plenary',
  other: 'Salon',
};

export const FIRST_YEAR = 2005;
export const YEARS = 20;
export const DAY_MS = 86_400_000;

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A lower-case slug of ASCII letters and digits (the seed format's id pattern). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const yearStartDay = (year: number) => Date.UTC(year, 0, 1) / DAY_MS;
export const b36 = (n: number) => n.toString(36);

export function location(rng: Rng): string {
  const p = rng.range(1, 30);
  return rng.chance(0.15) ? `paragraph ${p}, item ${rng.range(1, 6)}` : `paragraph ${p}`;
}

export function acronym(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z0-9]/.test(w))
    .map((w) => w[0])
    .join('');
}

/** Drops undefined values (the driver refuses them; the seed loader drops them too). */
export function defined<T extends Props>(props: T): T {
  for (const k of Object.keys(props)) if (props[k] === undefined) delete props[k];
  return props;
}

export function nodeRow(
  id: string,
  name: string,
  aliases: string[],
  sources: string[],
  props: Props,
): NodeRow {
  return defined({
    id,
    name,
    ...props,
    aliases,
    searchKeys: searchKeys(name, ...aliases, id),
    sources,
  });
}

/** Standard code prefixes by the scope of the committee that develops the standard. */
export const STANDARD_PREFIXES = {
  national: [
    ['GB/T', 70],
    ['GB', 10],
    ['GB/Z', 5],
    ['YD/T', 10],
    ['GA/T', 5],
  ],
  international: [
    ['ISO/IEC', 75],
    ['ISO', 10],
    ['ITU-T X.', 15],
  ],
} as const;

// prettier-ignore
export const STANDARD_TITLE_FORMS = [
  'Information security technology — {t} — Requirements',
  'Information security technology — Guidelines for {t}',
  'Information security technology — {t} — Evaluation criteria',
  'Information security technology — Specification for {t}',
  'Cybersecurity — {t} — Implementation guide',
  'Information technology — Security techniques — {t}',
  'Information security technology — Framework for {t}',
  'Information security technology — {t} — Test methods',
] as const;
