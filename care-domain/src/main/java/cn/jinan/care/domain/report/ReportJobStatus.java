package cn.jinan.care.domain.report;

/** Where a background export stands: waiting for a worker, being written, written, or given up. */
public enum ReportJobStatus {
    QUEUED, RUNNING, DONE, FAILED;

    /** Whether nothing will change any more. */
    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
