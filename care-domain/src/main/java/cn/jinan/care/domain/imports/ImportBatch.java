package cn.jinan.care.domain.imports;

import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.BaseEntity;
import cn.jinan.care.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * An uploaded file between its preview and its commit, kept in the database so that any instance of the application
 * can commit it. It is committed at most once; committing drops the file and keeps the counts as the record of the
 * import. Not audited itself: the rows it writes are.
 */
@Entity
@Table(name = "import_batch")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ImportBatch extends BaseEntity {

    /** The longest file name kept; longer names are shortened, keeping the extension. */
    public static final int MAX_FILE_NAME = 255;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ImportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ImportStatus status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Column(name = "file_name", nullable = false, length = MAX_FILE_NAME)
    private String fileName;

    @Getter(AccessLevel.NONE)
    @Column(name = "content")
    private byte[] content;

    @Column(name = "content_size", nullable = false)
    private int contentSize;

    @Column(name = "update_existing", nullable = false)
    private boolean updateExisting;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(name = "new_count", nullable = false)
    private int newCount;

    @Column(name = "updated_count", nullable = false)
    private int updatedCount;

    @Column(name = "unchanged_count", nullable = false)
    private int unchangedCount;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    @Column(name = "committed_at")
    private Instant committedAt;

    @Column(name = "committed_by", length = 64)
    private String committedBy;

    /** A file just uploaded by a user of {@code organization}'s scope. */
    public static ImportBatch upload(ImportKind kind, Organization organization, String fileName, byte[] content,
            boolean updateExisting) {
        ImportBatch batch = new ImportBatch();
        batch.kind = Objects.requireNonNull(kind, "kind");
        batch.organization = Objects.requireNonNull(organization, "organization");
        batch.fileName = shorten(fileName);
        batch.content = Objects.requireNonNull(content, "content").clone();
        batch.contentSize = content.length;
        batch.updateExisting = updateExisting && kind == ImportKind.ROSTER;
        batch.status = ImportStatus.PREVIEWED;
        return batch;
    }

    /** The uploaded bytes; empty once committed. */
    public byte[] content() {
        return content == null ? new byte[0] : content.clone();
    }

    public boolean isCommitted() {
        return status == ImportStatus.COMMITTED;
    }

    /** The last check's counts (at the preview, or the commit's). */
    public ImportCounts counts() {
        return new ImportCounts(rowCount, newCount, updatedCount, unchangedCount, errorCount);
    }

    /** Records what the latest check found, and with which option. */
    public void checked(ImportCounts counts, boolean withUpdates) {
        requireOpen();
        this.updateExisting = withUpdates && kind == ImportKind.ROSTER;
        count(counts);
    }

    /**
     * Marks the batch written: a second commit is refused, the file is dropped and the counts stay.
     *
     * @throws DomainException {@code imports.batch.committed} when it was committed before
     */
    public void commit(ImportCounts counts, String by, Instant at) {
        requireOpen();
        if (!counts.committable()) {
            throw DomainException.of("imports.commit.not-committable");
        }
        count(counts);
        this.status = ImportStatus.COMMITTED;
        this.committedBy = by;
        this.committedAt = Objects.requireNonNull(at, "at");
        this.content = null;
    }

    private void requireOpen() {
        if (status != ImportStatus.PREVIEWED) {
            throw DomainException.of("imports.batch.committed");
        }
    }

    private void count(ImportCounts counts) {
        this.rowCount = counts.rows();
        this.newCount = counts.created();
        this.updatedCount = counts.updated();
        this.unchangedCount = counts.unchanged();
        this.errorCount = counts.errors();
    }

    private static String shorten(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        // a browser may send the whole client path
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty()) {
            name = "upload";
        }
        if (name.length() <= MAX_FILE_NAME) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        return name.substring(0, MAX_FILE_NAME - extension.length()) + extension;
    }
}
