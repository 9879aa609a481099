package org.switchboard.connector.rest.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.HelpRequest;
import org.switchboard.connector.TeamMember;
import org.switchboard.connector.TeamService;
import org.switchboard.connector.rest.RestException;

import com.fasterxml.jackson.databind.JsonNode;

/** The team functions against Switchboard Server's {@code /team} resources, sent on the {@code lookups} executor. */
final class RestTeam implements TeamService {

    private final TeamBoard board;
    private final OutboxSender.Session session;
    private final Executor lookups;
    private final BooleanSupplier supervising;

    RestTeam(TeamBoard board, OutboxSender.Session session, Executor lookups, BooleanSupplier supervising) {
        this.board = board;
        this.session = session;
        this.lookups = lookups;
        this.supervising = supervising;
    }

    @Override
    public boolean supervising() {
        return supervising.getAsBoolean();
    }

    @Override
    public String teamName() {
        return board.teamName();
    }

    @Override
    public List<TeamMember> members() {
        return board.members();
    }

    @Override
    public List<HelpRequest> helpRequests() {
        return board.requests();
    }

    @Override
    public CompletionStage<HelpRequest> raiseHelp(String interactionId, String note) {
        return send("team/help-requests", Map.of("interactionId", interactionId, "note", note == null ? "" : note),
                "The help request was not sent");
    }

    @Override
    public CompletionStage<HelpRequest> flagForReview(String interactionId, String note) {
        return send("team/review-flags", Map.of("interactionId", interactionId, "note", note == null ? "" : note),
                "The interaction was not flagged");
    }

    @Override
    public CompletionStage<HelpRequest> take(String requestId) {
        return send("team/help-requests/" + segment(requestId) + "/take", Map.of(),
                "The help request was not taken");
    }

    @Override
    public CompletionStage<HelpRequest> close(String requestId) {
        return send("team/help-requests/" + segment(requestId) + "/close", Map.of(),
                "The help request was not closed");
    }

    @Override
    public CompletionStage<Void> supervise(String interactionId, Listening how) {
        return ask(() -> session.link().call(c -> c.put("team/calls/" + segment(interactionId) + "/supervision",
                Map.of("mode", how.name()), JsonNode.class)), "The call was not joined").thenApply(answer -> null);
    }

    @Override
    public CompletionStage<Void> stopSupervising(String interactionId) {
        return ask(() -> session.link().call(c -> c.delete("team/calls/" + segment(interactionId) + "/supervision",
                Void.class)), "The call was not left");
    }

    private static String segment(String part) {
        return URLEncoder.encode(part == null ? "" : part, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private CompletionStage<HelpRequest> send(String path, Map<String, String> body, String failed) {
        return ask(() -> TeamBoard.request(session.link().call(c -> c.post(path, body, JsonNode.class))), failed);
    }

    /** Runs the request on the lookups executor; a failure says what was not done and the server's reason. */
    private <T> CompletionStage<T> ask(Supplier<T> request, String failed) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return request.get();
            } catch (RestException e) {
                String why = Refusals.isRefusal(e) ? Refusals.of("", null, "team", e).message() : e.getMessage();
                throw new ConnectorException(failed + ": " + why, e);
            } catch (ConnectorException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ConnectorException(failed + ": " + e.getMessage(), e);
            }
        }, lookups);
    }
}
