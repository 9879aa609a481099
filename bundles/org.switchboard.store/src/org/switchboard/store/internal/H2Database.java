package org.switchboard.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.eclipse.persistence.platform.database.H2Platform;
import org.switchboard.store.StoreException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;

/**
 * One persistence unit on its own embedded H2 file in the store directory, opened through
 * EclipseLink with its schema up to date; reads and transactions whose failures reach the caller
 * as {@link StoreException}s naming what was read or written.
 */
final class H2Database implements AutoCloseable {

    private final EntityManagerFactory emf;
    private final String what;

    private H2Database(EntityManagerFactory emf, String what) {
        this.emf = emf;
        this.what = what;
    }

    /**
     * Opens {@code unit} on the H2 file {@code databaseName} in {@code directory}, creating both as
     * needed; {@code what} names the data in failure messages ("the outbox").
     */
    static H2Database open(Path directory, String databaseName, String unit, String what) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the store directory " + dir, e);
        }
        // The store closes the database itself when it is closed; H2's shutdown hook must not
        // close it under a running outbox.
        String url = "jdbc:h2:file:" + dir.resolve(databaseName) + ";DB_CLOSE_ON_EXIT=FALSE";
        return new H2Database(factory(unit, url, dir), what);
    }

    /** Opens {@code unit} on a private in-memory database, gone once closed. */
    static H2Database inMemory(String unit, String what) {
        String url = "jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=0";
        return new H2Database(factory(unit, url, Path.of("memory")), what);
    }

    private static EntityManagerFactory factory(String unit, String url, Path dir) {
        Map<String, Object> properties = new HashMap<>();
        // In OSGi neither the thread context loader nor EclipseLink's own bundle sees
        // persistence.xml, the entity classes or the H2 driver; this bundle's loader sees all three.
        properties.put(PersistenceUnitProperties.CLASSLOADER, H2Database.class.getClassLoader());
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

    <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } catch (PersistenceException e) {
            throw new StoreException("Reading " + what + " failed", e);
        } finally {
            em.close();
        }
    }

    <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (PersistenceException e) {
            throw new StoreException("Writing " + what + " failed", e);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        if (emf.isOpen()) {
            emf.close();
        }
    }
}
