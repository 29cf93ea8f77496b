package org.followthrough.application.replay;

import org.followthrough.application.AdaAtAcme;
import org.followthrough.application.CandidateStreamsInMemory;
import org.followthrough.application.NoPublicHolidays;
import org.followthrough.application.dueactions.CandidatePolicy;
import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.DueActions;
import org.followthrough.application.settings.CandidateSettingsStore;
import org.followthrough.application.timeline.TimelineEntry;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The timeline as it stood at the end of a day, with what was open right after each entry and at that moment. */
class TimelineAsOfTest {

    private static final ProjectionDatabase DATABASE = ProjectionDatabase.fresh();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final AdaAtAcme world = new AdaAtAcme();
    private final CandidatePolicy policy = new CandidatePolicy(new CandidateSettingsStore(DATABASE.jdbc(),
            ProjectionDatabase.json()), new NoPublicHolidays(),
                CandidateStreamsInMemory.noHistory());
    private final TimelineAsOf timeline = new TimelineAsOf(world, new DueActionsAsOf(new DueActions() {
        @Override
        public List<DueActionView> open(CandidateId candidate) {
            return List.of();
        }

        @Override
        public List<PastDue> pastDue(List<CandidateId> candidates, Rule rule, Instant now) {
            return List.of();
        }
    }, world, policy), policy, Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC));

    {
        world.record(new ThankYouSent(world.acme, world.ada, world.interview, "Grace Hopper", Channel.EMAIL,
                Instant.parse("2026-03-11T09:00:00Z"), null, false), Instant.parse("2026-03-11T09:00:00Z"));
    }

    @Test
    void eachEntryShowsWhatWasOpenRightAfterIt() {
        TimelineAsOf.View view = timeline.of(query(LocalDate.of(2026, 3, 12), null, null));

        assertThat(view.at()).isEqualTo(Instant.parse("2026-03-12T22:59:59.999999Z"));
        assertThat(view.page().entries()).extracting(entry -> entry.recorded().type())
                .containsExactly("ThankYouSent", "InterviewHeld", "OpportunityOpened");
        assertThat(rulesAfter(view, "InterviewHeld")).contains(Rule.THANK_YOU, Rule.NOTES);
        assertThat(rulesAfter(view, "ThankYouSent")).doesNotContain(Rule.THANK_YOU).contains(Rule.CONNECT);
        assertThat(view.openAtTheTime()).extracting(due -> due.action().rule()).contains(Rule.CONNECT);
        assertThat(view.opportunities()).hasSize(1);
    }

    @Test
    void theDayBeforeTheInterviewOnlyTheOpeningHadHappened() {
        TimelineAsOf.View view = timeline.of(query(LocalDate.of(2026, 3, 9), null, null));

        assertThat(view.page().entries()).extracting(entry -> entry.recorded().type()).containsExactly("OpportunityOpened");
        assertThat(view.openAtTheTime()).isEmpty();
    }

    @Test
    void whatWasOpenAtTheTimeIsOnlyThatOpportunitysWhenOneIsAskedFor() {
        TimelineAsOf.View view = timeline.of(query(LocalDate.of(2026, 3, 12), OpportunityId.of(UUID.randomUUID()), null));

        assertThat(view.openAtTheTime()).isEmpty();
    }

    @Test
    void aPositionThatIsNoneIsARuleViolationNamingIt() {
        assertThatThrownBy(() -> timeline.of(query(null, null, "somewhere")))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("after"));
    }

    private TimelineAsOf.Query query(LocalDate asOf, OpportunityId opportunity, String after) {
        return new TimelineAsOf.Query(world.ada, BERLIN, asOf, false, opportunity, null, null, after);
    }

    private static List<Rule> rulesAfter(TimelineAsOf.View view, String type) {
        TimelineEntry entry = view.page().entries().stream().filter(shown -> shown.recorded().type().equals(type))
                .findFirst().orElseThrow();
        return view.openAfter().get(entry.recorded().eventId()).stream().map(DueAction::rule).toList();
    }
}
