package org.followthrough.web.api;

import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.infra.crypto.MasterKey;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code next}/{@code after} tokens of the paged lists: a position in the list, bound by a keyed hash to the list
 * and the candidate it was handed to. A token changed by hand, from another list or another candidate is bad input
 * naming {@code after}, never a position in somebody else's list.
 */
@Component
class PageCursors {

    private static final int TAG_BYTES = 12;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final MasterKey key;

    PageCursors(MasterKey key) {
        this.key = key;
    }

    String issue(String list, CandidateId candidate, String position) {
        byte[] bytes = position.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(tag(list, candidate, bytes));
    }

    /** The position {@code token} stands for, if this app handed it to {@code candidate} for {@code list}. */
    String read(String list, CandidateId candidate, String token) {
        String[] parts = token.strip().split("\\.", -1);
        try {
            if (parts.length == 2) {
                byte[] position = DECODER.decode(parts[0]);
                if (MessageDigest.isEqual(DECODER.decode(parts[1]), tag(list, candidate, position))) {
                    return new String(position, StandardCharsets.UTF_8);
                }
            }
        } catch (IllegalArgumentException e) {
            // not Base64: as bad as a wrong tag
        }
        throw new RuleViolation("after", "is not a position in this list; pass the 'next' value of the previous page");
    }

    /** Where a page starts: nowhere (the first page) without a token, else the position {@code token} stands for. */
    <P> @Nullable P after(String list, CandidateId candidate, @Nullable String token, Function<String, P> position) {
        return token == null || token.isBlank() ? null : position.apply(read(list, candidate, token));
    }

    /**
     * One page of {@code fetched}, which was asked for one item more than {@code size}: when that item came, the page
     * stops before it and {@code next} is a token for the position of the page's last item.
     */
    <T> Page<T> page(String list, CandidateId candidate, List<T> fetched, int size, Function<T, String> position) {
        if (fetched.size() <= size) {
            return new Page<>(fetched, null);
        }
        List<T> page = fetched.subList(0, size);
        return new Page<>(page, issue(list, candidate, position.apply(page.getLast())));
    }

    record Page<T>(List<T> items, @Nullable String next) {
    }

    private byte[] tag(String list, CandidateId candidate, byte[] position) {
        byte[] scope = (list + "|" + candidate.value() + "|").getBytes(StandardCharsets.UTF_8);
        byte[] data = Arrays.copyOf(scope, scope.length + position.length);
        System.arraycopy(position, 0, data, scope.length, position.length);
        return Arrays.copyOf(key.tag("page-cursor", data), TAG_BYTES);
    }

    /** The page size asked for, or bad input naming {@code limit}. */
    static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new RuleViolation("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
}
