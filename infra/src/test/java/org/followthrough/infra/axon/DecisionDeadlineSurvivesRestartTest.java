package org.followthrough.infra.axon;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.followthrough.domain.opportunity.DeadlinePassed;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.OpenOpportunity;
import org.followthrough.domain.opportunity.RecordInterview;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.infra.InfraTestApplication;
import org.followthrough.infra.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * DeadlinePassed is raised by a persistent deadline: scheduled by one run of the app, fired by the next, even
 * though the app was down when the stated day ended.
 */
class DecisionDeadlineSurvivesRestartTest {

    private final OpportunityId opportunity = OpportunityId.of(UUID.randomUUID());
    private final CandidateId candidate = CandidateId.of(UUID.randomUUID());
    private final InterviewId interview = InterviewId.of(UUID.randomUUID());

    @Test
    void aDeadlineScheduledBeforeAStopFiresAfterTheRestart() {
        TestPostgres.Database database = TestPostgres.createDatabase();
        Instant endOfDay;
        LocalDate statedDay;
        try (ConfigurableApplicationContext first = start(database)) {
            // A time zone whose midnight comes a few seconds from now, so "the end of the stated day" is just ahead.
            endOfDay = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
            int offsetSeconds = -(int) (endOfDay.getEpochSecond() % 86_400);
            ZoneOffset zone = ZoneOffset.ofTotalSeconds(offsetSeconds < -12 * 3600 ? offsetSeconds + 86_400 : offsetSeconds);
            statedDay = endOfDay.atOffset(zone).toLocalDate().minusDays(1);
            assertThat(endOfDay.atOffset(zone).toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);

            assertThat(first.getBean(DeadlineManager.class)).isInstanceOf(DbSchedulerDeadlineManager.class);
            CommandGateway commands = first.getBean(CommandGateway.class);
            commands.sendAndWait(new OpenOpportunity(opportunity, candidate, "Acme", "Engineer", null));
            commands.sendAndWait(new RecordInterview(opportunity, candidate, interview, null, null,
                    Instant.now().minus(1, ChronoUnit.HOURS), List.of(), DecisionTimeline.by(statedDay), zone));
            assertThat(first.getBean(JdbcClient.class).sql("SELECT count(*) FROM scheduled_tasks").query(Long.class).single())
                    .isEqualTo(1);
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> Instant.now().isAfter(endOfDay.plusSeconds(1)));

        try (ConfigurableApplicationContext second = start(database)) {
            EventStore events = second.getBean(EventStore.class);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    events.readEvents(opportunity.toString()).asStream().<Object>map(DomainEventMessage::getPayload).toList())
                    .contains(new DeadlinePassed(opportunity, candidate, interview, statedDay, endOfDay)));
        } finally {
            database.drop();
        }
    }

    private static ConfigurableApplicationContext start(TestPostgres.Database database) {
        return new SpringApplicationBuilder(InfraTestApplication.class)
                .properties("spring.datasource.url=" + database.url(),
                        "spring.datasource.username=" + database.server().user(),
                        "spring.datasource.password=" + database.server().password(),
                        "spring.main.web-application-type=none",
                        "followthrough.master-key=" + TestPostgres.MASTER_KEY)
                .run();
    }
}
