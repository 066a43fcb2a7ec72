import { EntityLink, EntityList } from '../components/EntityLink';
import { Provenance } from '../components/Provenance';
import type { Column } from '../components/Table';
import type { Prov, Ref } from '../fragments';

/** The columns of the talk tables (person, institution, event, topic, standard pages), written once. */

interface Affiliated {
  speakerAffiliation?: { title?: string | null; institution: Ref } | null;
}

export const dateColumn: Column<{ date?: string | null }> = { label: 'Date', text: (t) => t.date ?? '' };

/** The talk, linked, with its provenance (and its kind, e.g. keynote, where the page shows it). */
export const talkColumn = (
  withType = false,
): Column<{ id: string; title: string; type?: string | null; provenance?: Prov | null }> => ({
  label: 'Talk',
  text: (t) => t.title,
  render: (t) => (
    <>
      <EntityLink kind="TALK" id={t.id} name={t.title} />
      {withType && t.type && <span class="muted small"> {t.type}</span>}
      {t.provenance !== undefined && <Provenance p={t.provenance} />}
    </>
  ),
});

export const speakerColumn: Column<{ speaker?: Ref | null }> = {
  label: 'Speaker',
  text: (t) => t.speaker?.name ?? '',
  render: (t) => (t.speaker ? <EntityLink kind="PERSON" id={t.speaker.id} name={t.speaker.name} /> : '—'),
};

export const eventColumn: Column<{ event?: Ref | null }> = {
  label: 'Event',
  text: (t) => t.event?.name ?? '',
  render: (t) => (t.event ? <EntityLink kind="EVENT" id={t.event.id} name={t.event.name} /> : '—'),
};

/** The speaker's title and institution as of the talk. */
export const affiliationColumn = (label: string): Column<Affiliated> => ({
  label,
  text: (t) =>
    [t.speakerAffiliation?.title, t.speakerAffiliation?.institution.name].filter(Boolean).join(', '),
  render: (t) =>
    t.speakerAffiliation ? (
      <>
        {t.speakerAffiliation.title ? `${t.speakerAffiliation.title}, ` : ''}
        <EntityLink
          kind="INSTITUTION"
          id={t.speakerAffiliation.institution.id}
          name={t.speakerAffiliation.institution.name}
        />
      </>
    ) : (
      '—'
    ),
});

/** Only the speaker's institution as of the talk. */
export const institutionColumn: Column<Affiliated> = {
  label: 'Institution',
  text: (t) => t.speakerAffiliation?.institution.name ?? '',
  render: (t) => {
    const i = t.speakerAffiliation?.institution;
    return i ? <EntityLink kind="INSTITUTION" id={i.id} name={i.name} /> : '—';
  },
};

export const topicsColumn: Column<{ topics: Ref[] }> = {
  label: 'Topics',
  text: (t) => t.topics.map((x) => x.name).join('; '),
  render: (t) => <EntityList kind="TOPIC" items={t.topics} />,
};
