package org.followthrough.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.followthrough.application.coaching.CoachShare;
import org.followthrough.application.coaching.CoachSharing;
import org.followthrough.application.coaching.ShareProposal;
import org.followthrough.domain.candidate.CoachShareStatus;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The candidate's consent, in two steps: ask to share figures (and optionally the timeline) with a coach by their
 * e-mail address and be shown the coach's display name, then confirm that name; see with whom, and stop at any time.
 * Nothing is visible to the coach until the confirmation; a revocation holds from the coach's next request on.
 */
@Tag(name = OpenApiConfiguration.Tags.SHARING)
@RestController
@RequestMapping(path = "/api/v1/me/coaches", produces = MediaType.APPLICATION_JSON_VALUE)
record CoachSharingApi(CoachSharing sharing) {

    record ShareBody(@Nullable String coachEmail, @Nullable Boolean shareTimeline) {
    }

    record ConfirmationBody(@Nullable String coachName) {
    }

    /** {@code confirm} is where to confirm a PENDING share's coach name; null once ACTIVE. */
    record Share(String coachEmail, String coachName, boolean shareTimeline, CoachShareStatus status,
                 OffsetDateTime since, @Nullable String confirm) {
    }

    @Operation(operationId = "shareWithCoach", summary = "Ask to share with a coach",
            description = "Step one of sharing with the coach account at this e-mail address (your figures, and your timeline too if `shareTimeline` is true). Answers 202 with the coach's display name and status `PENDING`: the coach sees nothing until you confirm that name at the `confirm` URL. An address with no coach account is refused (400, field `coachEmail`). For a coach you already share with, this only changes whether the timeline is included, and answers 200 with status `ACTIVE`.")
    @ApiResponse(responseCode = "202", description = "Pending: confirm the coach's name at `confirm` before anything is shown.")
    @ApiResponse(responseCode = "200", description = "Already shared with this coach: the timeline choice is applied.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Share> share(@AuthenticationPrincipal SignedInUser me, @RequestBody ShareBody body) {
        ShareProposal proposal = sharing.propose(me.candidateId(), body.coachEmail(),
                Boolean.TRUE.equals(body.shareTimeline()));
        Share share = find(me, proposal.coachEmail());
        Share answer = new Share(share.coachEmail(), proposal.coachName(), share.shareTimeline(), share.status(),
                share.since(), share.confirm());
        return ResponseEntity.status(share.status() == CoachShareStatus.PENDING ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .body(answer);
    }

    @Operation(operationId = "confirmCoachShare", summary = "Confirm a coach's name and start sharing",
            description = "Step two: `coachName` is the coach's display name as you were shown it. The share becomes `ACTIVE` (the coach sees your figures, and your timeline if asked) only if that is the coach account's current name; if the coach changed it since, the answer is 409 naming `coachName` with the current name in `currentCoachName`, and the share stays pending. 404 when nothing is pending for that address. Confirming an active share again changes nothing.")
    @ApiResponse(responseCode = "200", description = "The share, now ACTIVE.")
    @PostMapping(path = "/{coachEmail}/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
    Share confirm(@AuthenticationPrincipal SignedInUser me, @PathVariable String coachEmail,
                  @RequestBody ConfirmationBody body) {
        sharing.confirm(me.candidateId(), coachEmail, body.coachName());
        return find(me, coachEmail);
    }

    @Operation(operationId = "listCoachShares", summary = "List the coaches you share with",
            description = "Every coach you share with (`ACTIVE`: they see your figures) or asked to share with (`PENDING`: they see nothing until you confirm their name at `confirm`), their display name now, whether the timeline is included, and since when.")
    @GetMapping
    List<Share> list(@AuthenticationPrincipal SignedInUser me) {
        return sharing.sharesOf(me.candidateId()).stream().map(share -> shown(me, share)).toList();
    }

    /** Answers 204 whether or not there was anything to revoke: afterwards, nothing is shared with that address. */
    @Operation(operationId = "revokeCoachShare", summary = "Stop sharing with a coach",
            description = "Stops an active share or drops a pending one. Answers 204 whether or not there was anything to revoke: afterwards, nothing is shared with that address.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{coachEmail:.+}")
    void revoke(@AuthenticationPrincipal SignedInUser me, @PathVariable String coachEmail) {
        sharing.revoke(me.candidateId(), coachEmail);
    }

    private Share find(SignedInUser me, String coachEmail) {
        return sharing.shareWith(me.candidateId(), coachEmail).map(share -> shown(me, share))
                .orElseThrow(() -> new NotFound("share", coachEmail));
    }

    private Share shown(SignedInUser me, CoachShare share) {
        String confirm = share.status() == CoachShareStatus.PENDING
                ? ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/me/coaches/{coach}/confirmation").buildAndExpand(share.coachEmail()).encode().toUriString()
                : null;
        return new Share(share.coachEmail(), sharing.coachName(share.coachEmail()), share.shareTimeline(),
                share.status(), share.sharedAt().atZone(me.timeZone()).toOffsetDateTime(), confirm);
    }
}
