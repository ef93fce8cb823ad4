package cn.jinan.care.domain.hardship;

import java.util.Optional;

/** Where a hardship aid stands. Each step follows the one before it; none can be skipped. */
public enum AidStatus {
    APPLIED, APPROVED, PUBLICIZED, PAID, REJECTED;

    /** The step that comes next, if the aid is still under way. */
    public Optional<AidStatus> next() {
        return switch (this) {
            case APPLIED -> Optional.of(APPROVED);
            case APPROVED -> Optional.of(PUBLICIZED);
            case PUBLICIZED -> Optional.of(PAID);
            case PAID, REJECTED -> Optional.empty();
        };
    }

    /** Whether the aid can still be rejected: before the public notice. */
    public boolean canReject() {
        return this == APPLIED || this == APPROVED;
    }
}
