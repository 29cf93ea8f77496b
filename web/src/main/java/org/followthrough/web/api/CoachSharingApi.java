package org.followthrough.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.followthrough.application.coaching.CoachSharing;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The candidate's consent: share figures (and optionally the timeline) with a coach by their e-mail address, see
 * with whom, and stop at any time. A revocation holds from the coach's next request on.
 */
@Tag(name = OpenApiConfiguration.Tags.SHARING)
@RestController
@RequestMapping(path = "/api/v1/me/coaches", produces = MediaType.APPLICATION_JSON_VALUE)
class CoachSharingApi {

    private final CoachSharing sharing;

    CoachSharingApi(CoachSharing sharing) {
        this.sharing = sharing;
    }

    record ShareBody(@Nullable String coachEmail, @Nullable Boolean shareTimeline) {
    }

    record Share(String coachEmail, String coachName, boolean shareTimeline, OffsetDateTime since) {
    }

    @Operation(operationId = "shareWithCoach", summary = "Share with a coach",
            description = "Lets the coach with this e-mail address see your figures, and your timeline too if `shareTimeline` is true. Sharing again with the same coach changes what is shared. Answers 201 with the share.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Share> share(@AuthenticationPrincipal SignedInUser me, @RequestBody ShareBody body) {
        String coach = sharing.share(me.candidateId(), body.coachEmail(), Boolean.TRUE.equals(body.shareTimeline()));
        Share shared = list(me).stream().filter(share -> share.coachEmail().equals(coach)).findFirst().orElseThrow();
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{coach}")
                .buildAndExpand(coach).toUri()).body(shared);
    }

    @Operation(operationId = "listCoachShares", summary = "List the coaches you share with",
            description = "Every coach who can see your figures, whether they also see your timeline, and since when.")
    @GetMapping
    List<Share> list(@AuthenticationPrincipal SignedInUser me) {
        return sharing.sharesOf(me.candidateId()).stream()
                .map(share -> new Share(share.coachEmail(), sharing.coachName(share.coachEmail()), share.shareTimeline(),
                        share.sharedAt().atZone(me.timeZone()).toOffsetDateTime()))
                .toList();
    }

    /** Answers 204 whether or not there was anything to revoke: afterwards, nothing is shared with that address. */
    @Operation(operationId = "revokeCoachShare", summary = "Stop sharing with a coach",
            description = "Answers 204 whether or not there was anything to revoke: afterwards, nothing is shared with that address.")
    @DeleteMapping("/{coachEmail:.+}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal SignedInUser me, @PathVariable String coachEmail) {
        sharing.revoke(me.candidateId(), coachEmail);
        return ResponseEntity.noContent().build();
    }
}
