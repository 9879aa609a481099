package org.switchboard.server.rest;

/**
 * What a token may do. An agent reads and acts only on itself and its interactions; a supervisor
 * reads the agents of its team; an administrator reads every agent and drives the customer
 * simulator; the simulator's own account only drives the simulator; a knowledge manager reviews
 * and publishes the articles agents propose.
 */
public enum Role {
    AGENT, SUPERVISOR, ADMINISTRATOR, SIMULATOR, KNOWLEDGE_MANAGER
}
