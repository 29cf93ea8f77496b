package org.followthrough.web.crash;

import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.followthrough.web.Api.Reply;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One candidate recording from several threads at once, without pause, until the app stops answering: each thread
 * opens an opportunity and records an interview, notes, a thank-you, a check-in and a reply, then starts again. Every
 * entry answered 201 is remembered, with the sequence number the answer gave it. All of it happened about 200 days
 * ago, so nothing in it falls due or expires while the test looks; each thread's entries are some minutes apart
 * from the others', so the timeline's order is the order of the events' times.
 */
final class Burst {

    /** An entry the app acknowledged with 201. */
    record Entry(String opportunityId, long sequence, String type) {
    }

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin"); // the zone Api.candidate signs up with

    private final Api api;
    private final Caller candidate;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Queue<Entry> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final ExecutorService threads;
    private final List<Future<?>> workers = new ArrayList<>();

    private Burst(Api api, Caller candidate, int threads) {
        this.api = api;
        this.candidate = candidate;
        this.threads = Executors.newFixedThreadPool(threads);
    }

    static Burst start(Api api, Caller candidate, int threads) {
        Burst burst = new Burst(api, candidate, threads);
        for (int worker = 0; worker < threads; worker++) {
            int number = worker;
            burst.workers.add(burst.threads.submit(() -> burst.recordUntilRefused(number)));
        }
        return burst;
    }

    void awaitAcknowledged(int entries, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (acknowledged.size() < entries) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Only " + acknowledged.size() + " entries acknowledged after "
                        + patience.toSeconds() + " s; unexpected answers: " + unexpected);
            }
            if (workers.stream().anyMatch(Future::isDone)) {
                throw new AssertionError("A thread stopped recording before the kill: " + failures());
            }
            Thread.sleep(20);
        }
    }

    boolean allRecording() {
        return workers.stream().noneMatch(Future::isDone);
    }

    /** Waits for every thread to meet the dead app; returns what each one failed with. */
    List<Throwable> awaitRefused(Duration patience) throws InterruptedException {
        threads.shutdown();
        if (!threads.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            threads.shutdownNow();
            throw new AssertionError("The threads still ran " + patience.toSeconds() + " s after the kill");
        }
        return failures();
    }

    List<Entry> acknowledged() {
        return List.copyOf(acknowledged);
    }

    List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    private List<Throwable> failures() {
        List<Throwable> failures = new ArrayList<>();
        for (Future<?> worker : workers) {
            if (worker.isDone()) {
                try {
                    worker.get(0, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                } catch (InterruptedException | TimeoutException e) {
                    failures.add(e);
                }
            }
        }
        return failures;
    }

    private void recordUntilRefused(int worker) {
        Instant start = now.minus(Duration.ofMinutes(10L * worker));
        for (int round = 0; ; round++) {
            String company = "Crash Co " + worker + "-" + round;
            Instant opened = start.minus(Duration.ofDays(210));
            Reply reply = record("/api/v1/opportunities", """
                    {"company": "%s", "role": "Backend Engineer", "openedAt": "%s"}""".formatted(company, opened), null,
                    "OpportunityOpened");
            if (reply == null) {
                continue;
            }
            String opportunity = reply.body().get("id").asString();
            String path = "/api/v1/opportunities/" + opportunity;
            Instant ended = start.minus(Duration.ofDays(200).plusHours(7));
            String decision = worker % 2 == 0
                    ? """
                    {"kind": "DATE", "date": "%s"}""".formatted(LocalDate.ofInstant(now.minus(Duration.ofDays(193 - worker)), ZONE))
                    : """
                    {"kind": "FEW_DAYS"}""";
            reply = record(path + "/interviews", """
                    {"startedAt": "%s", "endedAt": "%s", "interviewers": [{"name": "Grace Hopper"}], "decision": %s}"""
                    .formatted(ended.minus(Duration.ofHours(1)), ended, decision), opportunity, "InterviewHeld");
            if (reply == null) {
                continue;
            }
            String interview = reply.body().get("interviewId").asString();
            record(path + "/notes", """
                    {"interviewId": "%s", "wentWell": "the design question, round %d"}""".formatted(interview, round),
                    opportunity, "InterviewNotesRecorded");
            record(path + "/thank-yous", """
                    {"interviewId": "%s", "interviewer": "Grace Hopper", "channel": "EMAIL", "sentAt": "%s"}"""
                    .formatted(interview, ended.plus(Duration.ofHours(3))), opportunity, "ThankYouSent");
            record(path + "/follow-ups", """
                    {"purpose": "STATUS_CHECK", "channel": "EMAIL", "sentAt": "%s"}"""
                    .formatted(start.minus(Duration.ofDays(190).plusHours(5))), opportunity, "FollowUpSent");
            record(path + "/replies", """
                    {"receivedAt": "%s", "kind": "NEXT_ROUND"}""".formatted(start.minus(Duration.ofDays(189).plusHours(3))),
                    opportunity, "RecruiterReplied");
        }
    }

    /** Sends one command; remembers it when it is answered 201. Throws once the app no longer answers. */
    private @Nullable Reply record(String path, String body, @Nullable String opportunity, String type) {
        Reply reply = api.post(path, candidate, body);
        if (reply.status() != 201) {
            unexpected.add(reply.status() + " for " + path + ": " + reply.body());
            return null;
        }
        String id = opportunity != null ? opportunity : reply.body().get("id").asString();
        long sequence = opportunity == null ? 0 : reply.body().get("sequence").asLong();
        acknowledged.add(new Entry(id, sequence, type));
        return reply;
    }
}
