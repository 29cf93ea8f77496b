package org.followthrough.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.followthrough.application.settings.Regions;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The regions one may choose at sign-up and in settings: those with public holiday data, with their weekend. */
@Tag(name = OpenApiConfiguration.Tags.ACCOUNTS)
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
record RegionApi(Regions all) {

    @Operation(operationId = "listRegions", summary = "List the supported regions",
            description = "Every region with public holiday data, with its weekend. Needs no credentials (sign-up offers them).")
    @SecurityRequirements
    @GetMapping("/regions")
    List<Regions.Supported> regions() {
        return all.supported();
    }
}
