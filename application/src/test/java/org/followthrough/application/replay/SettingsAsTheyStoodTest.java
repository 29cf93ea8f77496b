package org.followthrough.application.replay;

import org.followthrough.application.AdaAtAcme;
import org.followthrough.application.CandidateStreamsInMemory;
import org.followthrough.application.dueactions.CandidatePolicy;
import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.DueActions;
import org.followthrough.application.dueactions.FetchDueActions;
import org.followthrough.application.settings.CandidateSettingsStore;
import org.followthrough.application.settings.SettingsHistory;
import org.followthrough.domain.candidate.CandidateRegistered;
import org.followthrough.domain.candidate.CandidateSettingsChanged;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.followup.PublicHolidayCalendars;
import org.followthrough.domain.followup.PublicHolidays;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.FollowUpSent;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.shared.Basis;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 item 16: "as of" views use the settings as they stood then. Ada lives in Berlin (Bavaria) and checks in
 * every 5 days; on Thursday 2 April 2026 she moves to New York and spaces her check-ins 10 days apart. Her check-in
 * went out at 01:30 on Wednesday 1 April in Berlin, which was still Tuesday 31 March, 19:30, in New York.
 */
class SettingsAsTheyStoodTest {

    private static final ProjectionDatabase DATABASE = ProjectionDatabase.fresh();

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant REGISTERED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant MOVED = Instant.parse("2026-04-02T12:00:00Z");
    private static final Instant CHECKED_IN = Instant.parse("2026-03-31T23:30:00Z");
    private static final FollowUpPolicy EVERY_5_DAYS = policyWithCheckInsEvery(5);
    private static final FollowUpPolicy EVERY_10_DAYS = policyWithCheckInsEvery(10);

    private final AdaAtAcme world = new AdaAtAcme();
    private final CandidateStreamsInMemory streams = new CandidateStreamsInMemory();
    private final CandidatePolicy policy = new CandidatePolicy(
            new CandidateSettingsStore(DATABASE.jdbc(), ProjectionDatabase.json()), new EasterInGermany(),
            new SettingsHistory(streams));
    private final DueActionsAsOf dueActions = new DueActionsAsOf(new DueActions() {
        @Override
        public List<DueActionView> open(CandidateId candidate) {
            return List.of();
        }

        @Override
        public List<PastDue> pastDue(List<CandidateId> candidates, Rule rule, Instant now) {
            return List.of();
        }
    }, world, policy);

    {
        streams.record(new CandidateRegistered(world.ada, "Ada", BERLIN, Region.parse("DE-BY"), REGISTERED))
                .record(new CandidateSettingsChanged(world.ada, BERLIN, Region.parse("DE-BY"), EVERY_5_DAYS,
                        REGISTERED.plusSeconds(60)))
                .record(new CandidateSettingsChanged(world.ada, NEW_YORK, Region.parse("US-NY"), EVERY_10_DAYS, MOVED));
        world.record(new FollowUpSent(world.acme, world.ada, FollowUpPurpose.STATUS_CHECK, Channel.EMAIL, CHECKED_IN,
                "Grace Hopper", null), CHECKED_IN);
        // the projection holds today's settings only: New York, every 10 days
        DATABASE.jdbc().sql("""
                        INSERT INTO candidate_settings (candidate_id, time_zone, region, policy, updated_at)
                        VALUES (?, ?, ?, ?::jsonb, ?)""")
                .params(world.ada.value(), NEW_YORK.getId(), "US-NY",
                        ProjectionDatabase.json().writeValueAsString(EVERY_10_DAYS), Timestamp.from(MOVED))
                .update();
    }

    @Nested
    @DisplayName("before the move")
    class BeforeTheMove {

        @Test
        void theNextCheckInFollowsBerlinsCalendarAndTheOldSpacing() {
            DueAction check = statusCheck(FetchDueActions.asOf(world.ada, Instant.parse("2026-04-01T12:00:00Z")));

            // Wed 1 Apr in Berlin + 5 days = Easter Monday, a holiday in Bavaria: Tuesday 7 April
            assertThat(check.dueOn()).isEqualTo(LocalDate.of(2026, 4, 7));
            assertThat(check.deadline()).isEqualTo(LocalDate.of(2026, 4, 8).atStartOfDay(BERLIN).toInstant());
            assertThat(check.explanation()).contains("Wednesday 1 April").contains("Monday 6 April")
                    .contains("Easter Monday");
        }

        @Test
        void byWhatTheAppKnewItIsTheSame() {
            DueAction check = statusCheck(new FetchDueActions(world.ada, Instant.parse("2026-04-01T12:00:00Z"),
                    Basis.RECORDED));

            assertThat(check.dueOn()).isEqualTo(LocalDate.of(2026, 4, 7));
        }

        @Test
        void theAnswerNamesTheZoneSheLivedInThen() {
            assertThat(dueActions.advice(FetchDueActions.asOf(world.ada, Instant.parse("2026-04-01T12:00:00Z")),
                    Instant.parse("2026-04-01T12:00:00Z")).zoneThen()).isEqualTo(BERLIN);
        }
    }

    @Nested
    @DisplayName("the timeline page before the move")
    class TimelineBeforeTheMove {

        private final TimelineAsOf timeline = new TimelineAsOf(world, dueActions, policy,
                Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC));

        @Test
        void aPastDayIsReadInBerlinAndTheCheckInsAfterAndThenFollowBerlinsCalendar() {
            // asked today, from New York, about 1 April
            TimelineAsOf.View view = timeline.of(new TimelineAsOf.Query(world.ada, NEW_YORK, LocalDate.of(2026, 4, 1),
                    false, null, null, null, null));

            assertThat(view.zone()).isEqualTo(BERLIN);
            assertThat(view.at()).isEqualTo(LocalDate.of(2026, 4, 2).atStartOfDay(BERLIN).toInstant().minusNanos(1000));
            String checkIn = view.page().entries().stream()
                    .filter(entry -> entry.recorded().type().equals("FollowUpSent")).findFirst().orElseThrow()
                    .recorded().eventId();
            assertThat(view.openAfter().get(checkIn)).filteredOn(action -> action.rule() == Rule.STATUS_CHECK)
                    .extracting(DueAction::dueOn).containsExactly(LocalDate.of(2026, 4, 7));
            assertThat(view.openAtTheTime()).extracting(DueActionView::action)
                    .filteredOn(action -> action.rule() == Rule.STATUS_CHECK)
                    .extracting(DueAction::dueOn).containsExactly(LocalDate.of(2026, 4, 7));
        }
    }

    @Nested
    @DisplayName("after the move")
    class AfterTheMove {

        @Test
        void theNextCheckInFollowsNewYorksCalendarAndTheNewSpacing() {
            DueAction check = statusCheck(FetchDueActions.asOf(world.ada, Instant.parse("2026-04-03T12:00:00Z")));

            // Tue 31 Mar in New York + 10 days = Friday 10 April, no holiday in the way
            assertThat(check.dueOn()).isEqualTo(LocalDate.of(2026, 4, 10));
            assertThat(check.deadline()).isEqualTo(LocalDate.of(2026, 4, 11).atStartOfDay(NEW_YORK).toInstant());
            assertThat(check.explanation()).contains("Tuesday 31 March").doesNotContain("Easter");
        }

        @Test
        void theLiveViewsPolicyIsTodaysToo() {
            CandidatePolicy.Applied today = policy.of(world.ada);

            assertThat(today.calendar().zone()).isEqualTo(NEW_YORK);
            assertThat(today.policy().daysBetweenCheckIns()).isEqualTo(10);
            DueAction check = today.openAt(world.acme, OpportunityHistory.of(world.entries().stream()
                            .map(recorded -> recorded.event()).toList()), Instant.parse("2026-04-03T12:00:00Z"))
                    .stream().filter(action -> action.rule() == Rule.STATUS_CHECK).findFirst().orElseThrow();
            assertThat(check.dueOn()).isEqualTo(LocalDate.of(2026, 4, 10));
        }
    }

    @Nested
    @DisplayName("the settings' history")
    class History {

        private final SettingsHistory.AsTheyStood stood = new SettingsHistory(streams).of(world.ada);

        @Test
        void beforeRegisteringTheRegistrationsSettingsHold() {
            assertThat(stood.at(Instant.parse("2026-01-01T00:00:00Z")).orElseThrow().timeZone()).isEqualTo(BERLIN);
            assertThat(stood.at(REGISTERED).orElseThrow().policy()).isEqualTo(FollowUpPolicy.DEFAULTS);
        }

        @Test
        void aChangeHoldsFromTheMomentItWasMade() {
            assertThat(stood.at(MOVED.minusMillis(1)).orElseThrow().policy()).isEqualTo(EVERY_5_DAYS);
            assertThat(stood.at(MOVED).orElseThrow().timeZone()).isEqualTo(NEW_YORK);
        }

        @Test
        void aCandidateWithNoStreamHasNoHistory() {
            assertThat(new SettingsHistory(streams).of(CandidateId.of(java.util.UUID.randomUUID())).at(MOVED))
                    .isEmpty();
        }
    }

    private DueAction statusCheck(FetchDueActions query) {
        return dueActions.list(query).stream().map(DueActionView::action)
                .filter(action -> action.rule() == Rule.STATUS_CHECK).findFirst().orElseThrow();
    }

    private static FollowUpPolicy policyWithCheckInsEvery(int days) {
        FollowUpPolicy d = FollowUpPolicy.DEFAULTS;
        return new FollowUpPolicy(d.thankYouWithin(), d.handwrittenIfDecisionDaysAway(), d.nextStepsBusinessDays(),
                d.checkInBusinessDaysAfterStatedDate(), d.checkInDaysAfterFewDays(), d.checkInDaysWithoutTimeline(),
                days, d.checkInsPerRound(), d.moveOnAfterDaysOfSilence(), d.clearTheAirBusinessDays(),
                d.answerConcernBusinessDays(), d.afterOutcomeBusinessDays());
    }

    /** Germany keeps Good Friday and Easter Monday 2026; the United States neither. */
    private static final class EasterInGermany implements PublicHolidayCalendars {

        private static final Map<LocalDate, String> GERMANY = Map.of(LocalDate.of(2026, 4, 3), "Good Friday",
                LocalDate.of(2026, 4, 6), "Easter Monday");

        @Override
        public PublicHolidays of(Region region) {
            return region.country().equals("DE") ? day -> Optional.ofNullable(GERMANY.get(day)) : PublicHolidays.NONE;
        }

        @Override
        public SortedSet<String> supportedRegions() {
            return new TreeSet<>(List.of("DE-BY", "US-NY"));
        }

        @Override
        public boolean isSupported(Region region) {
            return true;
        }
    }
}
