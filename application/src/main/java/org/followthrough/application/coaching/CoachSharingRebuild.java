package org.followthrough.application.coaching;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.followthrough.application.rebuild.DirectRebuild;
import org.followthrough.domain.candidate.CoachSharingRevoked;
import org.followthrough.domain.candidate.SharedWithCoach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Rebuilds {@code coach_share} from every candidate's stream (its processor is a subscribing one). */
@Component
class CoachSharingRebuild implements DirectRebuild {

    private final JdbcClient jdbc;
    private final EventStore eventStore;
    private final CoachSharingProjection projection;

    CoachSharingRebuild(JdbcClient jdbc, EventStore eventStore, CoachSharingProjection projection) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.projection = projection;
    }

    @Override
    public String name() {
        return CoachSharingProjection.PROCESSING_GROUP;
    }

    @Override
    @Transactional
    public void rebuild() {
        jdbc.sql("DELETE FROM coach_share").update();
        jdbc.sql("SELECT DISTINCT aggregateidentifier FROM domainevententry WHERE type = 'Candidate'")
                .query(String.class)
                .list()
                .forEach(candidate -> eventStore.readEvents(candidate).asStream().forEach(message -> {
                    switch (message.getPayload()) {
                        case SharedWithCoach shared -> projection.on(shared);
                        case CoachSharingRevoked revoked -> projection.on(revoked);
                        default -> {
                            // other candidate events keep their own read models
                        }
                    }
                }));
    }
}
