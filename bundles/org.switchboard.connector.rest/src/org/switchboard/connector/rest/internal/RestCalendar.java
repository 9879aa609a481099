package org.switchboard.connector.rest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.switchboard.connector.ActionRefusal;
import org.switchboard.connector.CalendarService;
import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.connector.rest.RestException;

import com.fasterxml.jackson.databind.JsonNode;

/** The agent's calendar at Switchboard Server ({@code /calendar}); each request once, on the lookups executor. */
final class RestCalendar implements CalendarService {

    private final OutboxSender.Session session;
    private final Executor lookups;

    RestCalendar(OutboxSender.Session session, Executor lookups) {
        this.session = session;
        this.lookups = lookups;
    }

    @Override
    public CompletionStage<List<FollowUp>> followUps(Instant from, Instant to) {
        String path = "calendar/follow-ups?from=" + from + "&to=" + to;
        return ask("FOLLOW_UPS", "The calendar could not be read", () -> {
            List<FollowUp> out = new ArrayList<>();
            for (JsonNode f : session.link().call(c -> c.get(path, JsonNode.class))) {
                out.add(CalendarJson.followUp(f));
            }
            return out;
        });
    }

    @Override
    public CompletionStage<FollowUp> schedule(FollowUpRequest request) {
        return ask("SCHEDULE_FOLLOW_UP", "The follow-up was not scheduled", () -> CalendarJson.followUp(
                session.link().call(c -> c.post("calendar/follow-ups", CalendarJson.request(request), JsonNode.class))));
    }

    @Override
    public CompletionStage<FollowUp> complete(String followUpId) {
        return ask("COMPLETE_FOLLOW_UP", "The follow-up was not marked done", () -> CalendarJson.followUp(session
                .link().call(c -> c.post("calendar/follow-ups/" + followUpId + "/done", java.util.Map.of(),
                        JsonNode.class))));
    }

    @Override
    public CompletionStage<Void> cancel(String followUpId) {
        return ask("CANCEL_FOLLOW_UP", "The follow-up was not removed", () -> {
            session.link().call(c -> c.delete("calendar/follow-ups/" + followUpId, Void.class));
            return null;
        });
    }

    @Override
    public CompletionStage<InteractionInfo> callBack(String followUpId) {
        return ask("CALL_BACK", "The call was not placed", () -> EventMapper.interaction(session.link()
                .call(c -> c.post("calendar/follow-ups/" + followUpId + "/call-back", java.util.Map.of(),
                        JsonNode.class))));
    }

    /** A refusal by rule completes with {@link ActionRefusal}, anything else with a {@link ConnectorException}. */
    private <T> CompletionStage<T> ask(String action, String failure, Supplier<T> request) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return request.get();
            } catch (RestException e) {
                if (Refusals.isRefusal(e)) {
                    throw new ActionRefusal(Refusals.of("", null, action, e));
                }
                throw new ConnectorException(failure + ": " + e.getMessage(), e);
            } catch (ConnectorException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ConnectorException(failure + ": " + e.getMessage(), e);
            }
        }, lookups);
    }
}
