-- party care: importing member rosters and study hours from spreadsheets (issue 7). An uploaded file waits here
-- between the preview and the commit — in the database, not in the HTTP session, so that whichever instance serves
-- the confirmation can commit it. A batch is committed once; its file is dropped then and the row stays, with the
-- counts, as the record of the import (the members and study records it wrote are in the Envers audit tables).
-- Batches never committed are deleted after a day.

create sequence import_batch_seq increment by 50;

create table import_batch (
    id              bigint       not null,
    version         bigint       not null default 0,
    created_at      timestamp(6) with time zone not null,
    created_by      varchar(64),
    updated_at      timestamp(6) with time zone not null,
    updated_by      varchar(64),
    kind            varchar(10)  not null,
    status          varchar(12)  not null,
    -- the uploader's organization: the scope the batch was made in
    organization_id bigint       not null,
    file_name       varchar(255) not null,
    -- the file as uploaded; null once committed
    content         bytea,
    content_size    integer      not null,
    update_existing boolean      not null default false,
    row_count       integer      not null default 0,
    new_count       integer      not null default 0,
    updated_count   integer      not null default 0,
    unchanged_count integer      not null default 0,
    error_count     integer      not null default 0,
    committed_at    timestamp(6) with time zone,
    committed_by    varchar(64),
    constraint pk_import_batch primary key (id),
    constraint fk_import_batch_organization foreign key (organization_id) references organization (id),
    constraint ck_import_batch_kind check (kind in ('ROSTER', 'STUDY')),
    constraint ck_import_batch_status check (status in ('PREVIEWED', 'COMMITTED')),
    constraint ck_import_batch_committed check ((status = 'COMMITTED') = (committed_at is not null)),
    constraint ck_import_batch_content check (status <> 'PREVIEWED' or content is not null),
    constraint ck_import_batch_counts check (content_size >= 0 and row_count >= 0 and new_count >= 0
        and updated_count >= 0 and unchanged_count >= 0 and error_count >= 0)
);
create index ix_import_batch_organization on import_batch (organization_id, created_at desc);
create index ix_import_batch_status on import_batch (status, created_at);
