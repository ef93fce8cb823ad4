-- party care: the foundation schema (issue 2).
-- Organizations form a tree with a materialized path ('/1/12/345/'), members belong to an organization,
-- users belong to an organization that is their data scope. Every change is kept by Hibernate Envers in *_aud
-- tables that point at revinfo; reads of sensitive records are logged in sensitive_read.

create extension if not exists pg_trgm;

-- ids come from sequences that Hibernate reserves 50 at a time
create sequence organization_seq increment by 50;
create sequence member_seq increment by 50;
create sequence member_event_seq increment by 50;
create sequence app_user_seq increment by 50;
create sequence revinfo_seq increment by 1;

create table organization (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    code        varchar(32)  not null,
    name        varchar(200) not null,
    level       varchar(20)  not null,
    parent_id   bigint,
    path        varchar(400) not null,
    depth       integer      not null,
    sort_order  integer      not null default 0,
    active      boolean      not null default true,
    constraint pk_organization primary key (id),
    constraint uk_organization_code unique (code),
    constraint fk_organization_parent foreign key (parent_id) references organization (id),
    constraint ck_organization_level check (level in ('MUNICIPAL', 'DISTRICT', 'STREET', 'GENERAL_BRANCH', 'BRANCH', 'GROUP')),
    constraint ck_organization_root check ((parent_id is null) = (level = 'MUNICIPAL'))
);
-- subtree = prefix match on the path
create index ix_organization_path on organization (path varchar_pattern_ops);
create index ix_organization_parent on organization (parent_id, sort_order);

create table member (
    id                bigint       not null,
    version           bigint       not null default 0,
    created_at        timestamp(6) with time zone not null,
    created_by        varchar(64),
    updated_at        timestamp(6) with time zone not null,
    updated_by        varchar(64),
    organization_id   bigint       not null,
    name              varchar(50)  not null,
    gender            varchar(10)  not null,
    ethnicity         varchar(20)  not null,
    id_number         varchar(18)  not null,
    birth_date        date         not null,
    phone             varchar(20),
    admitted_date     date         not null,
    full_member_date  date,
    category          varchar(20)  not null,
    status            varchar(20)  not null,
    status_date       date,
    leading_cadre     boolean      not null default false,
    grassroots        boolean      not null default false,
    household         varchar(10)  not null,
    retired           boolean      not null default false,
    without_pension   boolean      not null default false,
    delegate_level    varchar(10)  not null default 'NONE',
    street_staff      boolean      not null default false,
    constraint pk_member primary key (id),
    constraint uk_member_id_number unique (id_number),
    constraint fk_member_organization foreign key (organization_id) references organization (id),
    constraint ck_member_gender check (gender in ('MALE', 'FEMALE')),
    constraint ck_member_category check (category in ('FULL', 'PROBATIONARY')),
    constraint ck_member_status check (status in ('ACTIVE', 'TRANSFERRED_OUT', 'DECEASED', 'LEFT')),
    constraint ck_member_household check (household in ('RURAL', 'URBAN')),
    constraint ck_member_delegate_level check (delegate_level in ('NONE', 'TOWN', 'COUNTY', 'CITY', 'PROVINCE', 'NATIONAL')),
    constraint ck_member_full_date check ((category = 'FULL') = (full_member_date is not null)),
    constraint ck_member_dates check (full_member_date is null or full_member_date > admitted_date)
);
create index ix_member_organization on member (organization_id, status, name);
-- search by the last digits of the identity number: a prefix match on the reversed number
create index ix_member_id_number_reversed on member (reverse(id_number) varchar_pattern_ops);
-- search by any part of the name
create index ix_member_name_trgm on member using gin (name gin_trgm_ops);

create table member_event (
    id           bigint       not null,
    version      bigint       not null default 0,
    created_at   timestamp(6) with time zone not null,
    created_by   varchar(64),
    updated_at   timestamp(6) with time zone not null,
    updated_by   varchar(64),
    member_id    bigint       not null,
    kind         varchar(30)  not null,
    event_date   date         not null,
    note         varchar(500),
    recorded_by  varchar(64)  not null,
    constraint pk_member_event primary key (id),
    constraint fk_member_event_member foreign key (member_id) references member (id)
);
create index ix_member_event_member on member_event (member_id, event_date desc);
create index ix_member_event_kind_date on member_event (kind, event_date);

create table app_user (
    id                    bigint       not null,
    version               bigint       not null default 0,
    created_at            timestamp(6) with time zone not null,
    created_by            varchar(64),
    updated_at            timestamp(6) with time zone not null,
    updated_by            varchar(64),
    username              varchar(64)  not null,
    display_name          varchar(100) not null,
    password_hash         varchar(200) not null,
    role                  varchar(20)  not null,
    organization_id       bigint       not null,
    enabled               boolean      not null default true,
    must_change_password  boolean      not null default false,
    failed_attempts       integer      not null default 0,
    locked_until          timestamp(6) with time zone,
    last_login_at         timestamp(6) with time zone,
    password_changed_at   timestamp(6) with time zone,
    constraint pk_app_user primary key (id),
    constraint uk_app_user_username unique (username),
    constraint fk_app_user_organization foreign key (organization_id) references organization (id),
    constraint ck_app_user_role check (role in ('SECRETARY', 'ORG_DEPT', 'ADMIN', 'AUDITOR'))
);

-- Envers: one revision per changing transaction
create table revinfo (
    id         bigint      not null,
    timestamp  bigint      not null,
    username   varchar(64) not null,
    constraint pk_revinfo primary key (id)
);

create table organization_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    code        varchar(32),
    name        varchar(200),
    level       varchar(20),
    parent_id   bigint,
    path        varchar(400),
    depth       integer,
    sort_order  integer,
    active      boolean,
    constraint pk_organization_aud primary key (rev, id),
    constraint fk_organization_aud_rev foreign key (rev) references revinfo (id)
);

create table member_aud (
    id                bigint   not null,
    rev               bigint   not null,
    revtype           smallint,
    created_at        timestamp(6) with time zone,
    created_by        varchar(64),
    organization_id   bigint,
    name              varchar(50),
    gender            varchar(10),
    ethnicity         varchar(20),
    id_number         varchar(18),
    birth_date        date,
    phone             varchar(20),
    admitted_date     date,
    full_member_date  date,
    category          varchar(20),
    status            varchar(20),
    status_date       date,
    leading_cadre     boolean,
    grassroots        boolean,
    household         varchar(10),
    retired           boolean,
    without_pension   boolean,
    delegate_level    varchar(10),
    street_staff      boolean,
    constraint pk_member_aud primary key (rev, id),
    constraint fk_member_aud_rev foreign key (rev) references revinfo (id)
);
create index ix_member_aud_id on member_aud (id, rev);

create table member_event_aud (
    id           bigint   not null,
    rev          bigint   not null,
    revtype      smallint,
    created_at   timestamp(6) with time zone,
    created_by   varchar(64),
    member_id    bigint,
    kind         varchar(30),
    event_date   date,
    note         varchar(500),
    recorded_by  varchar(64),
    constraint pk_member_event_aud primary key (rev, id),
    constraint fk_member_event_aud_rev foreign key (rev) references revinfo (id)
);

create table app_user_aud (
    id                    bigint   not null,
    rev                   bigint   not null,
    revtype               smallint,
    created_at            timestamp(6) with time zone,
    created_by            varchar(64),
    username              varchar(64),
    display_name          varchar(100),
    role                  varchar(20),
    organization_id       bigint,
    enabled               boolean,
    must_change_password  boolean,
    constraint pk_app_user_aud primary key (rev, id),
    constraint fk_app_user_aud_rev foreign key (rev) references revinfo (id)
);

-- every read of a sensitive record; rows are only ever inserted
create table sensitive_read (
    id           bigint generated by default as identity,
    read_at      timestamp(6) with time zone not null,
    username     varchar(64) not null,
    record_type  varchar(40) not null,
    record_id    bigint,
    member_id    bigint,
    constraint pk_sensitive_read primary key (id)
);
create index ix_sensitive_read_member on sensitive_read (member_id, read_at desc);
create index ix_sensitive_read_time on sensitive_read (read_at desc);
