package org.followthrough.infra.persistence.embedded;

/**
 * The embedded PostgreSQL cannot use its data folder (another Followthrough holds it, or a server left running there
 * cannot be stopped). Its message is one sentence for the person who started the app, shown without a stack trace.
 */
public class DataFolderUnavailable extends RuntimeException {

    DataFolderUnavailable(String sentence) {
        super(sentence);
    }

    DataFolderUnavailable(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
