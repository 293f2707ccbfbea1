package com.shop.e2e.bench;

import com.shop.e2e.support.ShopDatabase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the databases say about many orders at once, asking in chunks of keys: above all when something
 * happened to them, a {@code DATETIME(3)} read as epoch milliseconds ({@link #EPOCH_MILLIS}). The database writes
 * those times with {@code NOW(3)} on this machine's clock, the clock {@link System#currentTimeMillis()} reads.
 *
 * <p>Keys go to the database as given: order ids as numbers (compared with a string, a BIGINT column would be compared
 * as a double, imprecisely), message keys as text.
 */
final class DatabaseTimes {

    /** The SQL of a {@code DATETIME(3)} column as epoch milliseconds, in the session's (the server's) time zone. */
    static final String EPOCH_MILLIS = "CAST(UNIX_TIMESTAMP(%s) * 1000 AS SIGNED)";

    private static final int CHUNK = 500;

    private DatabaseTimes() {}

    /**
     * The millisecond of each key found, by the key as text.
     *
     * @param sql     selects the key and the millisecond, with {@code IN (%s)} where the keys go
     * @param leading parameters before the keys
     */
    static Map<String, Long> byKey(
            ShopDatabase database, String schema, String sql, Collection<?> keys, Object... leading) {
        Map<String, Long> found = new HashMap<>();
        for (List<Map<String, Object>> rows : chunked(database, schema, sql, keys, leading)) {
            for (Map<String, Object> row : rows) {
                List<Object> values = new ArrayList<>(row.values());
                found.put(String.valueOf(values.get(0)), ((Number) values.get(1)).longValue());
            }
        }
        return found;
    }

    /** The sum of a count over the keys, {@code sql} counting with {@code IN (%s)} where the keys go. */
    static long count(ShopDatabase database, String schema, String sql, Collection<?> keys) {
        long count = 0;
        for (List<Map<String, Object>> rows : chunked(database, schema, sql, keys)) {
            count += ((Number) rows.get(0).values().iterator().next()).longValue();
        }
        return count;
    }

    private static List<List<Map<String, Object>>> chunked(
            ShopDatabase database, String schema, String sql, Collection<?> keys, Object... leading) {
        List<List<Map<String, Object>>> answers = new ArrayList<>();
        List<?> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<?> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<Object> parameters = new ArrayList<>(List.of(leading));
            parameters.addAll(chunk);
            String query = String.format(sql, String.join(", ", Collections.nCopies(chunk.size(), "?")));
            answers.add(database.rows(schema, query, parameters.toArray()));
        }
        return answers;
    }
}
