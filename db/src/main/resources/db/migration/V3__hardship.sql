-- party care: the hardship register (困难党员信息库, 第27条) and hardship aid (帮扶: application → the branch
-- committee's approval → public notice 公示 → payment). Hardship records are sensitive: reads are logged in
-- sensitive_read with record type HARDSHIP.

create sequence hardship_record_seq increment by 50;
create sequence hardship_aid_seq increment by 50;

create table hardship_record (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    member_id         bigint         not null,
    -- one or more of LIVING_DIFFICULTY, WIDOWED_OR_ALONE, OLD_WEAK_SICK_DISABLED, HARDSHIP_FROM_DUTY, comma-separated
    categories        varchar(200)   not null,
    since_date        date           not null,
    situation         varchar(2000)  not null,
    needs             varchar(1000),
    next_review_date  date           not null,
    last_reviewed_on  date,
    review_note       varchar(1000),
    closed_on         date,
    close_reason      varchar(500),
    constraint pk_hardship_record primary key (id),
    constraint fk_hardship_record_member foreign key (member_id) references member (id),
    constraint ck_hardship_record_categories check (categories <> '' and categories ~
        '^(LIVING_DIFFICULTY|WIDOWED_OR_ALONE|OLD_WEAK_SICK_DISABLED|HARDSHIP_FROM_DUTY)(,(LIVING_DIFFICULTY|WIDOWED_OR_ALONE|OLD_WEAK_SICK_DISABLED|HARDSHIP_FROM_DUTY))*$'),
    constraint ck_hardship_record_review check (next_review_date >= since_date),
    constraint ck_hardship_record_closed check ((closed_on is null) = (close_reason is null)),
    constraint ck_hardship_record_closed_date check (closed_on is null or closed_on >= since_date)
);
-- a member has at most one open record
create unique index uk_hardship_record_member_open on hardship_record (member_id) where closed_on is null;
create index ix_hardship_record_member on hardship_record (member_id, since_date desc);
-- the overdue reviews: open records by review date
create index ix_hardship_record_review_open on hardship_record (next_review_date) where closed_on is null;
create index ix_hardship_record_since on hardship_record (since_date);

create table hardship_record_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    member_id bigint,
    categories varchar(200),
    since_date date,
    situation varchar(2000),
    needs varchar(1000),
    next_review_date date,
    last_reviewed_on date,
    review_note varchar(1000),
    closed_on date,
    close_reason varchar(500),
    constraint pk_hardship_record_aud primary key (rev, id),
    constraint fk_hardship_record_aud_rev foreign key (rev) references revinfo (id)
);

create table hardship_aid (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    hardship_record_id  bigint         not null,
    status              varchar(20)    not null,
    applied_on          date           not null,
    amount              numeric(12,2)  not null,
    funding_source      varchar(20)    not null,
    purpose             varchar(500)   not null,
    approved_by         varchar(100),
    approved_on         date,
    notice_start        date,
    notice_end          date,
    paid_on             date,
    rejected_on         date,
    reject_reason       varchar(500),
    constraint pk_hardship_aid primary key (id),
    constraint fk_hardship_aid_record foreign key (hardship_record_id) references hardship_record (id),
    constraint ck_hardship_aid_status check (status in ('APPLIED', 'APPROVED', 'PUBLICIZED', 'PAID', 'REJECTED')),
    constraint ck_hardship_aid_amount check (amount > 0),
    constraint ck_hardship_aid_funding check (funding_source in ('BUDGET', 'PARTY_FEES', 'TRADE_UNION', 'DONATION', 'OTHER')),
    -- each step has its dates once reached: no step skipped
    constraint ck_hardship_aid_approved check (status not in ('PUBLICIZED', 'PAID')
        or (approved_on is not null and approved_by is not null)),
    constraint ck_hardship_aid_notice check (status <> 'PAID' or (notice_start is not null and notice_end is not null)),
    constraint ck_hardship_aid_notice_order check (notice_end is null or notice_end > notice_start),
    constraint ck_hardship_aid_paid check ((status = 'PAID') = (paid_on is not null)),
    constraint ck_hardship_aid_paid_after_notice check (paid_on is null or paid_on >= notice_end),
    constraint ck_hardship_aid_rejected check ((status = 'REJECTED') = (reject_reason is not null))
);
create index ix_hardship_aid_record on hardship_aid (hardship_record_id, applied_on desc);
create index ix_hardship_aid_applied on hardship_aid (applied_on);

create table hardship_aid_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    hardship_record_id bigint,
    status varchar(20),
    applied_on date,
    amount numeric(12,2),
    funding_source varchar(20),
    purpose varchar(500),
    approved_by varchar(100),
    approved_on date,
    notice_start date,
    notice_end date,
    paid_on date,
    rejected_on date,
    reject_reason varchar(500),
    constraint pk_hardship_aid_aud primary key (rev, id),
    constraint fk_hardship_aid_aud_rev foreign key (rev) references revinfo (id)
);
