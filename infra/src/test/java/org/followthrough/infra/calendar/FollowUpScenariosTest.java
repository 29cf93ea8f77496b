package org.followthrough.infra.calendar;

import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.followup.BusinessCalendar;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.followup.FollowUpRules;
import org.followthrough.infra.testing.scenarios.FollowUpScenario;
import org.followthrough.infra.testing.scenarios.FollowUpScenarios;
import org.followthrough.infra.testing.scenarios.InMemoryReplay;
import org.followthrough.infra.testing.scenarios.ScenarioChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every follow-up scenario against the real policy: the scenario's steps become the events the aggregate records
 * (numbered from 0, the opening first), the candidate's calendar gets the region's real public holidays from
 * Jollyday, and the open actions at {@code asOf} must be exactly the expected ones: none missing, none extra,
 * each with its exact due instant or day.
 *
 * <p>The system-raised DeadlinePassed is left out: in the current rules it changes an explanation's wording,
 * never a due day.
 */
class FollowUpScenariosTest {

    private static final JollydayHolidayCalendars HOLIDAYS = new JollydayHolidayCalendars();

    static Stream<FollowUpScenario> scenarios() {
        return FollowUpScenarios.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theOpenActionsAreExactlyTheExpectedOnes(FollowUpScenario scenario) {
        assertThat(ScenarioChecks.problemsWith(scenario)).as("%s: problems replaying it through the API", scenario)
                .isEmpty();
        InMemoryReplay replay = InMemoryReplay.of(scenario);
        BusinessCalendar calendar = new BusinessCalendar(scenario.zoneId(),
                HOLIDAYS.of(Region.parse(scenario.region())));

        List<DueAction> actions = FollowUpRules.dueActions(replay.opportunityId(), replay.history(),
                scenario.asOf().toInstant(), calendar, FollowUpPolicy.DEFAULTS);

        assertThat(actions.stream().map(replay::describe).sorted().toList())
                .as("%s: open actions at %s", scenario, scenario.asOf())
                .isEqualTo(scenario.expectedDescriptions());
    }

    @Test
    void thereAreEnoughScenariosEachWithItsOwnName() {
        List<FollowUpScenario> all = FollowUpScenarios.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(25);
        Set<String> names = new HashSet<>();
        assertThat(all).allSatisfy(scenario -> assertThat(names.add(scenario.name())).as(scenario.name()).isTrue());
    }
}
