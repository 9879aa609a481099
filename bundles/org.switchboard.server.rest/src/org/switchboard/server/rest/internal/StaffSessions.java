package org.switchboard.server.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.switchboard.server.rest.StaffAccount;

/**
 * The sessions of staff accounts. Unlike an agent, a staff account may be logged in from several
 * places at once (several tools drive the simulator); the oldest of more than
 * {@value #MAX_SESSIONS} sessions of one account ends.
 */
final class StaffSessions {

    static final int MAX_SESSIONS = 32;

    private final Map<String, StaffAccount> accounts;
    private final Map<String, StaffAccount> byToken = new ConcurrentHashMap<>();
    private final Map<String, Deque<String>> tokensOf = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    StaffSessions(List<StaffAccount> accounts) {
        this.accounts = accounts.stream().collect(Collectors.toUnmodifiableMap(StaffAccount::id, Function.identity()));
    }

    boolean isStaff(String id) {
        return id != null && accounts.containsKey(id);
    }

    /** A new token for the staff account, or 401 for a wrong password. */
    String login(String id, String password) {
        StaffAccount account = accounts.get(id);
        if (account == null || password == null || !MessageDigest.isEqual(
                account.password().getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "unauthorized", "unknown agent or wrong password");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Deque<String> tokens = tokensOf.computeIfAbsent(id, k -> new ArrayDeque<>());
        synchronized (tokens) {
            tokens.addLast(token);
            byToken.put(token, account);
            while (tokens.size() > MAX_SESSIONS) {
                byToken.remove(tokens.removeFirst());
            }
        }
        return token;
    }

    Optional<StaffAccount> of(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(byToken.get(token));
    }

    /** Ends the session of this token; the account it was of, empty if it is no staff session. */
    Optional<StaffAccount> logout(String token) {
        StaffAccount account = token == null ? null : byToken.remove(token);
        if (account == null) {
            return Optional.empty();
        }
        Deque<String> tokens = tokensOf.get(account.id());
        synchronized (tokens) {
            tokens.remove(token);
        }
        return Optional.of(account);
    }

    /** The account has a session still. */
    boolean hasSessions(String id) {
        Deque<String> tokens = tokensOf.get(id);
        if (tokens == null) {
            return false;
        }
        synchronized (tokens) {
            return !tokens.isEmpty();
        }
    }
}
