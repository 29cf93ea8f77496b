package org.followthrough.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.followthrough.application.coaching.CoachException;
import org.followthrough.application.coaching.CoachOverview;
import org.followthrough.web.security.SignedInUser;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Who shares with a coach right now, and what in their follow-up is worth asking about; never a message text or note. */
@Tag(name = OpenApiConfiguration.Tags.COACH)
@RestController
@RequestMapping(path = "/api/v1/coach", produces = MediaType.APPLICATION_JSON_VALUE)
record CoachApi(CoachOverview coaching) {

    record Candidate(UUID candidateId, String displayName, boolean sharesTimeline, OffsetDateTime since) {
    }

    record Flag(UUID candidateId, String displayName, CoachException.Kind kind, int count, OffsetDateTime since) {
    }

    /** Who shares with this coach right now. */
    @Operation(operationId = "listSharingCandidates", summary = "List the candidates who share with you",
            description = "Every candidate who shares with the calling coach right now, since when, and whether they share their timeline too.")
    @GetMapping("/candidates")
    List<Candidate> candidates(@AuthenticationPrincipal SignedInUser me) {
        return coaching.candidates(me.getUsername()).stream()
                .map(candidate -> new Candidate(candidate.candidateId().value(), candidate.displayName(),
                        candidate.shareTimeline(), candidate.sharedAt().atZone(me.timeZone()).toOffsetDateTime()))
                .toList();
    }

    @Operation(operationId = "listCoachFlags", summary = "List what needs a coach's look",
            description = "Flags over the candidates who share with the calling coach: a thank-you overdue, a decision date gone by without a check-in, or no activity for a while. Each flag counts the cases and says since when.")
    @GetMapping("/exceptions")
    List<Flag> exceptions(@AuthenticationPrincipal SignedInUser me) {
        return coaching.flags(me.getUsername()).stream()
                .map(found -> new Flag(found.candidateId().value(), found.displayName(), found.kind(), found.count(),
                        found.since().atZone(me.timeZone()).toOffsetDateTime()))
                .toList();
    }
}
