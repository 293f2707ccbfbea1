package com.shop.common.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OperationCustomizer;

/**
 * What the two web edges' OpenAPI descriptions share: bearer authentication, the problem body of every error
 * ({@link ProblemDetailsExceptionHandler}) with the API's stable codes, and the failures any operation can meet. Each
 * edge keeps its own title, introduction and list of codes.
 */
public final class ProblemApiDocs {

    public static final String BEARER = "bearer-jwt";
    public static final String PROBLEM = "#/components/schemas/Problem";
    public static final String PROBLEM_JSON = "application/problem+json";

    private ProblemApiDocs() {}

    /**
     * @param introduction what the API is, in Markdown; the list of its problem codes follows it
     * @param codes every code a problem of the API may carry, with its HTTP status and meaning
     * @param tokenSource where a caller gets its bearer token
     * @param extraProblemProperties properties the API's problems may carry besides the standard ones
     */
    public static OpenAPI api(
            String title,
            String introduction,
            Map<String, String> codes,
            String tokenSource,
            Map<String, Schema<?>> extraProblemProperties) {
        String codeList = codes.entrySet().stream()
                .map(code -> "* `" + code.getKey() + "` " + code.getValue())
                .collect(Collectors.joining("\n"));
        return new OpenAPI()
                .info(new Info()
                        .title(title)
                        .version("v1")
                        .description(introduction
                                + "\n\nEvery error is an RFC 9457 problem (`application/problem+json`) with a stable"
                                + " `code`:\n" + codeList))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("The token from " + tokenSource + "."))
                        .addSchemas("Problem", problemSchema(codes, extraProblemProperties)))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * Failures any operation can meet, so each operation's own annotations name only its specific ones; an operation
     * declared open (an empty security requirement) gets no 401.
     *
     * @param unavailable when the API answers 503
     */
    public static OperationCustomizer commonResponses(String unavailable) {
        return (operation, handler) -> {
            if (operation.getResponses() == null) {
                operation.setResponses(new ApiResponses());
            }
            ApiResponses responses = operation.getResponses();
            boolean open =
                    operation.getSecurity() != null && operation.getSecurity().isEmpty();
            if (!open) {
                responses.putIfAbsent("401", problem("UNAUTHENTICATED: no, a forged or an expired bearer token"));
            }
            responses.putIfAbsent("500", problem("INTERNAL_ERROR, with a correlationId found in the log"));
            responses.putIfAbsent("503", problem("SERVICE_UNAVAILABLE: " + unavailable));
            return operation;
        };
    }

    public static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(
                        new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM))));
    }

    private static Schema<?> problemSchema(Map<String, String> codes, Map<String, Schema<?>> extraProperties) {
        StringSchema code = new StringSchema();
        codes.keySet().forEach(code::addEnumItem);
        ObjectSchema schema = new ObjectSchema();
        schema.description("RFC 9457 problem details with shop's stable code.")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().description("the HTTP status"))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("code", code.description("stable code; clients branch on it, not on detail"));
        extraProperties.forEach(schema::addProperty);
        return schema.addProperty(
                "correlationId",
                new StringSchema().description("on INTERNAL_ERROR: quote it when reporting the failure"));
    }
}
