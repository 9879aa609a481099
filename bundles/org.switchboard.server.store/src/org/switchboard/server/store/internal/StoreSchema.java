package org.switchboard.server.store.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.tools.schemaframework.SchemaManager;
import org.eclipse.persistence.tools.schemaframework.SequenceDefinition;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;

/**
 * Creates the store's tables or adds the columns they lack, and creates only the sequences the
 * database does not have yet. EclipseLink's own "create-or-extend-tables" issues CREATE SEQUENCE for
 * every sequence at every start (twice on a fresh database) and probes each table with a SELECT:
 * each refused statement is logged with its stack trace and written to H2's trace file.
 */
final class StoreSchema extends SchemaManager {

    private final DatabaseSession database;

    StoreSchema(DatabaseSession session) {
        super(session);
        this.database = session;
    }

    /** Tables first (with their indexes), then the missing sequences. */
    void createOrExtend() {
        extendDefaultTables(true);
    }

    /**
     * Where EclipseLink's table creation and its sequence creation both end up, each asking for the
     * sequences to be created: only the missing ones are.
     */
    @Override
    protected void processSequenceDefinitions(boolean sequenceTables, boolean sequences, boolean replace) {
        for (SequenceDefinition sequence : buildSequenceDefinitions()) {
            if (sequence.isTableSequenceDefinition()) {
                throw new IllegalStateException("the server store uses sequence objects only, not the table of "
                        + sequence.getName());
            }
            if (!exists(sequence.getName())) {
                createObject(sequence);
            }
        }
    }

    /** Looked up, not probed: EclipseLink's probe (a SELECT on the table) is a refused statement H2 traces. */
    @Override
    public boolean checkTableExists(TableDefinition table, boolean suppressLogging) {
        return found("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA"
                + " AND UPPER(TABLE_NAME) = ", table.getName());
    }

    @Override
    public boolean checkTableExists(TableDefinition table) {
        return checkTableExists(table, true);
    }

    private boolean exists(String sequenceName) {
        return found("SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = CURRENT_SCHEMA"
                + " AND UPPER(SEQUENCE_NAME) = ", sequenceName);
    }

    /** INFORMATION_SCHEMA is standard SQL: H2 and PostgreSQL both have it. Names are the entities' own. */
    private boolean found(String query, String name) {
        String literal = "'" + name.toUpperCase(Locale.ROOT).replace("'", "''") + "'";
        List<?> rows = database.executeSelectingCall(new SQLCall(query + literal));
        return !rows.isEmpty();
    }
}
