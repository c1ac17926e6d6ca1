import { startMesh, stopService, type RunningMesh } from '../../infra/src/mesh';
import { replayJourney } from '../../infra/src/replay';
import { eventually } from '../support/mesh';
import { testInfrastructure } from '../support/test-environment';
import {
  bearer,
  http,
  identificationOf,
  uniqueAgency,
  urlsOf,
  useExclusiveMesh,
  type JourneyView,
} from './support/e2e';

// The journey read model is disposable: rebuilt from the topics alone, it comes back the same.

const mesh = useExclusiveMesh();

function withoutRecordingTimes(view: JourneyView): unknown {
  return { ...view, timeline: view.timeline.map(({ recordedAt: _, ...entry }) => entry) };
}

describe('journey replay', () => {
  let restarted: RunningMesh | undefined;

  afterAll(async () => {
    await restarted?.stop();
  });

  it('rebuilds every journey identically from offset zero after the read model is emptied', async () => {
    const agency = uniqueAgency('replay');
    const token = await bearer('first-responder', agency);
    const urls = urlsOf(mesh());
    const journeyIds: string[] = [];
    for (const body of [
      identificationOf(),
      identificationOf({ consent: 'declined' }),
      identificationOf({ ageGroup: 'child', consent: undefined }),
    ]) {
      const answer = await http<{ journeyId: string }>('POST', `${urls.identification}/identifications`, {
        token,
        body,
      });
      expect(answer.status).toBe(201);
      journeyIds.push(answer.body.journeyId);
    }
    const read = (baseUrl: string, journeyId: string) =>
      http<JourneyView>('GET', `${baseUrl}/journeys/${journeyId}`, { token });
    const before = await eventually(
      async () => {
        const views = await Promise.all(journeyIds.map((id) => read(urls.journey, id)));
        return views.every((view) => view.status === 200 && view.body.timeline.length === 2)
          ? views.map((view) => view.body)
          : undefined;
      },
      { what: 'three complete journeys' },
    );

    await stopService(mesh().services.journey);
    await replayJourney(testInfrastructure());
    restarted = await startMesh(testInfrastructure(), { only: ['journey'] });

    const after = await eventually(
      async () => {
        const views = await Promise.all(journeyIds.map((id) => read(restarted!.services.journey.url, id)));
        return views.every((view) => view.status === 200 && view.body.timeline.length === 2)
          ? views.map((view) => view.body)
          : undefined;
      },
      { what: 'the journeys rebuilt' },
    );
    expect(after.map(withoutRecordingTimes)).toEqual(before.map(withoutRecordingTimes));
    expect(after[0].timeline[1].recordedAt > before[0].timeline[1].recordedAt).toBe(true);
  });
});
