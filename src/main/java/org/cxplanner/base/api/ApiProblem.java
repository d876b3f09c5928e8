package org.cxplanner.base.api;

import org.springframework.http.HttpStatus;

import java.util.List;

/** An API answer that is not a success: its status, a title, what to do, and the field or the list of problems. */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final String field;
    private final List<String> problems;

    public ApiProblem(HttpStatus status, String title, String detail, String field, List<String> problems) {
        super(detail);
        this.status = status;
        this.title = title;
        this.field = field;
        this.problems = List.copyOf(problems);
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", what, null, List.of());
    }

    /** The If-Match sent is not the item's ETag now: someone changed it since it was read. */
    public static ApiProblem stale() {
        return new ApiProblem(HttpStatus.PRECONDITION_FAILED, "Changed meanwhile", "Someone changed this since you read it: "
                + "read it again and send its new ETag as If-Match.", null, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }

    public List<String> problems() {
        return problems;
    }
}
