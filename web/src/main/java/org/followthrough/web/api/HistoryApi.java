package org.followthrough.web.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = OpenApiConfiguration.Tags.HISTORY)
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
record HistoryApi(HistoryExport export, ImportHistory history) {

    record Imported(int opportunities, int events) {
    }

    /** Also the settings page's download, under the page's own path (signed in with the page session). */
    @Operation(operationId = "exportHistory", summary = "Export your history",
            description = "Your whole history as one JSON document: every opportunity and every event recorded in it, retractions included. The same document can be imported again.")
    @GetMapping({"/api/v1/me/export", "/me/export"})
    ResponseEntity<HistoryDocument> export(@AuthenticationPrincipal SignedInUser me) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"followthrough-history.json\"")
                .body(export.export(me.candidateId()));
    }

    @Operation(operationId = "importHistory", summary = "Import a history",
            description = "Records the opportunities and events of an exported history document into your account, which must have no opportunities yet (else 409). The events keep their sequence and both their times and get new opportunity ids. All of it or nothing: every part is checked before anything is written, and a fault is answered with 400 naming its path. Answers 201 with the counts.")
    @PostMapping(path = "/api/v1/me/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Imported importHistory(@AuthenticationPrincipal SignedInUser me, @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = HistoryDocument.class), examples = @ExampleObject("""
                    {"format": "followthrough-history", "version": 1, "exportedAt": "2026-04-01T08:00:00Z",
                     "candidate": {"timeZone": "Europe/Berlin", "region": "DE-BY"},
                     "opportunities": [{"id": "6f1c2a4e-3b5d-4c7e-9f01-23456789abcd", "events": [
                       {"sequence": 0, "type": "OpportunityOpened", "occurredAt": "2026-03-02T08:00:00Z",
                        "recordedAt": "2026-03-02T08:00:00Z",
                        "payload": {"opportunityId": "6f1c2a4e-3b5d-4c7e-9f01-23456789abcd",
                                    "candidateId": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                                    "company": "Initech", "role": "Backend engineer",
                                    "openedAt": "2026-03-02T08:00:00Z"}}]}]}
                    """)))
            @RequestBody JsonNode document) {
        HistoryImport.Imported imported = history.into(me.candidateId(), document);
        return new Imported(imported.opportunities(), imported.events());
    }
}
