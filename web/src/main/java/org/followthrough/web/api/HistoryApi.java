package org.followthrough.web.api;

import org.followthrough.application.history.HistoryDocument;
import org.followthrough.application.history.HistoryExport;
import org.followthrough.application.history.HistoryImport;
import org.followthrough.application.projection.ReadYourWrites;
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
@RequestMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
class HistoryApi {

    private final HistoryExport export;
    private final HistoryImport history;
    private final ReadYourWrites readYourWrites;

    HistoryApi(HistoryExport export, HistoryImport history, ReadYourWrites readYourWrites) {
        this.export = export;
        this.history = history;
        this.readYourWrites = readYourWrites;
    }

    record Imported(int opportunities, int events) {
    }

    @GetMapping("/export")
    ResponseEntity<HistoryDocument> export(@AuthenticationPrincipal SignedInUser me) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"followthrough-history.json\"")
                .body(export.export(me.candidateId()));
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Imported importHistory(@AuthenticationPrincipal SignedInUser me, @RequestBody JsonNode document) {
        HistoryImport.Imported imported = history.importInto(me.candidateId(), document);
        imported.streams().forEach(stream -> readYourWrites.awaitVisible(stream.opportunityId(), stream.lastSequence()));
        return new Imported(imported.opportunities(), imported.events());
    }
}
