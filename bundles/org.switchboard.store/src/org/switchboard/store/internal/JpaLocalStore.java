package org.switchboard.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.eclipse.persistence.platform.database.H2Platform;
import org.switchboard.store.LocalStore;
import org.switchboard.store.OutboxStore;
import org.switchboard.store.StoreException;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

/** The local store on EclipseLink and an embedded H2 file database. */
public final class JpaLocalStore implements LocalStore {

    static final String UNIT = "switchboard-store";
    static final String DATABASE_NAME = "switchboard";

    private final EntityManagerFactory emf;
    private final OutboxStore outbox;

    private JpaLocalStore(EntityManagerFactory emf) {
        this.emf = emf;
        this.outbox = new JpaOutboxStore(emf);
    }

    public static JpaLocalStore open(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the store directory " + dir, e);
        }
        return new JpaLocalStore(factory(UNIT, jdbcUrl(dir), dir));
    }

    /** An entity manager factory for {@code unit} on the H2 database at {@code url}, its schema up to date. */
    static EntityManagerFactory factory(String unit, String url, Path dir) {
        Map<String, Object> properties = new HashMap<>();
        // In OSGi neither the thread context loader nor EclipseLink's own bundle sees
        // persistence.xml, the entity classes or the H2 driver; this bundle's loader sees all three.
        properties.put(PersistenceUnitProperties.CLASSLOADER, JpaLocalStore.class.getClassLoader());
        // Loaded through the class loader above, so named by class and imported by this bundle
        properties.put(PersistenceUnitProperties.TARGET_DATABASE, H2Platform.class.getName());
        properties.put(PersistenceUnitProperties.JDBC_URL, url);
        properties.put(PersistenceUnitProperties.JDBC_USER, "sa");
        properties.put(PersistenceUnitProperties.JDBC_PASSWORD, "");
        EntityManagerFactory emf;
        try {
            emf = new PersistenceProvider().createEntityManagerFactory(unit, properties);
        } catch (PersistenceException e) {
            throw new StoreException("Cannot open the store in " + dir, e);
        }
        if (emf == null) {
            throw new StoreException("Persistence unit " + unit + " not found", null);
        }
        try {
            // EclipseLink deploys lazily; connect and create the schema now so a broken store
            // fails here and not on the first write.
            emf.createEntityManager().close();
        } catch (RuntimeException e) {
            emf.close();
            throw new StoreException("Cannot open the store in " + dir, e);
        }
        return emf;
    }

    static String jdbcUrl(Path dir) {
        // The store closes the database itself when it is closed; H2's shutdown hook must not
        // close it under a running outbox.
        return "jdbc:h2:file:" + dir.resolve(DATABASE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    @Override
    public OutboxStore outbox() {
        return outbox;
    }

    @Override
    public void close() {
        if (emf.isOpen()) {
            emf.close();
        }
    }
}
