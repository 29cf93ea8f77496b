package org.followthrough.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.followthrough.application.projection.DeadLetter;
import org.followthrough.application.projection.DeadLetterRetries;
import org.followthrough.application.projection.DeadLetters;
import org.followthrough.application.rebuild.ProjectionRebuilds;
import org.followthrough.application.rebuild.RebuildStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** For administrators: rebuild every projection from the event store, and watch it; retry or drop dead letters. */
@Tag(name = OpenApiConfiguration.Tags.ADMIN)
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
record AdminApi(ProjectionRebuilds rebuilds, DeadLetters letters, DeadLetterRetries retries) {

    @Operation(operationId = "startRebuild", summary = "Start rebuilding the read models",
            description = "Replays the event log into every read model (timeline, due actions, figures, coach sharing) in the background and answers at once with the progress so far. While one runs, starting another is refused with 409.")
    @PostMapping("/rebuilds")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RebuildStatus rebuild() {
        return rebuilds.start();
    }

    @Operation(operationId = "rebuildProgress", summary = "Show the rebuild's progress",
            description = "How far each read model's processor has got through the event log, and whether a rebuild is running.")
    @GetMapping("/rebuilds")
    RebuildStatus status() {
        return rebuilds.progress();
    }

    /** The streams the projections have parked, oldest failure first. */
    @Operation(operationId = "listDeadLetters", summary = "List the dead letters",
            description = "Every opportunity (or candidate) whose events a projection set aside, with the error, the first failure and the attempts so far.")
    @GetMapping("/dead-letters")
    List<DeadLetter> deadLetters() {
        return letters.all();
    }

    @Operation(operationId = "retryDeadLetter", summary = "Retry one dead letter",
            description = "Handles the opportunity's whole stream again from the event store; if it still fails it stays, with one attempt more.")
    @PostMapping("/dead-letters/{id}/retry")
    DeadLetterRetries.Outcome retry(@PathVariable long id) {
        return retries.retry(id);
    }

    @Operation(operationId = "retryAllDeadLetters", summary = "Retry every dead letter",
            description = "Retries each dead letter in turn; those that still fail stay.")
    @PostMapping("/dead-letters/retry-all")
    List<DeadLetterRetries.Outcome> retryAll() {
        return retries.retryAll();
    }

    @Operation(operationId = "dropDeadLetter", summary = "Drop a dead letter",
            description = "The projection goes on without those events.")
    @DeleteMapping("/dead-letters/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void drop(@PathVariable long id) {
        retries.drop(id);
    }
}
