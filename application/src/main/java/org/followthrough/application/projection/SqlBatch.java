package org.followthrough.application.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * The writes a projection makes while handling one batch of events, sent to the database in order just before the
 * batch commits, consecutive statements of the same kind as one JDBC batch. A batch of a thousand events costs a few
 * round trips instead of thousands; the writes still commit with the batch's token, or not at all.
 */
public final class SqlBatch {

    private record Write(String sql, Object[] arguments) {
    }

    private final List<Write> writes = new ArrayList<>();

    /** The batch of the unit of work being processed, flushed when it prepares to commit. */
    public static SqlBatch current(String owner, JdbcTemplate jdbc) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(SqlBatch.class.getName() + "." + owner, key -> {
            SqlBatch batch = new SqlBatch();
            unitOfWork.onPrepareCommit(work -> batch.flush(jdbc));
            return batch;
        });
    }

    public void add(String sql, Object... arguments) {
        writes.add(new Write(sql, arguments));
    }

    public void flush(JdbcTemplate jdbc) {
        int start = 0;
        while (start < writes.size()) {
            String sql = writes.get(start).sql();
            int end = start;
            List<Object[]> arguments = new ArrayList<>();
            while (end < writes.size() && writes.get(end).sql().equals(sql)) {
                arguments.add(writes.get(end).arguments());
                end++;
            }
            if (arguments.size() == 1) {
                jdbc.update(sql, arguments.getFirst());
            } else {
                jdbc.batchUpdate(sql, arguments);
            }
            start = end;
        }
        writes.clear();
    }
}
