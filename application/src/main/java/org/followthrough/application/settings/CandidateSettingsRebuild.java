package org.followthrough.application.settings;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.followthrough.application.rebuild.DirectRebuild;
import org.followthrough.domain.candidate.CandidateRegistered;
import org.followthrough.domain.candidate.CandidateSettingsChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settings projection is a subscribing one (current within the command's transaction), so Axon cannot replay
 * it: this rebuilds its table from every candidate's stream instead, in one transaction.
 */
@Component
public class CandidateSettingsRebuild implements DirectRebuild {

    private final JdbcClient jdbc;
    private final EventStore eventStore;
    private final CandidateSettingsProjection projection;

    CandidateSettingsRebuild(JdbcClient jdbc, EventStore eventStore, CandidateSettingsProjection projection) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.projection = projection;
    }

    @Override
    public String name() {
        return CandidateSettingsProjection.PROCESSING_GROUP;
    }

    @Override
    @Transactional
    public void rebuild() {
        jdbc.sql("DELETE FROM candidate_settings").update();
        jdbc.sql("SELECT DISTINCT aggregateidentifier FROM domainevententry WHERE type = 'Candidate'")
                .query(String.class)
                .list()
                .forEach(candidate -> eventStore.readEvents(candidate).asStream().forEach(message -> {
                    switch (message.getPayload()) {
                        case CandidateRegistered registered -> projection.on(registered);
                        case CandidateSettingsChanged changed -> projection.on(changed);
                        default -> {
                            // other candidate events keep their own read models
                        }
                    }
                }));
    }
}
