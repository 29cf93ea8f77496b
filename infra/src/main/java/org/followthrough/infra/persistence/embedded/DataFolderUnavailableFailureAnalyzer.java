package org.followthrough.infra.persistence.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows a {@link DataFolderUnavailable} as its one sentence instead of a stack trace. */
class DataFolderUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderUnavailable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderUnavailable cause) {
        return new FailureAnalysis(cause.getMessage(), null, cause);
    }
}
