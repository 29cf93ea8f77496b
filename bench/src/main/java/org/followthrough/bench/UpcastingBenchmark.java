package org.followthrough.bench;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.infra.axon.upcasting.InterviewHeldUpcaster;
import org.followthrough.infra.axon.upcasting.StoredTextUpcaster;
import org.followthrough.infra.json.DomainJacksonModule;
import org.followthrough.infra.testing.HistoryGenerator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;

/**
 * What reading events through {@link StoredTextUpcaster} costs on the way from a stored row to an event: the rebuild
 * tests' {@link HistoryGenerator} events as the store holds them, each read through Axon's upcaster chain and
 * deserialised, once with the app's chain and once without the text upcaster; then the same for events whose text
 * breaks the rules (a NUL in every company), which are all parsed and repaired. No database: only the reading.
 */
public final class UpcastingBenchmark {

    private static final int WARM_UP = 3;
    private static final int ROUNDS = 7;
    private static final Serializer SERIALIZER = Jackson3Serializer.builder()
            .revisionResolver(new AnnotationRevisionResolver())
            .jsonMapperBuilderCustomizer(builder -> builder
                    .addModule(new DomainJacksonModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .build();

    private record Row(String type, @Nullable String revision, byte[] payload) {
    }

    /** Where each read event's hash goes, so that the JIT cannot skip reading it. */
    private static long sink;

    private UpcastingBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        List<Row> rows = rows(count);
        List<Row> opened = rows.stream().filter(row -> row.type().endsWith(".OpportunityOpened")).toList();
        List<Row> broken = opened.stream()
                .map(row -> new Row(row.type(), row.revision(), new String(row.payload(), StandardCharsets.UTF_8)
                        .replace("\"company\":\"", "\"company\":\"\\u0000").getBytes(StandardCharsets.UTF_8)))
                .toList();
        EventUpcasterChain without = new EventUpcasterChain(new InterviewHeldUpcaster());
        EventUpcasterChain with = new EventUpcasterChain(new InterviewHeldUpcaster(), new StoredTextUpcaster());
        System.out.printf(Locale.ROOT, "Upcasting benchmark: %,d stored events, %,d of them OpportunityOpened; median of %d rounds"
                + " after %d of warm-up, ns per event%n", rows.size(), opened.size(), ROUNDS, WARM_UP);
        Map<String, List<Double>> figures = new LinkedHashMap<>();
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            measure(figures, round, "upcast only, without the text upcaster", () -> nanosPerEvent(rows, without, false));
            measure(figures, round, "upcast only, with it", () -> nanosPerEvent(rows, with, false));
            measure(figures, round, "upcast and deserialise, without it", () -> nanosPerEvent(rows, without, true));
            measure(figures, round, "upcast and deserialise, with it", () -> nanosPerEvent(rows, with, true));
            measure(figures, round, "OpportunityOpened, clean, read with it", () -> nanosPerEvent(opened, with, true));
            measure(figures, round, "OpportunityOpened with a NUL, repaired", () -> nanosPerEvent(broken, with, true));
        }
        figures.forEach((name, values) -> System.out.printf(Locale.ROOT, "%-42s %8.0f%n", name,
                values.stream().sorted().toList().get(values.size() / 2)));
    }

    private static void measure(Map<String, List<Double>> figures, int round, String name, DoubleSupplier run) {
        double nanos = run.getAsDouble();
        if (round >= WARM_UP) {
            figures.computeIfAbsent(name, key -> new ArrayList<>()).add(nanos);
        }
    }

    private static List<Row> rows(int count) {
        HistoryGenerator generator = new HistoryGenerator(8);
        CandidateId candidate = CandidateId.of(new UUID(8, 8));
        List<Row> rows = new ArrayList<>(count);
        while (rows.size() < count) {
            for (DomainEventMessage<?> message : generator.opportunity(candidate)) {
                SerializedObject<byte[]> stored = SERIALIZER.serialize(message.getPayload(), byte[].class);
                rows.add(new Row(stored.getType().getName(), stored.getType().getRevision(), stored.getData()));
            }
        }
        return rows;
    }

    private static double nanosPerEvent(List<Row> rows, EventUpcaster chain, boolean deserialise) {
        long start = System.nanoTime();
        for (Row row : rows) {
            IntermediateEventRepresentation stored = new InitialEventRepresentation(new GenericDomainEventEntry<>(
                    "Opportunity", "o", 0, "e", Instant.EPOCH, row.type(), row.revision(), row.payload(), new byte[]{'{', '}'}),
                    SERIALIZER);
            IntermediateEventRepresentation read = chain.upcast(Stream.of(stored)).findFirst().orElseThrow();
            sink += deserialise ? SERIALIZER.deserialize(read.getData()).hashCode() : read.getType().hashCode();
        }
        return (double) (System.nanoTime() - start) / rows.size();
    }
}
