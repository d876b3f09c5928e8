package org.cxplanner.base.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What {@code /api/v1/openapi.json} says about the API as a whole: its name, and that every call needs a token. */
@Configuration
class ApiDescription {

    @Bean
    OpenAPI planApi() {
        return new OpenAPI()
                .info(new Info().title("CX Partnership Planner API").version("v1")
                        .description("""
                                The plan read and fed by the tools around it. Every call sends a personal access token \
                                (user menu, Access tokens) as `Authorization: Bearer cxp_…` and acts as that person with \
                                their role at the time of the call: the API refuses what the screens refuse. Errors are \
                                `application/problem+json` with `detail` (and `field` or `problems` for bad input). Lists \
                                come in pages: pass the `next` cursor back as `?cursor=`. Writes to an item read with an \
                                `ETag` send it as `If-Match`; a stale one is answered 412."""))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("cxp_…")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
