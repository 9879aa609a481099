package org.switchboard.server.rest;

import java.util.List;
import java.util.Objects;

/**
 * Someone who logs in to the API without taking interactions: a supervisor (of one team), an
 * administrator, or the customer simulator's account. Agents are the contact center's own accounts.
 *
 * @param teamId the team a supervisor reads; null for the other roles
 */
public record StaffAccount(String id, String name, String password, Role role, String teamId) {

    public StaffAccount {
        Objects.requireNonNull(role, "role");
        if (id == null || id.isBlank() || name == null || name.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a staff account needs an id, a name and a password");
        }
        if (role == Role.AGENT) {
            throw new IllegalArgumentException(id + ": agents are the contact center's accounts, not staff");
        }
        if ((role == Role.SUPERVISOR) != (teamId != null && !teamId.isBlank())) {
            throw new IllegalArgumentException(id + ": a supervisor, and only a supervisor, has a team");
        }
    }

    /**
     * The demo's staff, password {@code <id>-demo}: {@code s1} supervises team "front" (a1, a2),
     * {@code admin} administers, {@code sim} drives the customer simulator, {@code km} manages the
     * knowledge base.
     */
    public static List<StaffAccount> demo() {
        return List.of(new StaffAccount("s1", "Sofia Martins", "s1-demo", Role.SUPERVISOR, "front"),
                new StaffAccount("admin", "Administrator", "admin-demo", Role.ADMINISTRATOR, null),
                new StaffAccount("sim", "Customer simulator", "sim-demo", Role.SIMULATOR, null),
                new StaffAccount("km", "Kirsten Moller", "km-demo", Role.KNOWLEDGE_MANAGER, null));
    }

    @Override
    public String toString() {
        return "StaffAccount[" + id + ", " + role + (teamId == null ? "" : ", team " + teamId) + "]";
    }
}
