package ir.shenava.staff.apikeys;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import ir.shenava.platform.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/**} (springdoc) and its security schemes. Controllers
 * refer to the schemes by name: {@value #API_KEY_SCHEME} or {@value #BEARER_SCHEME}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String API_KEY_SCHEME = "apiKey";
    static final String BEARER_SCHEME = "bearer";

    @Bean
    PublicEndpoints apiDocumentationEndpoints() {
        return PublicEndpoints.of("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html");
    }

    @Bean
    OpenAPI shenavaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Shenava API").version("v1")
                        .description("Keys are issued by an administrator at /api-keys; send one as "
                                + "'Authorization: Bearer shn_…' or 'X-Api-Key: shn_…'."))
                .components(new Components()
                        .addSecuritySchemes(API_KEY_SCHEME, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name(ApiKeyAuthenticationFilter.HEADER))
                        .addSecuritySchemes(BEARER_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("shn_ API key")));
    }
}
