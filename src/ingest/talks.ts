import { locationOf, type IngestDocument } from './document';
import type { AffiliationX, TalkX } from './extraction';
import { institutionAt } from './institutions';
import { TALK_VERBS, TITLE_HEADS } from './lexicon';
import type { Registry } from './registry';

/**
 * Affiliations and talks, from the way these reports introduce speakers:
 * "NAME, TITLE of INSTITUTION, who VERB TOPIC", "NAME, from INSTITUTION", "NAME, TITLE at INSTITUTION",
 * "INSTITUTION TITLE, NAME", "serving as INSTITUTION's TITLE"; a talk is a speaker with a talk verb
 * ("introduced", "shared", "whose speech focused on", "was invited to introduce") in the same clause.
 */

const APPOSITION =
  /^,\s*((?:[^,;()]|\([^)]*\))+?)(?=,\s*(?:who|whose|was|is|were|has|had|said|says|serving|and)\b|\s+(?:who|whose)\b|;|,\s+[a-z]+(?:ed|ing)\b|\.?$|,\s*$)/;

function splitTitle(desc: string): { title?: string; inst: string; instOffset: number } | undefined {
  const d = desc.trim();
  let m = /^(?:from|of|at|with)\s+(.+)$/i.exec(d);
  if (m) return { inst: m[1]!, instOffset: d.length - m[1]!.length };
  m = /^(.+?)\s+(?:from|at|with)\s+(?:the\s+)?([A-Z0-9].*)$/.exec(d);
  if (m && TITLE_HEADS.test(m[1]!)) return { title: m[1]!, inst: m[2]!, instOffset: d.length - m[2]!.length };
  m = /^(.+?)\s+of\s+(?:the\s+)?([A-Z0-9].*)$/.exec(d);
  if (m && TITLE_HEADS.test(m[1]!)) return { title: m[1]!, inst: m[2]!, instOffset: d.length - m[2]!.length };
  return undefined;
}

export function recogniseTalksAndAffiliations(
  doc: IngestDocument,
  reg: Registry,
  isPlace: (s: string) => boolean,
): { affiliations: AffiliationX[]; talks: TalkX[] } {
  const affiliations: AffiliationX[] = [];
  const talks: TalkX[] = [];
  const addAff = (a: AffiliationX) => {
    const same = affiliations.find((x) => x.person === a.person && x.institution === a.institution);
    if (!same) affiliations.push(a);
    else if (!same.title && a.title) Object.assign(same, a);
  };
  let lastEvent: string | undefined;

  for (const s of doc.sentences) {
    const at = locationOf(s.block);
    const people = reg.within(s.start, s.start + s.text.length, 'person').filter((p) => !p.partial);
    for (const p of people) {
      const rel = p.end - s.start;
      const after = s.text.slice(rel);
      // NAME, TITLE of INSTITUTION
      const app = APPOSITION.exec(after);
      if (app) {
        const desc = app[1]!;
        const descStart = p.end + after.indexOf(desc);
        const parts = splitTitle(desc);
        if (parts && !reg.within(descStart, descStart + desc.length, 'person').length) {
          const instStart = descStart + desc.indexOf(parts.inst, parts.instOffset - 1);
          const inst = institutionAt(doc, reg, s, instStart, parts.inst, isPlace);
          if (inst) {
            addAff({
              person: p.key,
              institution: inst,
              title: parts.title?.replace(/^the\s+/i, ''),
              at,
              quote: doc.text.slice(p.start, descStart + desc.length).trim(),
            });
          }
        }
      }
      // INSTITUTION TITLE, NAME  ("AVAR Chairman, Allan Dyer")
      const before = s.text.slice(0, p.start - s.start);
      const pre = /([A-Z][A-Za-z0-9-]+(?: \d+)?)\s+((?:[A-Z][a-z-]+\s*){1,3}),\s*$/.exec(before);
      if (pre && TITLE_HEADS.test(pre[2]!)) {
        const instStart = s.start + pre.index;
        const inst = reg.within(instStart, instStart + pre[1]!.length, 'institution')[0];
        if (inst) {
          addAff({
            person: p.key,
            institution: inst.key,
            title: pre[2]!.trim(),
            at,
            quote: doc.text.slice(instStart, p.end),
          });
        }
      }
      // serving as JTC 1's chair
      const serving =
        /^[^;.]*?\bserv(?:ing|es|ed|e) as\s+(?:the\s+)?([A-Z][\w /-]*?)[’']s\s+([a-z][a-z -]{1,30}?)(?=[,.;]|\s+(?:and|of)\b|$)/.exec(
          after,
        );
      if (serving) {
        const instStart = p.end + after.indexOf(serving[1]!, serving[0].indexOf(serving[1]!));
        const inst = reg.within(instStart, instStart + serving[1]!.length, 'institution')[0];
        if (inst) {
          const end = p.end + serving.index + serving[0].length;
          addAff({
            person: p.key,
            institution: inst.key,
            title: serving[2]!,
            at,
            quote: doc.text.slice(p.start, end),
          });
        }
      }
    }

    // Talks: clause by clause.
    const events = reg.within(s.start, s.start + s.text.length, 'event');
    const previous = lastEvent;
    // What a talk is about does not change the scene: only events named before a talk verb do.
    let sceneEnd = s.start + s.text.length;
    let offset = 0;
    for (const clause of s.text.split(';')) {
      const cStart = s.start + offset;
      offset += clause.length + 1;
      const speakers = reg.within(cStart, cStart + clause.length, 'person').filter((p) => !p.partial);
      const speaker = speakers[0];
      if (!speaker) continue;
      const tail = doc.text.slice(speaker.end, cStart + clause.length);
      const verb = TALK_VERBS.exec(tail);
      if (!verb) continue;
      // Another person between the speaker and the verb means the verb is theirs.
      const verbAt = speaker.end + verb.index;
      if (speakers.some((o) => o.start > speaker.end && o.start < verbAt)) continue;
      let topic = tail.slice(verb.index + verb[0].length).trim();
      topic = topic
        .replace(/^(?:on|about|of|that|to)\s+/i, '')
        .replace(/\s*(?:\.|,?\s*and finally)?\s*$/, '');
      // Events named after the verb are the talk's subject ("the theme for the week"), not where it was given.
      const before = events.filter((e) => e.start < verbAt);
      const event =
        before.find((e) => !/(?:part of|during)\s+(?:the\s+)?$/.test(doc.text.slice(e.start - 20, e.start)))
          ?.key ?? previous;
      sceneEnd = Math.min(sceneEnd, verbAt);
      if (!event || topic.split(' ').length < 2) continue;
      if (talks.some((t) => t.speaker === speaker.key && t.event === event)) continue;
      const para = doc.blocks
        .filter((b) => b.paragraph === s.block.paragraph)
        .map((b) => b.text)
        .join(' ');
      talks.push({
        speaker: speaker.key,
        event,
        kind: /\bkeynote\b/i.test(para) ? 'keynote' : 'talk',
        topicPhrase: topic,
        at,
        quote: doc.text
          .slice(speaker.start, cStart + clause.length)
          .trim()
          .replace(/[.,]$/, ''),
      });
    }
    const scene = events.filter((e) => e.start < sceneEnd).at(-1);
    if (scene) lastEvent = scene.key;
  }
  return { affiliations, talks };
}
