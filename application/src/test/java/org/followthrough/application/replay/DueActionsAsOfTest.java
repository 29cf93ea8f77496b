package org.followthrough.application.replay;

import org.followthrough.application.AdaAtAcme;
import org.followthrough.application.CandidateStreamsInMemory;
import org.followthrough.application.NoPublicHolidays;
import org.followthrough.application.dueactions.CandidatePolicy;
import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.DueActions;
import org.followthrough.application.dueactions.FetchDueActions;
import org.followthrough.application.settings.CandidateSettingsStore;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.domain.shared.Basis;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The open actions as they stood: by what had happened then, or by what the app had been told by then. */
class DueActionsAsOfTest {

    private static final ProjectionDatabase DATABASE = ProjectionDatabase.fresh();

    private final AdaAtAcme world = new AdaAtAcme();
    private final List<DueActionView> liveList = List.of();
    private final DueActionsAsOf dueActions = new DueActionsAsOf(new DueActions() {
        @Override
        public List<DueActionView> open(CandidateId candidate) {
            return liveList;
        }

        @Override
        public List<PastDue> pastDue(List<CandidateId> candidates, Rule rule, Instant now) {
            return List.of();
        }
    }, world, new CandidatePolicy(new CandidateSettingsStore(DATABASE.jdbc(), ProjectionDatabase.json()),
            new NoPublicHolidays(),
                CandidateStreamsInMemory.noHistory()));

    {
        // sent that evening, but only told to the app two days later
        world.record(new ThankYouSent(world.acme, world.ada, world.interview, "Grace Hopper", Channel.EMAIL,
                Instant.parse("2026-03-10T18:00:00Z"), null, false), Instant.parse("2026-03-12T09:00:00Z"));
    }

    @Test
    void withoutAMomentTheLiveListAnswers() {
        assertThat(dueActions.list(FetchDueActions.now(world.ada))).isSameAs(liveList);
    }

    @Test
    void byWhatHadHappenedTheThankYouWasDoneOnTheEveningOfTheInterview() {
        List<Rule> rules = rules(FetchDueActions.asOf(world.ada, Instant.parse("2026-03-11T12:00:00Z")));

        assertThat(rules).doesNotContain(Rule.THANK_YOU).contains(Rule.CONNECT, Rule.NOTES);
    }

    @Test
    void byWhatTheAppKnewTheThankYouWasStillToDoUntilItWasTold() {
        Instant beforeItWasTold = Instant.parse("2026-03-11T12:00:00Z");

        assertThat(rules(new FetchDueActions(world.ada, beforeItWasTold, Basis.RECORDED)))
                .contains(Rule.THANK_YOU);
        assertThat(rules(new FetchDueActions(world.ada, Instant.parse("2026-03-12T10:00:00Z"),
                Basis.RECORDED))).doesNotContain(Rule.THANK_YOU);
    }

    @Test
    void beforeTheOpportunityWasOpenedThereWasNothingToDo() {
        assertThat(dueActions.list(FetchDueActions.asOf(world.ada, Instant.parse("2026-02-01T00:00:00Z")))).isEmpty();
    }

    private List<Rule> rules(FetchDueActions query) {
        return dueActions.list(query).stream().map(view -> view.action().rule()).toList();
    }
}
