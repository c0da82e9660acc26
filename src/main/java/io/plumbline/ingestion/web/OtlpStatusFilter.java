package io.plumbline.ingestion.web;

import io.plumbline.ingestion.web.OtlpCodec.Encoding;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The outermost filter of the OTLP endpoints: OTLP wants every 4xx/5xx body to be a
 * {@code google.rpc.Status} in the request's encoding, so the problem details that the
 * shared API filters answer (no key, rate limit, database down, not ready) are rewritten
 * as one, keeping status and headers ({@code Retry-After}).
 */
class OtlpStatusFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    OtlpStatusFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, caching);
        }
        finally {
            String type = caching.getContentType();
            if (caching.getStatus() >= 400 && type != null
                    && type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
                rewrite(request, caching);
            }
            caching.copyBodyToResponse();
        }
    }

    private void rewrite(HttpServletRequest request, ContentCachingResponseWrapper response) {
        String detail;
        try {
            JsonNode problem = json.readTree(response.getContentAsByteArray());
            detail = problem.path("detail").asString(problem.path("title").asString("Refused"));
        }
        catch (RuntimeException e) {
            detail = "Refused";
        }
        Encoding encoding = Encoding.of(request.getContentType());
        if (encoding == null) {
            encoding = Encoding.JSON;
        }
        int status = response.getStatus();
        int code = switch (status) {
            case 400 -> OtlpCodec.INVALID_ARGUMENT;
            case 401 -> OtlpCodec.UNAUTHENTICATED;
            case 403 -> OtlpCodec.PERMISSION_DENIED;
            case 404, 405 -> OtlpCodec.UNIMPLEMENTED;
            case 429 -> OtlpCodec.RESOURCE_EXHAUSTED;
            case 503 -> OtlpCodec.UNAVAILABLE;
            default -> status >= 500 ? OtlpCodec.INTERNAL : OtlpCodec.INVALID_ARGUMENT;
        };
        response.resetBuffer();
        response.setContentType(encoding.contentType);
        byte[] body = OtlpCodec.encode(OtlpCodec.status(code, detail), encoding);
        try {
            response.getOutputStream().write(body);
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
