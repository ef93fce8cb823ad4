package cn.jinan.care.persistence.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time form tokens: a form submitted twice (a double tap, a browser resend) creates one record. The first submit
 * claims the token inside the transaction that creates the record; a second one waits for that transaction, finds the
 * token claimed and is pointed at the record already made.
 */
@Component
@RequiredArgsConstructor
public class Submissions {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    /**
     * Claims the token for a record type. Empty when the claim is new (go on and create the record); otherwise the id
     * of the record an earlier submit of the same form created.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> claim(UUID token, String recordType) {
        if (token == null) {
            return Optional.empty();
        }
        int inserted = jdbc.update("insert into form_submission (token, record_type, created_at) values (?, ?, ?)"
                + " on conflict (token) do nothing", token, recordType, Timestamp.from(clock.instant()));
        if (inserted == 1) {
            return Optional.empty();
        }
        List<Long> ids = jdbc.queryForList("select record_id from form_submission where token = ?", Long.class, token);
        return Optional.of(ids.isEmpty() || ids.get(0) == null ? -1L : ids.get(0));
    }

    /** Notes the record a claimed token created. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void created(UUID token, long recordId) {
        if (token != null) {
            jdbc.update("update form_submission set record_id = ? where token = ?", recordId, token);
        }
    }
}
