package org.followthrough.application.dashboard;

import org.followthrough.application.AdaAtAcme;
import org.followthrough.application.CandidateStreamsInMemory;
import org.followthrough.application.NoPublicHolidays;
import org.followthrough.application.dueactions.CandidatePolicy;
import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.DueActions;
import org.followthrough.application.replay.DueActionsAsOf;
import org.followthrough.application.settings.CandidateSettingsStore;
import org.followthrough.domain.followup.BusinessCalendar;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.followup.PublicHolidays;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.followup.Weekend;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard sorts what is open into overdue, today, this week and later, as seen now or at the end of a day. */
class DashboardTest {

    private static final ProjectionDatabase DATABASE = ProjectionDatabase.fresh();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final AdaAtAcme world = new AdaAtAcme();
    private final CandidatePolicy.Applied policy = new CandidatePolicy.Applied(
            new BusinessCalendar(ZoneOffset.UTC, Weekend.SATURDAY_SUNDAY, PublicHolidays.NONE), FollowUpPolicy.DEFAULTS);
    private final DueActions live = new DueActions() {
        @Override
        public List<DueActionView> open(CandidateId candidate) {
            return policy.openAt(world.acme, OpportunityHistory.of(world.entries().stream().map(entry -> entry.event())
                    .toList()), Instant.MAX).stream().map(action -> new DueActionView("Acme", "Engineer", action)).toList();
        }

        @Override
        public List<PastDue> pastDue(List<CandidateId> candidates, Rule rule, Instant now) {
            return List.of();
        }
    };

    private Dashboard dashboardAt(String now) {
        CandidatePolicy candidatePolicy = new CandidatePolicy(new CandidateSettingsStore(DATABASE.jdbc(),
                ProjectionDatabase.json()), new NoPublicHolidays(),
                CandidateStreamsInMemory.noHistory());
        return new Dashboard(new DueActionsAsOf(live, world, candidatePolicy), world,
                Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    }

    @Test
    void theMorningAfterTheInterviewTheNotesAreOverdueAndTheThankYouIsDueToday() {
        Dashboard.View view = dashboardAt("2026-03-11T08:00:00Z").of(world.ada, BERLIN, null, false);

        assertThat(view.today()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(rules(view, Dashboard.Bucket.OVERDUE)).contains(Rule.NOTES);
        assertThat(rules(view, Dashboard.Bucket.TODAY)).contains(Rule.THANK_YOU);
        assertThat(rules(view, Dashboard.Bucket.LATER)).contains(Rule.STATUS_CHECK);
        assertThat(view.opportunities()).hasSize(1);
    }

    @Test
    void asItStoodAtTheEndOfTheInterviewDayNothingWasOverdueYet() {
        Dashboard.View view = dashboardAt("2026-04-01T08:00:00Z").of(world.ada, BERLIN, LocalDate.of(2026, 3, 10), false);

        assertThat(view.now()).isEqualTo(Instant.parse("2026-03-10T22:59:59.999999Z"));
        assertThat(rules(view, Dashboard.Bucket.OVERDUE)).isEmpty();
        assertThat(rules(view, Dashboard.Bucket.TODAY)).contains(Rule.NOTES);
        assertThat(rules(view, Dashboard.Bucket.THIS_WEEK)).contains(Rule.THANK_YOU);
    }

    private static List<Rule> rules(Dashboard.View view, Dashboard.Bucket bucket) {
        return view.buckets().get(bucket).stream().map(due -> due.action().rule()).toList();
    }
}
