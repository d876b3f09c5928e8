package org.cxplanner.base.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a REST controller of the API under {@code /api/v1}: its errors are answered as {@code application/problem+json}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PlanApi {

    String V1 = "/api/v1";
}
