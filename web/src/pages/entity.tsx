import type { Kind } from '../kinds';
import { DirectivePage } from './Directive';
import { EventPage } from './Event';
import { GenericPage } from './Generic';
import { InstitutionPage } from './Institution';
import { PersonPage } from './Person';
import { PlacePage } from './Place';
import { SourcePage } from './Source';
import { StandardPage } from './Standard';
import { TalkPage } from './Talk';
import { TopicPage } from './Topic';

const PAGES: Partial<Record<Kind, (p: { id: string }) => preact.JSX.Element>> = {
  PERSON: PersonPage,
  INSTITUTION: InstitutionPage,
  TOPIC: TopicPage,
  EVENT: EventPage,
  SOURCE: SourcePage,
  PLACE: PlacePage,
  TALK: TalkPage,
  DIRECTIVE: DirectivePage,
  STANDARD: StandardPage,
};

/** The page of one entity; kinds added to the model later get the generic relationships page. */
export function EntityPage(props: { kind: Kind; id: string }) {
  const id = decodeURIComponent(props.id);
  const Page = PAGES[props.kind];
  // key: a new id is a new page (state, scroll, open popovers reset).
  return Page ? <Page key={id} id={id} /> : <GenericPage key={id} kind={props.kind} id={id} />;
}
