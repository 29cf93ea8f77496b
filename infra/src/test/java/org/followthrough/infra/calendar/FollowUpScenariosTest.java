package org.followthrough.infra.calendar;

import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.followup.Advice;
import org.followthrough.domain.followup.BusinessCalendar;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.followup.FollowUpRules;
import org.followthrough.domain.followup.Waiting;
import org.followthrough.domain.followup.Weekend;
import org.followthrough.infra.testing.scenarios.FollowUpScenario;
import org.followthrough.infra.testing.scenarios.FollowUpScenarios;
import org.followthrough.infra.testing.scenarios.InMemoryReplay;
import org.followthrough.infra.testing.scenarios.ScenarioChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every follow-up scenario against the real policy: the scenario's steps become the events the aggregate records
 * (numbered from 0, the opening first), the candidate's calendar gets the region's real public holidays from
 * Jollyday and its weekend from CLDR, and at {@code asOf} the open actions must be exactly the expected ones (none
 * missing, none extra, each with its exact due instant or day), the missed ones exactly the expected missed ones, the
 * reasons to wait exactly the expected ones, and each named explanation must state the expected facts.
 *
 * <p>The system-raised DeadlinePassed is left out: in the current rules it changes an explanation's wording,
 * never a due day.
 */
class FollowUpScenariosTest {

    private static final JollydayHolidayCalendars CALENDARS = new JollydayHolidayCalendars();

    static Stream<FollowUpScenario> scenarios() {
        return FollowUpScenarios.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void thePolicyOwesExactlyWhatTheScenarioSays(FollowUpScenario scenario) {
        assertThat(ScenarioChecks.problemsWith(scenario)).as("%s: problems replaying it through the API", scenario)
                .isEmpty();
        InMemoryReplay replay = InMemoryReplay.of(scenario);
        Region region = Region.parse(scenario.region());
        assertThat(CALENDARS.isSupported(region)).as("%s: a region with holiday data", scenario).isTrue();
        BusinessCalendar calendar = CALENDARS.calendar(scenario.zoneId(), region);
        Instant asOf = scenario.asOf().toInstant();

        Advice advice = FollowUpRules.advice(replay.opportunityId(), replay.history(), asOf, calendar,
                FollowUpPolicy.DEFAULTS);

        assertThat(advice.openAt(asOf).stream().map(replay::describe).sorted().toList())
                .as("%s: open actions at %s", scenario, scenario.asOf())
                .isEqualTo(scenario.expectedDescriptions());
        assertThat(advice.missedAt(asOf).stream().map(replay::describe).sorted().toList())
                .as("%s: missed actions at %s", scenario, scenario.asOf())
                .isEqualTo(scenario.missedDescriptions());
        assertThat(advice.missedAt(asOf)).allSatisfy(missed -> assertThat(missed.worth().missedReason()).isNotBlank());
        assertThat(advice.waiting().stream().map(Waiting::reason).sorted().toList())
                .as("%s: reasons to wait", scenario)
                .isEqualTo(scenario.waiting().stream().sorted().toList());
        for (FollowUpScenario.Explained explained : scenario.explanations()) {
            List<DueAction> matching = advice.actions().stream()
                    .filter(action -> action.rule() == explained.rule()
                            && Objects.equals(replay.about(action), explained.about()))
                    .toList();
            assertThat(matching).as("%s: the %s action explained", scenario, explained.rule()).hasSize(1);
            assertThat(matching.getFirst().explanation()).as("%s: why %s", scenario, explained.rule())
                    .contains(explained.fragments());
        }
    }

    @Test
    void thereAreEnoughScenariosEachWithItsOwnName() {
        List<FollowUpScenario> all = FollowUpScenarios.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(56);
        Set<String> names = new HashSet<>();
        assertThat(all).allSatisfy(scenario -> assertThat(names.add(scenario.name())).as(scenario.name()).isTrue());
    }

    @Test
    void theScenariosSpanRegionsAndAFridaySaturdayWeekend() {
        List<FollowUpScenario> all = FollowUpScenarios.all();
        assertThat(all.stream().map(scenario -> Region.parse(scenario.region()).country()).distinct().count())
                .isGreaterThanOrEqualTo(5);
        assertThat(all).anySatisfy(scenario -> assertThat(CALENDARS.weekendOf(Region.parse(scenario.region())))
                .isEqualTo(Weekend.FRIDAY_SATURDAY));
    }
}
