package org.cxplanner.base.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.Comparator;

/**
 * The API's errors, each {@code application/problem+json} with the message a screen would show and, for bad input,
 * the field: 422 for input the rules refuse, 409 when the plan changed meanwhile, 412 for a stale {@code If-Match},
 * 428 without one, 403 for what the caller's role may not do, 404 for what does not exist, 400 for unreadable input.
 */
@RestControllerAdvice(annotations = PlanApi.class)
class ApiErrors {

    @ExceptionHandler(FieldProblem.class)
    ProblemDetail fieldProblem(FieldProblem problem) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Check the input", problem.getMessage(), problem.field());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalid(ConstraintViolationException invalid) {
        ConstraintViolation<?> first = invalid.getConstraintViolations().stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
        String path = first.getPropertyPath().toString();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Check the input", first.getMessage(),
                path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path);
    }

    @ExceptionHandler(ApiProblem.class)
    ProblemDetail apiProblem(ApiProblem problem) {
        ProblemDetail detail = problem(problem.status(), problem.title(), problem.getMessage(), problem.field());
        if (!problem.problems().isEmpty()) {
            detail.setProperty("problems", problem.problems());
        }
        return detail;
    }

    @ExceptionHandler(EditConflict.class)
    ProblemDetail conflict(EditConflict conflict) {
        return problem(HttpStatus.CONFLICT, "Changed meanwhile", conflict.getMessage(), null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException denied) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", "Your role cannot do this.", null);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Exception unreadable) {
        return problem(HttpStatus.BAD_REQUEST, "Unreadable request", "The request could not be read: check the JSON and "
                + "the address against the API description (/api/v1/openapi.json).", null);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException missing) {
        return missing.getHeaderName().equalsIgnoreCase("If-Match")
                ? problem(HttpStatus.PRECONDITION_REQUIRED, "If-Match needed", "Send the ETag you read as If-Match, so a "
                + "change made meanwhile is not overwritten.", null)
                : problem(HttpStatus.BAD_REQUEST, "Header missing", "The header " + missing.getHeaderName() + " is missing.", null);
    }

    /** Anything else is the planner's fault: logged with its cause, answered without it. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        LOG.error("API call failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong", "The planner could not answer this call; "
                + "the error is in its log. Try again, and tell an administrator if it keeps failing.", null);
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiErrors.class);

    static ProblemDetail problem(HttpStatus status, String title, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
