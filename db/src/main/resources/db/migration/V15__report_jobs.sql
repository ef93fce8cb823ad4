-- party care: yearly reports exported in the background (issue 7). One row per export a user asked for: what (organization
-- subtree, year, format, language), how far it got (rows done of the member table's total), and where the file is. The
-- file lives in the reports directory (care.reports.dir) under file_name and is deleted, with the row, after some days.
-- Only the user who asked downloads it.

create sequence report_job_seq increment by 50;

create table report_job (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    requested_by     bigint         not null,
    organization_id  bigint         not null,
    report_year      integer        not null,
    format           varchar(10)    not null,
    language         varchar(10)    not null,
    status           varchar(10)    not null,
    rows_done        bigint         not null default 0,
    rows_total       bigint         not null default 0,
    file_name        varchar(200),
    file_size        bigint,
    started_at       timestamp(6) with time zone,
    finished_at      timestamp(6) with time zone,
    error            varchar(500),
    constraint pk_report_job primary key (id),
    constraint fk_report_job_user foreign key (requested_by) references app_user (id),
    constraint fk_report_job_organization foreign key (organization_id) references organization (id),
    constraint ck_report_job_format check (format in ('XLSX', 'PDF', 'CSV')),
    constraint ck_report_job_status check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    constraint ck_report_job_year check (report_year between 2000 and 2200),
    constraint ck_report_job_rows check (rows_done >= 0 and rows_total >= 0),
    -- a finished job has its file, a failed one its reason
    constraint ck_report_job_done check ((status = 'DONE') = (file_name is not null and finished_at is not null)),
    constraint ck_report_job_failed check ((status = 'FAILED') = (error is not null))
);
-- a user's own jobs, newest first
create index ix_report_job_user on report_job (requested_by, created_at desc);
-- the clean-up finds old jobs by their age
create index ix_report_job_created on report_job (created_at);
