package org.switchboard.server.rest.internal;

import java.util.EnumSet;
import java.util.Set;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.eclipse.jetty.http.BadMessageException;
import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.server.core.ServerRefusal;

/** Every failure leaves as a JSON {@link ApiError}: 4xx for the client's mistakes, 500 for ours. */
public final class ErrorMapper implements ExceptionMapper<Exception> {

    private static final System.Logger LOG = System.getLogger(ErrorMapper.class.getName());

    /** Refusals about the values sent rather than the state they meet. */
    private static final Set<Rule> INPUT_RULES = EnumSet.of(Rule.MISSING_VALUE, Rule.INVALID_DIAL_NUMBER,
            Rule.INVALID_DTMF, Rule.CAD_UNKNOWN_VARIABLE, Rule.CAD_VALUE_TOO_LONG, Rule.CAD_TYPE_MISMATCH,
            Rule.NOTES_TOO_LONG, Rule.UNKNOWN_DISPOSITION, Rule.UNKNOWN_REASON_CODE);

    @Override
    public Response toResponse(Exception e) {
        return switch (e) {
            case ApiException a -> json(a.status, new ApiError(a.error, a.getMessage(), null));
            case ServerRefusal r -> json(r.rule().filter(Rule.ATTACHMENT_TOO_LARGE::equals).isPresent() ? 413
                    : status(r.reason()), new ApiError(r.reason().name().toLowerCase()
                    .replace('_', '-'), r.getMessage(), r.rule().map(Rule::name).orElse(null)));
            case ActionRefusedException r -> json(INPUT_RULES.contains(r.rule()) ? 400 : 409,
                    new ApiError(INPUT_RULES.contains(r.rule()) ? "invalid" : "refused", r.getMessage(), r.rule().name()));
            case WebApplicationException w -> json(w.getResponse().getStatus(),
                    new ApiError(w.getResponse().getStatusInfo().getReasonPhrase().toLowerCase().replace(' ', '-'),
                            w.getMessage(), null));
            default -> unreadableBody(e).orElseGet(() -> {
                LOG.log(System.Logger.Level.ERROR, "request failed", e);
                return json(500, new ApiError("internal", "The server failed to answer the request.", null));
            });
        };
    }

    /**
     * A request whose body could not be read (a broken chunk, a connection closed mid-body, a body
     * larger than the server takes) is the client's mistake: 4xx, with Jetty's status where it gave one.
     */
    private static java.util.Optional<Response> unreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BadMessageException bad) {
                int status = bad.getCode() >= 400 && bad.getCode() < 500 ? bad.getCode() : 400;
                return java.util.Optional.of(json(status, new ApiError("unreadable-body",
                        "The request body could not be read.", null)));
            }
            if (t instanceof java.io.IOException) {
                return java.util.Optional.of(json(400, new ApiError("unreadable-body",
                        "The request body could not be read.", null)));
            }
        }
        return java.util.Optional.empty();
    }

    private static int status(ServerRefusal.Reason reason) {
        return switch (reason) {
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case INVALID -> 400;
            case CONFLICT -> 409;
        };
    }

    static Response json(int status, ApiError body) {
        Response.ResponseBuilder b = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        if (status == 401) {
            b.header("WWW-Authenticate", "Bearer");
        }
        return b.build();
    }
}
