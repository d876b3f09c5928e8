package org.cxplanner.base.api;

import org.springframework.http.HttpStatus;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** One page of a list and the cursor of the next ({@code null} on the last): {@code ?cursor=…&limit=…}. */
public record Page<T>(List<T> items, String next) {

    public static final int MAX_LIMIT = 500;

    /** Where a cursor points: the offset it encodes (0 without one); a cursor the API did not write is refused. */
    public static int offset(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("o:")) {
                int offset = Integer.parseInt(text.substring(2));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException unreadable) {
            // answered below
        }
        throw new ApiProblem(HttpStatus.BAD_REQUEST, "Unreadable cursor", "Use the 'next' cursor of the previous page as it is.",
                "cursor", List.of());
    }

    public static int limit(Integer limit) {
        if (limit == null) {
            return 100;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Check the input", "Between 1 and " + MAX_LIMIT + " items a page.",
                    "limit", List.of());
        }
        return limit;
    }

    /** A page read with one item more than asked: whether there is a next page. */
    public static <T> Page<T> of(List<T> readOneMore, int offset, int limit) {
        boolean more = readOneMore.size() > limit;
        return new Page<>(more ? readOneMore.subList(0, limit) : readOneMore,
                more ? Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + (offset + limit)).getBytes(StandardCharsets.UTF_8)) : null);
    }
}
