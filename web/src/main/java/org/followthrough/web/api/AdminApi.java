package org.followthrough.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.followthrough.application.rebuild.ProjectionRebuilds;
import org.followthrough.application.rebuild.RebuildStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** For administrators: rebuild every projection from the event store, and watch it. */
@Tag(name = OpenApiConfiguration.Tags.ADMIN)
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminApi {

    private final ProjectionRebuilds rebuilds;

    AdminApi(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

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
}
