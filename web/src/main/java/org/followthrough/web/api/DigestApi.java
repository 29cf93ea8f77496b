package org.followthrough.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.followthrough.application.reminders.Digest;
import org.followthrough.application.reminders.Digests;
import org.followthrough.web.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Sends today's digest at once, so a person can see that mail arrives (409 when the server has no mail set up). */
@Tag(name = OpenApiConfiguration.Tags.REMINDERS)
@RestController
@RequestMapping(path = "/api/v1/me/digest", produces = MediaType.APPLICATION_JSON_VALUE)
record DigestApi(Digests digests) {

    record Sent(String to, LocalDate day, int overdue, int dueToday) {
    }

    @Operation(operationId = "sendTestDigest", summary = "Send today's digest now",
            description = "Sends the morning digest at once, so you can check that mail arrives; 409 when mail is not set up on this server.")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping("/test")
    Sent test(@AuthenticationPrincipal SignedInUser me) {
        Digest digest = digests.sendTest(me.candidateId());
        return new Sent(digest.recipient(), digest.day(), digest.overdue().size(), digest.dueToday().size());
    }
}
