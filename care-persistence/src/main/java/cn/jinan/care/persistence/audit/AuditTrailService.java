package cn.jinan.care.persistence.audit;

import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail as a list: each revision with who made it and which records it touched. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class AuditTrailService {

    /** Every audited table, by the record type the trail names. */
    private static final String TOUCHED = """
            select rev, 'member' as type, id, revtype from member_aud
            union all select rev, 'member_event', id, revtype from member_event_aud
            union all select rev, 'organization', id, revtype from organization_aud
            union all select rev, 'user', id, revtype from app_user_aud
            """;

    private final JdbcTemplate jdbc;
    private final SensitiveReadRepository reads;

    public record Entry(long revision, Instant at, String username, String recordType, long recordId, int revType) {
    }

    /** Every read of a sensitive record, newest first. */
    public Page<cn.jinan.care.domain.audit.SensitiveRead> sensitiveReads(Pageable pageable) {
        return reads.findAllByOrderByReadAtDescIdDesc(pageable);
    }

    public Page<Entry> revisions(Pageable pageable) {
        long total = jdbc.queryForObject("select count(*) from (" + TOUCHED + ") t", Long.class);
        List<Entry> rows = jdbc.query("""
                select r.id, r.timestamp, r.username, t.type, t.id as record_id, t.revtype
                  from revinfo r join (%s) t on t.rev = r.id
                 order by r.id desc, t.type, t.id
                 limit ? offset ?
                """.formatted(TOUCHED),
                (rs, i) -> new Entry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getInt(6)),
                pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(rows, pageable, total);
    }
}
