package org.followthrough.web.api;

import org.followthrough.application.dueactions.FetchDueActions;
import org.followthrough.application.replay.DueActionsAsOf;
import org.followthrough.domain.shared.Basis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followthrough.web.api.ApiSlice.NOW;
import static org.followthrough.web.api.ApiSlice.ada;
import static org.followthrough.web.api.ApiSlice.assertProblem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The due-action API's query parameters, read and refused at the HTTP edge, with the due actions mocked; the policy's
 * answers over real events stay in {@link DueActionApiTest}.
 */
@ApiSliceOf(DueActionApi.class)
class DueActionApiSliceTest {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    DueActionsAsOf dueActions;

    @BeforeEach
    void sheHasAlwaysLivedInBerlin() {
        when(dueActions.zoneAt(any(), any(), any())).thenReturn(ZoneId.of("Europe/Berlin"));
        when(dueActions.page(any(), any(), any(), anyInt(), anyInt()))
                .thenReturn(new DueActionsAsOf.AdvicePage(List.of(), List.of(), List.of(), 0, 0));
    }

    @Test
    void withoutParametersItIsTheLiveListFromNowWithTheDefaultLimit() {
        MvcTestResult result = get("/api/v1/due-actions");

        assertThat(result).hasStatus(200).bodyJson().extractingPath("$.asOf").isEqualTo("2026-03-20T10:00:00+01:00");
        assertThat(result).bodyJson().extractingPath("$.next").isNull();
        verify(dueActions).page(eq(new FetchDueActions(ada.candidateId(), null, Basis.OCCURRED)), eq(NOW), isNull(),
                eq(51), eq(50));
    }

    @Test
    void knownAtReadsWhatTheAppKnewThen() {
        assertThat(get("/api/v1/due-actions?knownAt=2026-03-01")).hasStatus(200);

        verify(dueActions).page(org.mockito.ArgumentMatchers.argThat(query -> query.basis() == Basis.RECORDED
                && query.asOf() != null), any(), isNull(), eq(51), eq(50));
    }

    /** Read before anything is asked of the due actions: both moments at once, a page size, a cursor not handed out. */
    @ParameterizedTest
    @CsvSource({
            "asOf=2026-03-01&knownAt=2026-03-01, knownAt",
            "limit=201,                           limit",
            "after=bm90LWEtdG9rZW4.AAAA,          after"})
    void aParameterThatCannotBeReadIsNamed(String query, String field) {
        assertProblem(get("/api/v1/due-actions?" + query), field);
        verifyNoInteractions(dueActions);
    }

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).with(user(ada)).exchange();
    }
}
