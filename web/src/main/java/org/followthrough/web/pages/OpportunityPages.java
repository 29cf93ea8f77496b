package org.followthrough.web.pages;

import org.followthrough.application.opportunities.RecordedEvent;
import org.followthrough.application.replay.OpportunityReplay;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.site.forms.RecordContext;
import org.followthrough.site.opportunity.OpportunityPage;
import org.followthrough.site.timeline.OpenActions;
import org.followthrough.site.timeline.TimelineItem;
import org.followthrough.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** One opportunity in full, and a step-through of its history with what was open after each step. */
@Controller
record OpportunityPages(OpportunityReplay replay) {

    static final String VIEW = "opportunity/opportunity";

    @GetMapping("/opportunities/{id}")
    String opportunity(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
                       @RequestParam(required = false) @Nullable Long step, Model model) {
        OpportunityReplay.View view = replay.of(me.candidateId(), OpportunityId.of(id), step);
        ZoneId zone = me.timeZone();
        List<TimelineItem> stream = view.log().events().stream()
                .map(recorded -> item(recorded, view.log().isRetracted(recorded), zone))
                .toList();
        OpportunityReplay.Step at = view.step();
        model.addAttribute("view", OpportunityPage.of(id.toString(), stream,
                view.dueNow().stream().map(action -> OpenActions.line(action, view.now(), zone)).toList(),
                at == null ? null : OpportunityPage.Step.of(id.toString(), at.sequence(), at.last(),
                        item(at.entry(), at.retracted(), zone),
                        at.openThen().stream().map(action -> OpenActions.line(action, at.moment(), zone)).toList()),
                zone));
        model.addAttribute("upcoming", view.log().upcoming().stream()
                .map(scheduled -> RecordContext.upcoming(scheduled, zone)).toList());
        return VIEW;
    }

    private static TimelineItem item(RecordedEvent recorded, boolean retracted, ZoneId zone) {
        return new TimelineItem(recorded.sequence(), recorded.event(), recorded.recordedAt(), retracted, zone);
    }
}
