package my.gov.platform.commons.security;

import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * A column whose values are stored sealed ({@link SecretSeal}), each bound to its row's id.
 *
 * @param contextPrefix with the row's id, the context a value is sealed for
 */
public record SealedColumn(String table, String idColumn, String column, String contextPrefix) {

    public String context(Object id) {
        return contextPrefix + id;
    }

    /**
     * Seals under the current key every value that is not yet: those stored before they were sealed,
     * and those sealed under an earlier key, so that after one pass the earlier key can be retired.
     * Runs in the caller's transaction, at start-up: the sealed columns are small, and values such as
     * a merchant's callback secret may never be written again. Replicas starting together rewrite a
     * row at most once: a row is rewritten only if it still holds what was read.
     *
     * @return how many rows it sealed
     * @throws IllegalStateException if a value was sealed under a key that is not configured
     */
    public int sealUnderCurrentKey(EntityManager entities, SecretSeal seal) {
        @SuppressWarnings("unchecked")
        List<Object[]> stale = entities.createNativeQuery("SELECT " + idColumn + ", " + column + " FROM " + table
                + " WHERE " + column + " NOT LIKE ?1").setParameter(1, seal.currentPrefix() + "%").getResultList();
        int sealed = 0;
        for (Object[] row : stale) {
            String stored = (String) row[1];
            String secret = SecretSeal.isSealed(stored) ? seal.open(stored, context(row[0])) : stored;
            sealed += entities.createNativeQuery("UPDATE " + table + " SET " + column + " = ?1 WHERE " + idColumn
                            + " = ?2 AND " + column + " = ?3")
                    .setParameter(1, seal.seal(secret, context(row[0]))).setParameter(2, row[0]).setParameter(3, stored)
                    .executeUpdate();
        }
        return sealed;
    }
}
