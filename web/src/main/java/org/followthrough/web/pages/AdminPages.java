package org.followthrough.web.pages;

import org.followthrough.application.projection.DeadLetter;
import org.followthrough.application.projection.DeadLetterRetries;
import org.followthrough.application.projection.DeadLetters;
import org.followthrough.application.reminders.Digests;
import org.followthrough.infra.cluster.SegmentBalancer;
import org.followthrough.application.rebuild.ProjectionRebuilds;
import org.followthrough.application.rebuild.RebuildStatus;
import org.followthrough.domain.shared.StateConflict;
import org.followthrough.site.admin.AdminView;
import org.followthrough.site.format.Formats;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/** For administrators: processor health, rebuilds with progress, and dead letters to retry or drop. */
@Controller
record AdminPages(ProjectionRebuilds rebuilds, DeadLetters deadLetters, DeadLetterRetries retries, Digests digests,
                  SegmentBalancer cluster) {

    static final String VIEW = "admin/admin";

    @GetMapping("/admin")
    String admin(Model model) {
        RebuildStatus status = rebuilds.progress();
        List<SegmentBalancer.Segment> segments = cluster.segments();
        model.addAttribute("nodes", cluster.nodes().stream().map(node -> new AdminView.NodeRow(node.id(),
                Formats.dateTime(node.lastSeen(), ZoneOffset.UTC) + " UTC", node.alive(), node.self(),
                segments.stream().filter(segment -> segment.owner().equals(node.id()))
                        .map(segment -> segment.processor() + " #" + segment.segment())
                        .collect(Collectors.joining(", ")))).toList());
        model.addAttribute("failedDigests", digests.failures().stream().map(failure -> new AdminView.DigestFailure(
                failure.candidateId().toString(), failure.day().toString(), failure.attempts(),
                Formats.dateTime(failure.nextAttempt(), ZoneOffset.UTC) + " UTC", failure.error())).toList());
        model.addAttribute("view", new AdminView(status.head(), status.rebuilding(),
                status.startedAt() == null ? null : Formats.dateTime(status.startedAt(), ZoneOffset.UTC) + " UTC",
                status.finishedAt() == null ? null : Formats.dateTime(status.finishedAt(), ZoneOffset.UTC) + " UTC",
                status.processors().stream().map(processor -> new AdminView.ProcessorRow(processor.name(),
                        processor.replaying() ? "replaying" : processor.running() ? "running" : "stopped",
                        processor.position(), processor.target(), processor.percent(),
                        Math.round(processor.eventsPerSecond()),
                        processor.remaining() == null ? null : processor.remaining().toSeconds() + " s",
                        processor.error())).toList(),
                deadLetters.all().stream().map(letter -> new AdminView.DeadLetterRow(letter.id(), letter.processor(),
                        letter.streamId().toString(), letter.candidateId() == null ? "" : letter.candidateId().toString(),
                        letter.eventType(), entries(letter), letter.error(),
                        Formats.dateTime(letter.firstFailedAt(), ZoneOffset.UTC) + " UTC", letter.attempts())).toList()));
        return VIEW;
    }

    private static String entries(DeadLetter letter) {
        String from = letter.firstSequence() < 0 ? "" : "from entry " + letter.firstSequence() + ", ";
        return from + letter.events() + (letter.events() == 1 ? " event parked" : " events parked");
    }

    /** One dead letter retried or dropped, or every one retried. */
    @PostMapping({"/admin/dead-letters/{id}/{action:retry|drop}", "/admin/dead-letters/retry-all"})
    String deadLetters(@PathVariable(required = false) @Nullable Long id,
                       @PathVariable(required = false) @Nullable String action) {
        if (id == null) {
            retries.retryAll();
        } else if ("drop".equals(action)) {
            retries.drop(id);
        } else {
            retries.retry(id);
        }
        return "redirect:/admin#dead-letters";
    }

    @PostMapping("/admin/rebuilds")
    String rebuild() {
        try {
            rebuilds.start();
        } catch (StateConflict alreadyRunning) {
            // the page shows the running one
        }
        return "redirect:/admin";
    }
}
