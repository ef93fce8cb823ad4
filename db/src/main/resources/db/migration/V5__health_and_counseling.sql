-- party care: health checks (第22条) and counseling (心理疏导, 第24条).
-- A major-risk health finding makes a follow-up due; counseling contents are read only by users granted the
-- counseling permission, within their scope.

-- 第24条: the explicit permission to read counseling contents
alter table app_user add column counseling_permission boolean not null default false;
alter table app_user_aud add column counseling_permission boolean;

insert into rule_parameter (param_key, param_value, effective_from, note, created_at, created_by) values
    ('HEALTH_FOLLOW_UP_DAYS', 30, '2019-01-01', '第22条：体检发现重大健康风险的，及时跟踪随访（产品默认30天）', now(), 'system');

create sequence health_check_seq increment by 50;
create sequence health_follow_up_seq increment by 50;
create sequence counseling_case_seq increment by 50;
create sequence counseling_session_seq increment by 50;

create table health_check (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    member_id       bigint         not null,
    check_year      integer        not null,
    check_date      date           not null,
    institution     varchar(100)   not null,
    major_risk      boolean        not null default false,
    findings        varchar(2000),
    follow_up_plan  varchar(1000),
    constraint pk_health_check primary key (id),
    constraint fk_health_check_member foreign key (member_id) references member (id),
    -- one check a member a year
    constraint uk_health_check_member_year unique (member_id, check_year),
    constraint ck_health_check_year check (check_year in (extract(year from check_date), extract(year from check_date) - 1))
);
create index ix_health_check_year on health_check (check_year, check_date desc);

create table health_check_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    member_id bigint,
    check_year integer,
    check_date date,
    institution varchar(100),
    major_risk boolean,
    findings varchar(2000),
    follow_up_plan varchar(1000),
    constraint pk_health_check_aud primary key (rev, id),
    constraint fk_health_check_aud_rev foreign key (rev) references revinfo (id)
);

create table health_follow_up (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    health_check_id  bigint         not null,
    follow_up_date   date           not null,
    followed_up_by   varchar(100)   not null,
    notes            varchar(2000),
    constraint pk_health_follow_up primary key (id),
    constraint fk_health_follow_up_check foreign key (health_check_id) references health_check (id)
);
create index ix_health_follow_up_check on health_follow_up (health_check_id, follow_up_date);

create table health_follow_up_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    health_check_id bigint,
    follow_up_date date,
    followed_up_by varchar(100),
    notes varchar(2000),
    constraint pk_health_follow_up_aud primary key (rev, id),
    constraint fk_health_follow_up_aud_rev foreign key (rev) references revinfo (id)
);

create table counseling_case (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    member_id        bigint         not null,
    referral_date    date           not null,
    referral_source  varchar(20)    not null,
    assessment       varchar(2000),
    intervention     varchar(2000),
    follow_up        varchar(2000),
    closed_on        date,
    constraint pk_counseling_case primary key (id),
    constraint fk_counseling_case_member foreign key (member_id) references member (id),
    constraint ck_counseling_case_source check (referral_source in ('SELF', 'BRANCH', 'FAMILY', 'COLLEAGUE', 'HEALTH_CHECK', 'OTHER')),
    constraint ck_counseling_case_closed check (closed_on is null or closed_on >= referral_date)
);
create index ix_counseling_case_member on counseling_case (member_id, referral_date desc);
create index ix_counseling_case_date on counseling_case (referral_date desc);

create table counseling_case_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    member_id bigint,
    referral_date date,
    referral_source varchar(20),
    assessment varchar(2000),
    intervention varchar(2000),
    follow_up varchar(2000),
    closed_on date,
    constraint pk_counseling_case_aud primary key (rev, id),
    constraint fk_counseling_case_aud_rev foreign key (rev) references revinfo (id)
);

create table counseling_session (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    counseling_case_id  bigint         not null,
    session_date        date           not null,
    counselor           varchar(50)    not null,
    notes               varchar(2000),
    constraint pk_counseling_session primary key (id),
    constraint fk_counseling_session_case foreign key (counseling_case_id) references counseling_case (id)
);
create index ix_counseling_session_case on counseling_session (counseling_case_id, session_date);

create table counseling_session_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    counseling_case_id bigint,
    session_date date,
    counselor varchar(50),
    notes varchar(2000),
    constraint pk_counseling_session_aud primary key (rev, id),
    constraint fk_counseling_session_aud_rev foreign key (rev) references revinfo (id)
);
