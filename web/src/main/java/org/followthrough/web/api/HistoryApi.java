package org.followthrough.web.api;

import org.followthrough.application.history.HistoryDocument;
import org.followthrough.application.history.HistoryExport;
import org.followthrough.application.history.HistoryImport;
import org.followthrough.application.history.ImportHistory;
import org.followthrough.web.security.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The candidate's whole history as a versioned JSON document, and back into a new account: all or nothing. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class HistoryApi {

    private final HistoryExport export;
    private final ImportHistory history;

    HistoryApi(HistoryExport export, ImportHistory history) {
        this.export = export;
        this.history = history;
    }

    record Imported(int opportunities, int events) {
    }

    /** Also the settings page's download, under the page's own path (signed in with the page session). */
    @GetMapping({"/api/v1/me/export", "/me/export"})
    ResponseEntity<HistoryDocument> export(@AuthenticationPrincipal SignedInUser me) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"followthrough-history.json\"")
                .body(export.export(me.candidateId()));
    }

    @PostMapping(path = "/api/v1/me/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Imported importHistory(@AuthenticationPrincipal SignedInUser me, @RequestBody JsonNode document) {
        HistoryImport.Imported imported = history.into(me.candidateId(), document);
        return new Imported(imported.opportunities(), imported.events());
    }
}
