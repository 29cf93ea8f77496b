package org.followthrough.site;

import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.RecruiterReplied;
import org.followthrough.domain.opportunity.ReplyKind;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.site.export.StaticTimeline;
import org.followthrough.site.timeline.OpportunityGroup;
import org.followthrough.site.timeline.TimelineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class StaticTimelineTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final OpportunityId id = OpportunityId.of(UUID.randomUUID());
    private final CandidateId ada = CandidateId.of(UUID.randomUUID());

    private StaticTimeline.Model model() {
        return new StaticTimeline.Model("Ada <Lovelace>", "Sunday 22 November 2026", "Europe/Berlin", List.of(
                new OpportunityGroup(id.toString(), "Acme & Sons", "Backend Engineer", null, List.of(
                        new TimelineItem(1, new RecruiterReplied(id, ada, ReplyKind.NEXT_ROUND,
                                Instant.parse("2026-03-18T09:00:00Z"), "<b>round two</b>"), Instant.parse("2026-03-18T10:00:00Z"), false, BERLIN),
                        new TimelineItem(0, new OpportunityOpened(id, ada, "Acme & Sons", "Backend Engineer",
                                Instant.parse("2026-03-01T09:00:00Z")), Instant.parse("2026-03-01T09:00:00Z"), false, BERLIN)))));
    }

    @Test
    void aFolderOfHtmlAndCssThatNeedsNoServer(@TempDir Path folder) throws Exception {
        new StaticTimeline().write(model(), folder);

        String html = Files.readString(folder.resolve("index.html"));
        assertThat(folder.resolve("css/app.css")).exists().isNotEmptyFile();
        assertThat(html).contains("href=\"css/app.css\"")
                .doesNotContain("href=\"/").doesNotContain("src=\"/").doesNotContain("<script")
                .contains("They invited you to another round")
                .contains("Started pursuing Backend Engineer at Acme &amp; Sons")
                .contains("Timeline of Ada &lt;Lovelace&gt;")
                .contains("Note: &lt;b&gt;round two&lt;/b&gt;");
    }

    @Test
    void theSameFolderAsAZip() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        new StaticTimeline().zip(model(), "timeline", zip);

        List<String> names = new ArrayList<>();
        String index = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                if (entry.getName().endsWith("index.html")) {
                    index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(names).containsExactly("timeline/index.html", "timeline/css/app.css");
        assertThat(index).contains("Backend Engineer");
    }
}
