-- The app nodes that are alive: each writes its row every few seconds. The segment balancer shares each event
-- processor's segments out among the nodes seen in the last 15 seconds; the admin page lists them.
CREATE TABLE app_node (
    node_id    VARCHAR(255) PRIMARY KEY,
    started_at TIMESTAMPTZ  NOT NULL,
    last_seen  TIMESTAMPTZ  NOT NULL
);
