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
     * Seals the values stored before they were sealed, in the caller's transaction. Replicas starting
     * together each seal a row at most once: a row is rewritten only if it still holds what was read.
     *
     * @return how many rows it sealed
     */
    public int sealPlaintext(EntityManager entities, SecretSeal seal) {
        @SuppressWarnings("unchecked")
        List<Object[]> plain = entities.createNativeQuery("SELECT " + idColumn + ", " + column + " FROM " + table
                + " WHERE " + column + " NOT LIKE ?1").setParameter(1, SecretSeal.PREFIX + "%").getResultList();
        int sealed = 0;
        for (Object[] row : plain) {
            sealed += entities.createNativeQuery("UPDATE " + table + " SET " + column + " = ?1 WHERE " + idColumn
                            + " = ?2 AND " + column + " = ?3")
                    .setParameter(1, seal.seal((String) row[1], context(row[0]))).setParameter(2, row[0]).setParameter(3, row[1])
                    .executeUpdate();
        }
        return sealed;
    }
}
