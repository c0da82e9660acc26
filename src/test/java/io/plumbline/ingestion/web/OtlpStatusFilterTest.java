package io.plumbline.ingestion.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DynamicMessage;
import io.plumbline.ingestion.ApiResult;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared API filters answer problem details; on the OTLP endpoints they reach the
 * exporter as a google.rpc.Status in its encoding, with status and Retry-After kept.
 */
class OtlpStatusFilterTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private final OtlpStatusFilter filter = new OtlpStatusFilter(json);

    @Test
    void a_rate_limit_problem_becomes_a_protobuf_status_keeping_429_and_retry_after() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v1/traces");
        request.setContentType("application/x-protobuf");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
        }, (req, res, chain) -> {
            HttpServletResponse http = (HttpServletResponse) res;
            http.setHeader("Retry-After", "2");
            ApiProblems.write(http, ApiResult.problem(429, "rate-limited", "Too many requests",
                    "This API key is over its request rate; retry after 2 s."), json);
        }));

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("2");
        assertThat(response.getContentType()).isEqualTo("application/x-protobuf");
        DynamicMessage status = OtlpCodec.parseStatus(response.getContentAsByteArray());
        assertThat(status.getField(status.getDescriptorForType().findFieldByName("code"))).isEqualTo(8);
        assertThat(status.getField(status.getDescriptorForType().findFieldByName("message")))
            .isEqualTo("This API key is over its request rate; retry after 2 s.");
    }

    @Test
    void a_database_outage_becomes_a_json_status_for_a_json_export_keeping_503() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v1/traces");
        request.setContentType("application/json");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
        }, (req, res, chain) -> {
            HttpServletResponse http = (HttpServletResponse) res;
            http.setHeader("Retry-After", "5");
            ApiProblems.write(http, ApiProblems.databaseUnavailable(Duration.ofSeconds(5)), json);
        }));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString()).isEqualTo(
                "{\"code\":14,\"message\":\"The database cannot be reached; nothing was stored. Retry after 5 s.\"}");
    }

    @Test
    void a_successful_answer_passes_unchanged() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v1/traces");
        request.setContentType("application/x-protobuf");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
        }, (req, res, chain) -> {
            res.setContentType("application/x-protobuf");
            res.getOutputStream().write(new byte[] { 1, 2 });
        }));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).containsExactly(1, 2);
    }

}
