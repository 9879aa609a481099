package org.switchboard.server.store.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.internal.security.SecurableObjectHolder;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.eclipse.persistence.platform.database.H2Platform;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;
import org.switchboard.server.core.store.AgentStateChange;
import org.switchboard.server.core.store.AgentWork;
import org.switchboard.server.core.store.AuditEntry;
import org.switchboard.server.core.store.InteractionStateChange;
import org.switchboard.server.core.store.RestoredState;
import org.switchboard.server.core.store.StoredCad;
import org.switchboard.server.core.store.StoredCadEdit;
import org.switchboard.server.core.store.StoredInteraction;
import org.switchboard.server.core.store.StoredFollowUp;
import org.switchboard.server.core.store.StoredWrapUp;
import org.switchboard.server.store.DatabaseStore;
import org.switchboard.server.store.StoreSettings;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * The server store on EclipseLink. One writer thread applies the writes in the order the contact
 * center made them, batched into transactions ({@link BatchWriter}), so the event loop never waits
 * for the disk.
 * Failures are logged by kind only: a database message can quote the values of a row, and a row
 * can hold a secure call variable.
 */
public final class JpaServerStore implements DatabaseStore {

    static final String UNIT = "switchboard-server-store";
    private static final long CLOSE_WAIT_SECONDS = 30;

    private final EntityManagerFactory emf;
    private final BatchWriter writer;

    private JpaServerStore(EntityManagerFactory emf) {
        this.emf = emf;
        this.writer = new BatchWriter(emf);
    }

    /**
     * EclipseLink takes the configured password for one it encrypted and decrypts it; a password that
     * happens to be a hex string then fails ("encrypted by deprecated algorithm"). Encrypting it with
     * EclipseLink's own encryptor makes the round trip exact for every password.
     */
    private static String forEclipseLink(String password) {
        return password.isEmpty() ? password
                : new SecurableObjectHolder().getSecurableObject().encryptPassword(password);
    }

    public static JpaServerStore open(StoreSettings settings) {
        boolean h2 = settings.jdbcUrl().startsWith("jdbc:h2:");
        Map<String, Object> properties = new HashMap<>();
        // In OSGi only this bundle's loader sees persistence.xml, the entities and the JDBC drivers.
        properties.put(PersistenceUnitProperties.CLASSLOADER, JpaServerStore.class.getClassLoader());
        properties.put(PersistenceUnitProperties.TARGET_DATABASE,
                (h2 ? H2Platform.class : PostgreSQLPlatform.class).getName());
        properties.put(PersistenceUnitProperties.JDBC_DRIVER, h2 ? "org.h2.Driver" : "org.postgresql.Driver");
        properties.put(PersistenceUnitProperties.JDBC_URL, settings.jdbcUrl());
        properties.put(PersistenceUnitProperties.JDBC_USER, settings.user());
        properties.put(PersistenceUnitProperties.JDBC_PASSWORD, forEclipseLink(settings.password()));
        properties.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, DirectDriverConnect.class.getName());
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, settings.logLevel());
        properties.put(PersistenceUnitProperties.LOGGING_PARAMETERS, "false");
        properties.put(PersistenceUnitProperties.LOGGING_LOGGER, EclipseLinkLog.class.getName());
        EntityManagerFactory emf;
        try {
            emf = new PersistenceProvider().createEntityManagerFactory(UNIT, properties);
            if (emf == null) {
                throw new IllegalStateException("persistence unit " + UNIT + " not found");
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot open the server store " + settings, e);
        }
        try {
            // EclipseLink deploys lazily: connect and create the schema now, so a broken store fails here.
            new StoreSchema(JpaHelper.getServerSession(emf)).createOrExtend();
        } catch (RuntimeException e) {
            emf.close();
            throw new IllegalStateException("Cannot open the server store " + settings, e);
        }
        return new JpaServerStore(emf);
    }

    // ---- writes (queued) -------------------------------------------------------------------------

    @Override
    public long nextInteractionNumber() {
        Long max = read(em -> em.createNamedQuery(InteractionRow.MAX_NUMBER, Long.class).getSingleResult());
        return max == null ? 1 : max + 1;
    }

    @Override
    public void interactionArrived(StoredInteraction i) {
        InteractionRow row = new InteractionRow();
        row.id = i.id();
        row.number = i.number();
        row.channel = i.channel();
        row.queueId = Columns.cut(i.queueId(), 64);
        row.customerId = Columns.cut(i.customerId(), 64);
        row.callerName = Columns.cut(i.callerName(), 256);
        row.callerNumber = Columns.cut(i.callerNumber(), 64);
        row.arrived = i.arrived();
        row.callbackType = i.callbackType();
        row.dnis = Columns.cut(i.dnis(), 32);
        List<Object> rows = new ArrayList<>();
        rows.add(row);
        for (StoredCad c : i.cad()) {
            CadRow cad = new CadRow();
            cad.interactionId = i.id();
            cad.name = c.name();
            cad.value = c.value();
            cad.secure = c.secure();
            rows.add(cad);
        }
        write(rows);
    }

    @Override
    public void interactionStateChanged(InteractionStateChange change) {
        InteractionStateRow row = new InteractionStateRow();
        row.interactionId = change.interactionId();
        row.at = change.at();
        row.state = change.state();
        write(List.of(row));
    }

    @Override
    public void wrapUpSaved(StoredWrapUp wrapUp) {
        WrapUpRow row = new WrapUpRow();
        row.interactionId = wrapUp.interactionId();
        row.agentId = wrapUp.agentId();
        row.at = wrapUp.at();
        row.disposition = Columns.cut(wrapUp.disposition(), 64);
        row.notes = Columns.cut(wrapUp.notes(), 4000);
        write(List.of(row));
    }

    @Override
    public void cadSaved(StoredCadEdit edit) {
        CadEditRow row = new CadEditRow();
        row.interactionId = edit.interactionId();
        row.agentId = edit.agentId();
        row.at = edit.at();
        row.name = edit.name();
        row.value = edit.value();
        row.secure = edit.secure();
        row.version = edit.version();
        write(List.of(row));
    }

    @Override
    public void agentStateChanged(AgentStateChange change) {
        AgentStateRow row = new AgentStateRow();
        row.agentId = change.agentId();
        row.at = change.at();
        row.state = change.state();
        row.reasonCode = Columns.cut(change.reasonCode(), 64);
        write(List.of(row));
    }

    @Override
    public void audit(AuditEntry entry) {
        AuditRow row = new AuditRow();
        row.at = entry.at();
        // Who and what as the request named them: cut to the columns, never trusted to fit.
        row.agentId = Columns.cut(entry.agentId(), 64);
        row.action = Columns.cut(entry.action(), 64);
        row.subject = Columns.cut(entry.subject(), 128);
        row.requestId = Columns.cut(entry.requestId(), 128);
        row.outcome = entry.outcome();
        row.rule = entry.rule();
        write(List.of(row));
    }

    @Override
    public void agentWorkChanged(AgentWork work) {
        AgentWorkRow row = new AgentWorkRow();
        row.key = AgentWorkRow.key(work.interactionId(), work.agentId());
        row.interactionId = work.interactionId();
        row.agentId = work.agentId();
        row.stage = work.stage().name();
        row.at = work.at();
        writer.submit(new BatchWriter.Write("AgentWorkRow", em -> em.merge(row)));
    }

    @Override
    public void followUpSaved(StoredFollowUp f) {
        FollowUpRow row = new FollowUpRow();
        row.id = f.id();
        row.agentId = f.agentId();
        row.kind = f.kind();
        row.localDue = f.localDue();
        row.zone = f.zone();
        row.reminderMinutes = f.reminderMinutes();
        row.notes = Columns.cut(f.notes(), 4000);
        row.contactName = Columns.cut(f.contactName(), 200);
        row.contactNumber = Columns.cut(f.contactNumber(), 200);
        row.interactionId = f.interactionId();
        row.state = f.state();
        row.created = f.created();
        writer.submit(new BatchWriter.Write("FollowUpRow", em -> em.merge(row)));
    }

    @Override
    public void followUpRemoved(String followUpId) {
        writer.submit(new BatchWriter.Write("FollowUpRow", em -> {
            FollowUpRow row = em.find(FollowUpRow.class, followUpId);
            if (row != null) {
                em.remove(row);
            }
        }));
    }

    @Override
    public List<StoredFollowUp> followUps() {
        return read(em -> em.createNamedQuery(FollowUpRow.ALL, FollowUpRow.class).getResultList().stream()
                .map(r -> new StoredFollowUp(r.id, r.agentId, r.kind, r.localDue, r.zone, r.reminderMinutes, r.notes,
                        r.contactName, r.contactNumber, r.interactionId, r.state, r.created))
                .toList());
    }

    private void write(List<Object> rows) {
        writer.submit(new BatchWriter.Write(rows.get(0).getClass().getSimpleName(), em -> rows.forEach(em::persist)));
    }

    // ---- reads ----------------------------------------------------------------------------------

    private <T> T read(Function<EntityManager, T> query) {
        writer.awaitQueued();
        EntityManager em = emf.createEntityManager();
        try {
            return query.apply(em);
        } finally {
            em.close();
        }
    }

    @Override
    public Optional<StoredInteraction> interaction(String interactionId) {
        return read(em -> interaction(em, interactionId));
    }

    private static Optional<StoredInteraction> interaction(EntityManager em, String interactionId) {
        InteractionRow row = em.find(InteractionRow.class, interactionId);
        if (row == null) {
            return Optional.empty();
        }
        List<StoredCad> cad = em.createNamedQuery(CadRow.BY_INTERACTION, CadRow.class)
                .setParameter("id", interactionId).getResultList().stream()
                .map(c -> new StoredCad(c.name, c.value, c.secure)).toList();
        return Optional.of(new StoredInteraction(row.number, row.id, row.channel, row.queueId, row.customerId,
                row.callerName, row.callerNumber, row.arrived, cad, row.callbackType, row.dnis));
    }

    @Override
    public RestoredState restore(int requestsPerAgent) {
        return read(em -> {
            List<AgentWork> open = new ArrayList<>();
            Map<String, StoredInteraction> interactions = new HashMap<>();
            for (AgentWorkRow w : em.createNamedQuery(AgentWorkRow.OPEN, AgentWorkRow.class).getResultList()) {
                AgentWork.Stage stage;
                try {
                    stage = AgentWork.Stage.valueOf(w.stage);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                open.add(new AgentWork(w.interactionId, w.agentId, stage, w.at));
                if (!interactions.containsKey(w.interactionId)) {
                    interaction(em, w.interactionId).ifPresent(i -> interactions.put(i.id(), i));
                }
            }
            List<AuditEntry> requests = new ArrayList<>();
            for (String agentId : em.createNamedQuery(AuditRow.AGENTS_WITH_REQUESTS, String.class).getResultList()) {
                List<AuditRow> latest = em.createNamedQuery(AuditRow.REQUESTS_OF, AuditRow.class)
                        .setParameter("agent", agentId).setMaxResults(requestsPerAgent).getResultList();
                for (AuditRow r : latest.reversed()) {
                    requests.add(new AuditEntry(r.at, r.agentId, r.action, r.subject, r.requestId, r.outcome, r.rule));
                }
            }
            return new RestoredState(open, interactions, requests);
        });
    }

    @Override
    public List<InteractionStateChange> history(String interactionId) {
        return read(em -> em.createNamedQuery(InteractionStateRow.BY_INTERACTION, InteractionStateRow.class)
                .setParameter("id", interactionId).getResultList().stream()
                .map(r -> new InteractionStateChange(r.interactionId, r.at, r.state)).toList());
    }

    @Override
    public List<StoredWrapUp> wrapUps(String interactionId) {
        return read(em -> em.createNamedQuery(WrapUpRow.BY_INTERACTION, WrapUpRow.class)
                .setParameter("id", interactionId).getResultList().stream()
                .map(r -> new StoredWrapUp(r.interactionId, r.agentId, r.at, r.disposition, r.notes)).toList());
    }

    @Override
    public List<StoredCadEdit> cadHistory(String interactionId) {
        return read(em -> em.createNamedQuery(CadEditRow.BY_INTERACTION, CadEditRow.class)
                .setParameter("id", interactionId).getResultList().stream()
                .map(r -> new StoredCadEdit(r.interactionId, r.agentId, r.at, r.name, r.value, r.secure, r.version))
                .toList());
    }

    @Override
    public List<AgentStateChange> agentStates(String agentId) {
        return read(em -> em.createNamedQuery(AgentStateRow.BY_AGENT, AgentStateRow.class)
                .setParameter("id", agentId).getResultList().stream()
                .map(r -> new AgentStateChange(r.agentId, r.at, r.state, r.reasonCode)).toList());
    }

    @Override
    public List<AuditEntry> audit() {
        return read(em -> em.createNamedQuery(AuditRow.ALL, AuditRow.class).getResultList().stream()
                .map(r -> new AuditEntry(r.at, r.agentId, r.action, r.subject, r.requestId, r.outcome, r.rule))
                .toList());
    }

    @Override
    public void close() {
        writer.close(CLOSE_WAIT_SECONDS);
        if (emf.isOpen()) {
            emf.close();
        }
    }
}
