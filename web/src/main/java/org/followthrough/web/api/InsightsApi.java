package org.followthrough.web.api;

import org.followthrough.analytics.Scope;
import org.followthrough.web.analytics.Figures;
import org.followthrough.web.analytics.Viewers;
import org.followthrough.web.security.SignedInUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/**
 * The coach's three figures over the candidate's own history. Nothing is withheld from its owner; a group resting on
 * fewer than five interviews says so ({@code fewInterviews: true}).
 */
@RestController
@RequestMapping(path = "/api/v1/me/insights", produces = MediaType.APPLICATION_JSON_VALUE)
class InsightsApi extends FigureEndpoints {

    private final Viewers viewers;

    InsightsApi(Figures figures, Viewers viewers, Clock clock) {
        super(figures, clock, true);
        this.viewers = viewers;
    }

    @Override
    Scope scope(SignedInUser me) {
        return viewers.own(me);
    }
}
