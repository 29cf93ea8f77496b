package org.followthrough.web.api;

import org.followthrough.application.dueactions.CandidatePolicy;
import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.application.timeline.FetchTimeline;
import org.followthrough.application.timeline.TimelineCursor;
import org.followthrough.application.timeline.TimelinePage;
import org.followthrough.domain.shared.Basis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followthrough.web.api.ApiSlice.NOW;
import static org.followthrough.web.api.ApiSlice.ada;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The timeline API's query parameters, read and refused at the HTTP edge, with the timeline query mocked. Paging and
 * "as it stood" over real events stay in {@link TimelineApiTest}.
 */
@ApiSliceOf(TimelineApi.class)
class TimelineApiSliceTest {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    CandidateTimeline timeline;
    @MockitoBean
    CandidatePolicy policy;

    @BeforeEach
    void sheHasAlwaysLivedInBerlin() {
        when(policy.zoneAt(any(), any())).thenReturn(Optional.of(ZoneId.of("Europe/Berlin")));
    }

    @Test
    void withoutParametersItReadsWhatHadHappenedByNowWithTheDefaultLimit() {
        when(timeline.page(any())).thenReturn(new TimelinePage(List.of(), new TimelineCursor(NOW, new UUID(0, 7), 7)));

        MvcTestResult result = get("/api/v1/timeline");

        assertThat(result).hasStatus(200).bodyJson().extractingPath("$.basis").isEqualTo("occurred");
        assertThat(result).bodyJson().extractingPath("$.next").isEqualTo(new TimelineCursor(NOW, new UUID(0, 7), 7).token());
        assertThat(result).bodyJson().extractingPath("$.asOf").isEqualTo("2026-03-20T10:00:00+01:00");
        ArgumentCaptor<FetchTimeline> query = ArgumentCaptor.forClass(FetchTimeline.class);
        verify(timeline).page(query.capture());
        assertThat(query.getValue().candidateId()).isEqualTo(ada.candidateId());
        assertThat(query.getValue().at()).isEqualTo(NOW);
        assertThat(query.getValue().basis()).isEqualTo(Basis.OCCURRED);
        assertThat(query.getValue().limit()).isEqualTo(FetchTimeline.DEFAULT_LIMIT);
    }

    @Test
    void knownAtReadsWhatTheAppKnewAndSaysSo() {
        when(timeline.page(any())).thenReturn(new TimelinePage(List.of(), null));

        MvcTestResult result = get("/api/v1/timeline?knownAt=2026-03-11T12:00:00Z");

        assertThat(result).hasStatus(200).bodyJson().extractingPath("$.basis").isEqualTo("recorded");
        assertThat(result).bodyJson().doesNotHavePath("$.next");
    }

    @Test
    void aBadAsOfNamesTheParameter() {
        assertProblem(get("/api/v1/timeline?asOf=tomorrowish"), "asOf");
        verifyNoInteractions(timeline);
    }

    @Test
    void aBadCursorNamesTheParameter() {
        assertProblem(get("/api/v1/timeline?after=somewhere"), "after");
        verifyNoInteractions(timeline);
    }

    @Test
    void asOfAndKnownAtTogetherNameKnownAt() {
        assertProblem(get("/api/v1/timeline?asOf=2026-03-01&knownAt=2026-03-01"), "knownAt");
        verifyNoInteractions(timeline);
    }

    @Test
    void aLimitOutOfRangeOrUnreadableNamesTheLimit() {
        assertProblem(get("/api/v1/timeline?limit=0"), "limit");
        assertProblem(get("/api/v1/timeline?limit=lots"), "limit");
        verifyNoInteractions(timeline);
    }

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).with(user(ada)).exchange();
    }

    private static void assertProblem(MvcTestResult result, String field) {
        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.field").isEqualTo(field);
    }
}
