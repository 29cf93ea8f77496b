package org.followthrough.application;

import org.followthrough.infra.testing.ProjectionDatabase;

/**
 * One migrated database for the services' unit tests. Each test works on ids (candidates, accounts, processors) of its
 * own, so they can share it: CREATE DATABASE and the migrations are paid once per run instead of once per class, which
 * is most of what such a class costs.
 */
public final class SharedServiceDatabase {

    public static final ProjectionDatabase DATABASE = ProjectionDatabase.fresh();

    private SharedServiceDatabase() {
    }
}
