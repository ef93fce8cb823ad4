-- party care: the on-duty casualty register (关爱因公殉职、牺牲党员家庭和因公伤残党员, 第28条): one case per member who
-- died or was disabled on duty, each family member with income, pension, medical and schooling/employment situation,
-- the responsible person (专人), and the follow-ups with the help given. Sensitive: reads are logged in sensitive_read
-- with record type CASUALTY. The family of a member who died on duty is followed up every N months
-- (R28-FAMILY-FOLLOW-UP), as obligations.

insert into rule_parameter (param_key, param_value, effective_from, note, created_at, created_by) values
    ('FAMILY_FOLLOW_UP_MONTHS', 6, '2019-01-01', '第28条：因公殉职、牺牲党员家庭明确专人负责，定期跟踪走访（产品默认每6个月）', now(), 'system');

create sequence casualty_case_seq increment by 50;
create sequence casualty_family_member_seq increment by 50;
create sequence casualty_follow_up_seq increment by 50;

create table casualty_case (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    member_id              bigint         not null,
    kind                   varchar(20)    not null,
    event_date             date           not null,
    death_cause            varchar(20),
    disability_grade       integer,
    disability_description varchar(1000),
    martyr                 boolean        not null default false,
    martyr_recognised_on   date,
    martyr_document        varchar(200),
    responsible_person     varchar(100)   not null,
    responsible_phone      varchar(20),
    opened_on              date           not null,
    notes                  varchar(2000),
    closed_on              date,
    close_reason           varchar(500),
    constraint pk_casualty_case primary key (id),
    constraint fk_casualty_case_member foreign key (member_id) references member (id),
    constraint ck_casualty_case_kind check (kind in ('DIED_ON_DUTY', 'DISABLED_ON_DUTY')),
    -- a death has its cause (殉职 / 牺牲), a disablement its grade (1–10): never both
    constraint ck_casualty_case_died check (kind <> 'DIED_ON_DUTY'
        or (death_cause in ('LINE_OF_DUTY', 'SACRIFICE') and disability_grade is null)),
    constraint ck_casualty_case_disabled check (kind <> 'DISABLED_ON_DUTY'
        or (death_cause is null and disability_grade between 1 and 10 and not martyr)),
    constraint ck_casualty_case_martyr check (martyr = (martyr_recognised_on is not null)),
    constraint ck_casualty_case_opened check (opened_on >= event_date),
    constraint ck_casualty_case_closed check ((closed_on is null) = (close_reason is null)),
    constraint ck_casualty_case_closed_date check (closed_on is null or closed_on >= opened_on)
);
-- a member has at most one open case
create unique index uk_casualty_case_member_open on casualty_case (member_id) where closed_on is null;
create index ix_casualty_case_member on casualty_case (member_id, opened_on desc);
create index ix_casualty_case_opened on casualty_case (opened_on);

create table casualty_case_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    member_id bigint,
    kind varchar(20),
    event_date date,
    death_cause varchar(20),
    disability_grade integer,
    disability_description varchar(1000),
    martyr boolean,
    martyr_recognised_on date,
    martyr_document varchar(200),
    responsible_person varchar(100),
    responsible_phone varchar(20),
    opened_on date,
    notes varchar(2000),
    closed_on date,
    close_reason varchar(500),
    constraint pk_casualty_case_aud primary key (rev, id),
    constraint fk_casualty_case_aud_rev foreign key (rev) references revinfo (id)
);

create table casualty_family_member (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    casualty_case_id      bigint        not null,
    relation              varchar(20)   not null,
    name                  varchar(50)   not null,
    birth_year            integer,
    income_source         varchar(500),
    pension               varchar(500),
    medical               varchar(500),
    schooling_employment  varchar(500),
    constraint pk_casualty_family_member primary key (id),
    constraint fk_casualty_family_member_case foreign key (casualty_case_id) references casualty_case (id),
    constraint ck_casualty_family_member_relation check (relation in ('PARENT', 'SPOUSE', 'CHILD', 'OTHER')),
    constraint ck_casualty_family_member_birth_year check (birth_year is null or birth_year >= 1900)
);
create index ix_casualty_family_member_case on casualty_family_member (casualty_case_id);

create table casualty_family_member_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    casualty_case_id bigint,
    relation varchar(20),
    name varchar(50),
    birth_year integer,
    income_source varchar(500),
    pension varchar(500),
    medical varchar(500),
    schooling_employment varchar(500),
    constraint pk_casualty_family_member_aud primary key (rev, id),
    constraint fk_casualty_family_member_aud_rev foreign key (rev) references revinfo (id)
);
-- the history page finds deleted family members of a case here
create index ix_casualty_family_member_aud_case on casualty_family_member_aud (casualty_case_id);

create table casualty_follow_up (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    casualty_case_id  bigint         not null,
    follow_up_date    date           not null,
    by_whom           varchar(200)   not null,
    findings          varchar(2000)  not null,
    help_kind         varchar(20),
    help_given        varchar(1000),
    amount            numeric(12,2)  not null default 0,
    funding_source    varchar(20),
    constraint pk_casualty_follow_up primary key (id),
    constraint fk_casualty_follow_up_case foreign key (casualty_case_id) references casualty_case (id),
    constraint ck_casualty_follow_up_help_kind check (help_kind is null
        or help_kind in ('LIVING_ALLOWANCE', 'MEDICAL', 'SCHOOLING', 'EMPLOYMENT', 'GOODS', 'OTHER')),
    constraint ck_casualty_follow_up_amount check (amount >= 0),
    -- money given says where it came from
    constraint ck_casualty_follow_up_funding check ((amount = 0 and funding_source is null)
        or (amount > 0 and funding_source in ('BUDGET', 'PARTY_FEES', 'TRADE_UNION', 'DONATION', 'OTHER')))
);
create index ix_casualty_follow_up_case on casualty_follow_up (casualty_case_id, follow_up_date desc);

create table casualty_follow_up_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    casualty_case_id bigint,
    follow_up_date date,
    by_whom varchar(200),
    findings varchar(2000),
    help_kind varchar(20),
    help_given varchar(1000),
    amount numeric(12,2),
    funding_source varchar(20),
    constraint pk_casualty_follow_up_aud primary key (rev, id),
    constraint fk_casualty_follow_up_aud_rev foreign key (rev) references revinfo (id)
);
