package io.plumbline.ingestion.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * The outermost filter of the machine API. Errors that no endpoint answers itself — an
 * unknown path, a wrong method or media type, a refused key — become problem details
 * instead of the servlet container's error page, and a database that cannot be reached
 * (say, while the API key is checked) answers 503 with {@code Retry-After}.
 */
class ApiProblemFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemFilter.class);

    private final ObjectMapper json;

    private final Duration outageRetryAfter;

    ApiProblemFilter(ObjectMapper json, Duration outageRetryAfter) {
        this.json = json;
        this.outageRetryAfter = outageRetryAfter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, new ProblemOnSendError(request, response));
        }
        catch (RuntimeException | ServletException | IOException e) {
            if (response.isCommitted() || !DatabaseOutage.isCause(e)) {
                throw e;
            }
            log.warn("API request refused with 503: the database is unavailable ({})", e.getMessage());
            response.resetBuffer();
            response.setHeader("Retry-After", String.valueOf(outageRetryAfter.toSeconds()));
            ApiProblems.write(response, ApiProblems.databaseUnavailable(outageRetryAfter), json);
        }
    }

    /**
     * Turns {@code sendError}, which would forward to the container's HTML or JSON error
     * page, into a problem.
     */
    private final class ProblemOnSendError extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ProblemOnSendError(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            resetBuffer();
            ApiProblems.write((HttpServletResponse) getResponse(),
                    ApiProblems.forStatus(status, request.getMethod(), request.getRequestURI(), getHeader("Allow")),
                    json);
        }

    }

}
