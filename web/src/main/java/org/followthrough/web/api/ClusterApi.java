package org.followthrough.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.followthrough.infra.cluster.SegmentBalancer;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** For administrators: the app nodes on this database, and which of them works each processor segment. */
@Tag(name = OpenApiConfiguration.Tags.ADMIN)
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
record ClusterApi(SegmentBalancer balancer) {

    record Cluster(String thisNode, List<SegmentBalancer.Node> nodes, List<SegmentBalancer.Segment> segments) {
    }

    @Operation(operationId = "getCluster", summary = "Show the app nodes and their segments",
            description = "The nodes alive on this database and which of them works each segment of each event processor.")
    @GetMapping("/cluster")
    Cluster cluster() {
        return new Cluster(balancer.nodeId(), balancer.nodes(), balancer.segments());
    }
}
