-- party care: honors (表彰, 第9、10条) for members and organizations, the "光荣在党50年" medal (R09-MEDAL-50) as an
-- honor of kind MEDAL_50 that a member receives once, and sanctions and organizational handling (第18、20条) with the
-- end of their impact period (R20-IMPACT-PERIOD). Sanction records are sensitive: reads are logged in sensitive_read
-- with record type SANCTION. The medal's party age, its counting day and each impact period are rule parameters.

insert into rule_parameter (param_key, param_value, effective_from, note, created_at, created_by) values
    ('MEDAL_MIN_PARTY_AGE', 50, '2019-01-01', '第9条：党龄达到50周年的党员颁发“光荣在党50年”纪念章', now(), 'system'),
    ('MEDAL_COUNT_MONTH', 7, '2019-01-01', '第9条：党龄计算至七一（月）', now(), 'system'),
    ('MEDAL_COUNT_DAY', 1, '2019-01-01', '第9条：党龄计算至七一（日）', now(), 'system'),
    ('IMPACT_MONTHS_WARNING', 12, '2019-01-01', '第20条：警告处分影响期12个月', now(), 'system'),
    ('IMPACT_MONTHS_SERIOUS_WARNING', 18, '2019-01-01', '第20条：严重警告处分影响期18个月', now(), 'system'),
    ('IMPACT_MONTHS_REMOVAL_FROM_POST', 24, '2019-01-01', '第20条：撤销党内职务处分影响期24个月', now(), 'system'),
    ('IMPACT_MONTHS_AFTER_PROBATION', 24, '2019-01-01', '第20条：留党察看处分影响期为察看期加24个月', now(), 'system'),
    ('IMPACT_MONTHS_ADMONITION', 6, '2019-01-01', '第20条：诫勉影响期6个月（六个月内不得提拔或者重用）', now(), 'system'),
    ('IMPACT_MONTHS_ORGANIZATIONAL_ADJUSTMENT', 12, '2019-01-01', '第20条：组织调整影响期12个月（一年内不得提拔）', now(), 'system');

create sequence honor_seq increment by 50;
create sequence sanction_seq increment by 50;

create table honor (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    kind             varchar(30)    not null,
    -- a member's honor names the member, an organization's honor the organization: exactly one of the two
    member_id        bigint,
    organization_id  bigint,
    honor_year       integer        not null,
    title            varchar(200),
    award_level      varchar(20)    not null,
    awarded_on       date           not null,
    awarding_body    varchar(100)   not null,
    document_number  varchar(100),
    reward_amount    numeric(12,2),
    funding_source   varchar(20),
    notes            varchar(1000),
    constraint pk_honor primary key (id),
    constraint fk_honor_member foreign key (member_id) references member (id),
    constraint fk_honor_organization foreign key (organization_id) references organization (id),
    constraint ck_honor_kind check (kind in ('MEDAL_50', 'OUTSTANDING_MEMBER', 'OUTSTANDING_PARTY_WORKER',
        'SHINING_MEMBER_CADRE', 'HONORARY_TITLE', 'ADVANCED_ORGANIZATION', 'NAMED_TEAM', 'STUDIO', 'ORGANIZATION_TITLE')),
    constraint ck_honor_holder check ((member_id is null) <> (organization_id is null)),
    constraint ck_honor_holder_kind check ((member_id is not null) = (kind in ('MEDAL_50', 'OUTSTANDING_MEMBER',
        'OUTSTANDING_PARTY_WORKER', 'SHINING_MEMBER_CADRE', 'HONORARY_TITLE'))),
    constraint ck_honor_level check (award_level in ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'DISTRICT', 'STREET',
        'GRASSROOTS')),
    constraint ck_honor_year check (honor_year between 1921 and 2200),
    constraint ck_honor_reward check (reward_amount is null or reward_amount >= 0),
    constraint ck_honor_funding check (funding_source is null
        or funding_source in ('BUDGET', 'PARTY_FEES', 'TRADE_UNION', 'DONATION', 'OTHER')),
    constraint ck_honor_reward_funding check (coalesce(reward_amount, 0) = 0 or funding_source is not null)
);
-- the medal is given once in a member's life: a second award is refused by the database too
create unique index uk_honor_medal_member on honor (member_id) where kind = 'MEDAL_50';
create index ix_honor_member on honor (member_id, honor_year desc) where member_id is not null;
create index ix_honor_organization on honor (organization_id, honor_year desc) where organization_id is not null;
create index ix_honor_year on honor (honor_year, kind);

create table honor_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    kind varchar(30),
    member_id bigint,
    organization_id bigint,
    honor_year integer,
    title varchar(200),
    award_level varchar(20),
    awarded_on date,
    awarding_body varchar(100),
    document_number varchar(100),
    reward_amount numeric(12,2),
    funding_source varchar(20),
    notes varchar(1000),
    constraint pk_honor_aud primary key (rev, id),
    constraint fk_honor_aud_rev foreign key (rev) references revinfo (id)
);

create table sanction (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    member_id          bigint         not null,
    sanction_type      varchar(30)    not null,
    decided_on         date           not null,
    deciding_body      varchar(100)   not null,
    document_number    varchar(100),
    -- 留党察看 only: 12 or 24 months
    probation_months   integer,
    -- the last day of the impact period, fixed by the parameters in force on decided_on; null for 开除党籍, which
    -- ends membership instead
    impact_until       date,
    grounds            varchar(2000)  not null,
    constraint pk_sanction primary key (id),
    constraint fk_sanction_member foreign key (member_id) references member (id),
    constraint ck_sanction_type check (sanction_type in ('WARNING', 'SERIOUS_WARNING', 'REMOVAL_FROM_POST',
        'PROBATION', 'EXPULSION', 'ADMONITION', 'ORGANIZATIONAL_ADJUSTMENT')),
    constraint ck_sanction_probation check ((sanction_type = 'PROBATION') = (probation_months is not null)
        and (probation_months is null or probation_months in (12, 24))),
    constraint ck_sanction_impact check ((sanction_type = 'EXPULSION') = (impact_until is null)
        and (impact_until is null or impact_until >= decided_on))
);
create index ix_sanction_member on sanction (member_id, impact_until desc);
create index ix_sanction_decided on sanction (decided_on);

create table sanction_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    member_id bigint,
    sanction_type varchar(30),
    decided_on date,
    deciding_body varchar(100),
    document_number varchar(100),
    probation_months integer,
    impact_until date,
    grounds varchar(2000),
    constraint pk_sanction_aud primary key (rev, id),
    constraint fk_sanction_aud_rev foreign key (rev) references revinfo (id)
);

-- the medal's candidate list reads the roster's full members by full-membership date (a city holds ~600,000
-- members; those with 50 years of party age are a small part of them)
create index ix_member_full_member_date_active on member (full_member_date)
    where status = 'ACTIVE' and full_member_date is not null;
