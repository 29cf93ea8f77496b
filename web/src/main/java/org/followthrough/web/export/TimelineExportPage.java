package org.followthrough.web.export;

import org.followthrough.application.history.HistoryExport;
import org.followthrough.site.export.StaticTimeline;
import org.followthrough.web.security.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** The signed-in candidate's whole timeline as a zip of plain HTML and CSS, to open from the disk. */
@Controller
record TimelineExportPage(HistoryExport history, JsonMapper json) {

    private static final StaticTimeline RENDERER = new StaticTimeline();

    @GetMapping("/timeline/export")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal SignedInUser me) {
        StaticTimeline.Model model = TimelineFromHistory.model(history.export(me.candidateId()), me.displayName(), json);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"followthrough-timeline.zip\"")
                .body(out -> RENDERER.zip(model, "followthrough-timeline", out));
    }
}
