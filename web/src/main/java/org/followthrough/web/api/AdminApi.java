package org.followthrough.web.api;

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
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminApi {

    private final ProjectionRebuilds rebuilds;

    AdminApi(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping("/rebuilds")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RebuildStatus rebuild() {
        return rebuilds.start();
    }

    @GetMapping("/rebuilds")
    RebuildStatus status() {
        return rebuilds.progress();
    }
}
