package org.followthrough.web.export;

import org.followthrough.application.history.HistoryDocument;
import org.followthrough.infra.json.DomainJacksonModule;
import org.followthrough.site.export.StaticTimeline;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The static export from the command line, with no server and no database: reads a history downloaded from the app
 * ({@code GET /api/v1/me/export}, or Settings → "Download your history") and writes the timeline folder.
 *
 * <pre>bin/export-timeline history.json out-folder ["Owner's name"]</pre>
 */
public final class ExportTimelineCommand {

    private ExportTimelineCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: export-timeline <history.json> <folder> [owner's name]");
            System.exit(2);
        }
        JsonMapper json = JsonMapper.builder()
                .addModule(new DomainJacksonModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        HistoryDocument document = json.readValue(Files.readAllBytes(Path.of(args[0])), HistoryDocument.class);
        if (!HistoryDocument.FORMAT.equals(document.format())) {
            System.err.println(args[0] + " is not a Followthrough history (format " + document.format() + ")");
            System.exit(1);
        }
        Path folder = Path.of(args[1]);
        new StaticTimeline().write(TimelineFromHistory.model(document, args.length > 2 ? args[2] : "you", json), folder);
        System.out.println("Wrote " + folder.resolve("index.html").toAbsolutePath());
    }
}
