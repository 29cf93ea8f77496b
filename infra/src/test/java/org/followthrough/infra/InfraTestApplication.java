package org.followthrough.infra;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The infra module on its own: Axon, Flyway and the database, no web. */
@SpringBootApplication
public class InfraTestApplication {
}
