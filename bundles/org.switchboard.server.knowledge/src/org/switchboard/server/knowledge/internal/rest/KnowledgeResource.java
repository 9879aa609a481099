package org.switchboard.server.knowledge.internal.rest;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.switchboard.server.knowledge.Article;
import org.switchboard.server.knowledge.ArticleVersion;
import org.switchboard.server.knowledge.KnowledgeBase;
import org.switchboard.server.knowledge.Proposal;
import org.switchboard.server.knowledge.QuerySyntaxException;
import org.switchboard.server.knowledge.SearchQuery;
import org.switchboard.server.knowledge.SearchResults;
import org.switchboard.server.knowledge.Suggestion;
import org.switchboard.server.rest.Access;
import org.switchboard.server.rest.Role;
import org.switchboard.server.rest.internal.ApiException;
import org.switchboard.server.rest.internal.Json;

/**
 * The knowledge base under {@code /api/v1/knowledge}: agents, supervisors and knowledge managers
 * search and read, agents count uses and rate; everyone but administrators proposes; knowledge
 * managers review every proposal, the others see their own.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class KnowledgeResource {

    private static final Set<Role> READERS = Set.of(Role.AGENT, Role.SUPERVISOR, Role.KNOWLEDGE_MANAGER,
            Role.ADMINISTRATOR);
    private static final Set<Role> CONTRIBUTORS = Set.of(Role.AGENT, Role.SUPERVISOR, Role.KNOWLEDGE_MANAGER);
    private static final Set<Role> MANAGERS = Set.of(Role.KNOWLEDGE_MANAGER);

    private final KnowledgeBase knowledge;
    private final Access access;

    KnowledgeResource(KnowledgeBase knowledge, Access access) {
        this.knowledge = knowledge;
        this.access = access;
    }

    @GET
    @Path("search")
    public Response search(@QueryParam("q") String q, @QueryParam("tag") String tag,
            @QueryParam("service") String service, @QueryParam("language") String language,
            @QueryParam("limit") String limit, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(authorization, READERS);
        try {
            SearchResults results = answer(() -> knowledge.search(
                    new SearchQuery(q, tag, service, language, number(limit, 10))));
            return Response.ok(results).build();
        } catch (QuerySyntaxException e) {
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new KnowledgeRequests.QuerySyntaxError("query-syntax", e.getMessage(), e.position()))
                    .build();
        }
    }

    @GET
    @Path("suggestions")
    public List<Suggestion> suggestions(@QueryParam("q") String q, @QueryParam("limit") String limit,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(authorization, READERS);
        return answer(() -> knowledge.suggest(q, number(limit, 8)));
    }

    @GET
    @Path("articles/{id}")
    public Article article(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(authorization, READERS);
        return knowledge.article(id).orElseThrow(() -> notFound("article", id));
    }

    @GET
    @Path("articles/{id}/versions")
    public List<ArticleVersion> versions(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(authorization, READERS);
        return answer(() -> knowledge.versions(id));
    }

    /** The agent put the article (or a passage of it) into a reply. */
    @POST
    @Path("articles/{id}/uses")
    public Response used(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(authorization, Set.of(Role.AGENT));
        answer(() -> {
            knowledge.used(id);
            return null;
        });
        return Response.noContent().build();
    }

    @POST
    @Path("articles/{id}/ratings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rated(@PathParam("id") String id, String body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(authorization, CONTRIBUTORS);
        KnowledgeRequests.Rating rating = Json.read(body, KnowledgeRequests.Rating.class);
        if (rating.helpful() == null) {
            throw new ApiException(400, "invalid", "helpful (true or false) is required.");
        }
        answer(() -> {
            knowledge.rated(id, rating.helpful());
            return null;
        });
        return Response.noContent().build();
    }

    @POST
    @Path("proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response propose(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String author = access.require(authorization, CONTRIBUTORS);
        KnowledgeRequests.Propose in = Json.read(body, KnowledgeRequests.Propose.class);
        Proposal p = answer(() -> knowledge.propose(author, in.articleId(), in.draft()));
        return Response.status(201).entity(p).build();
    }

    /** A knowledge manager's list holds everyone's proposals; anyone else's only their own. */
    @GET
    @Path("proposals")
    public List<Proposal> proposals(@QueryParam("state") String state,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String caller = access.require(authorization, CONTRIBUTORS);
        boolean manager = isManager(authorization);
        return answer(() -> knowledge.proposals(manager ? null : caller, state(state)));
    }

    @GET
    @Path("proposals/{id}")
    public Proposal proposal(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String caller = access.require(authorization, CONTRIBUTORS);
        Proposal p = knowledge.proposal(id).orElseThrow(() -> notFound("proposal", id));
        if (!p.author().equals(caller) && !isManager(authorization)) {
            throw notFound("proposal", id);
        }
        return p;
    }

    @POST
    @Path("proposals/{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    public Proposal publish(@PathParam("id") String id, String body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String reviewer = access.require(authorization, MANAGERS);
        KnowledgeRequests.Review in = Json.read(body, KnowledgeRequests.Review.class);
        return answer(() -> knowledge.publish(id, reviewer, in.checkedNote()));
    }

    @POST
    @Path("proposals/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public Proposal reject(@PathParam("id") String id, String body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String reviewer = access.require(authorization, MANAGERS);
        KnowledgeRequests.Review in = Json.read(body, KnowledgeRequests.Review.class);
        String note = in.checkedNote();
        if (note == null) {
            throw new ApiException(400, "invalid", "A rejection says why: a note is required.");
        }
        return answer(() -> knowledge.reject(id, reviewer, note));
    }

    private boolean isManager(String authorization) {
        try {
            access.require(authorization, MANAGERS);
            return true;
        } catch (RuntimeException notManager) {
            return false;
        }
    }

    /** The knowledge base's refusals as API errors: bad values 400, unknown ids 404, reviewed proposals 409. */
    private static <T> T answer(Supplier<T> work) {
        try {
            return work.get();
        } catch (QuerySyntaxException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "invalid", message(e));
        } catch (NoSuchElementException e) {
            throw new ApiException(404, "not-found", message(e));
        } catch (IllegalStateException e) {
            throw new ApiException(409, "conflict", message(e));
        }
    }

    private static String message(RuntimeException e) {
        String m = e.getMessage() == null ? "invalid request" : e.getMessage();
        return Character.toUpperCase(m.charAt(0)) + m.substring(1) + (m.endsWith(".") ? "" : ".");
    }

    private static int number(String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ApiException(400, "invalid", "The limit must be a whole number.");
        }
    }

    private static Proposal.State state(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Proposal.State.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "invalid", "The state is pending, published or rejected.");
        }
    }

    private static ApiException notFound(String what, String id) {
        return new ApiException(404, "not-found", "There is no " + what + " " + id + ".");
    }
}
