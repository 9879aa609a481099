package org.switchboard.store.internal;

import jakarta.persistence.EntityManager;

/**
 * Moves redial history and favorites from the tables of earlier versions (DIALLED and FAVORITE, one
 * per list) into CALL_LIST_ITEM when a call-list file still has them, so an update keeps them.
 */
final class EarlierCallListTables {

    private EarlierCallListTables() {
    }

    static void moveInto(H2Database database) {
        database.inTransaction(em -> {
            move(em, "DIALLED", CallListItem.ListName.DIALLED);
            move(em, "FAVORITE", CallListItem.ListName.FAVORITE);
            return null;
        });
    }

    private static void move(EntityManager em, String table, CallListItem.ListName list) {
        Number found = (Number) em.createNativeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?1").setParameter(1, table).getSingleResult();
        if (found.intValue() == 0) {
            return;
        }
        // table and list are constants of this class, never input
        em.createNativeQuery("INSERT INTO CALL_LIST_ITEM (ID, OWNER, LIST, KIND, TARGET, NAME, AT_MILLIS)"
                + " SELECT NEXT VALUE FOR CALL_LIST_SEQ, OWNER, '" + list.name() + "', KIND, TARGET, NAME, AT_MILLIS"
                + " FROM " + table).executeUpdate();
        em.createNativeQuery("DROP TABLE " + table).executeUpdate();
        em.createNativeQuery("DROP SEQUENCE IF EXISTS " + table + "_SEQ").executeUpdate();
    }
}
