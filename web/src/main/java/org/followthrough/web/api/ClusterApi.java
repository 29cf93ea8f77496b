package org.followthrough.web.api;

import org.followthrough.infra.cluster.SegmentBalancer;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** For administrators: the app nodes on this database, and which of them works each processor segment. */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class ClusterApi {

    private final SegmentBalancer cluster;

    ClusterApi(SegmentBalancer cluster) {
        this.cluster = cluster;
    }

    record Cluster(String thisNode, List<SegmentBalancer.Node> nodes, List<SegmentBalancer.Segment> segments) {
    }

    @GetMapping("/cluster")
    Cluster cluster() {
        return new Cluster(cluster.nodeId(), cluster.nodes(), cluster.segments());
    }
}
