package org.followthrough.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's own description, served at {@code /v3/api-docs} and browsable at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI followthroughApi() {
        return new OpenAPI()
                .info(new Info().title("Followthrough API").version("v1")
                        .description("Record what happened after an interview and read your timeline. Times are "
                                + "ISO-8601 instants with an offset; days are YYYY-MM-DD in your time zone. Errors are "
                                + "application/problem+json and name the field at fault.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Your e-mail address and password")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
