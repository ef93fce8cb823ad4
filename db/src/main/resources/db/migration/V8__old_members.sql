-- party care: old members (老党员, 第26条, issue 8).
-- The living subsidy of rural members admitted before the founding of the PRC and of urban old members without
-- retirement pay: the monthly standard of each year, payments per month or per quarter. Eligibility is computed
-- from the member record (household, without-pension flag, admission date) and is not stored.
-- R26-OLD-MEMBER-VISIT: a follow-up visit names the obligation that asked for it (follows_id) instead of being
-- guessed from member and date; obligations the planner opens for very old members carry their basis.

create extension if not exists btree_gist;

create sequence old_member_subsidy_standard_seq increment by 50;
create sequence old_member_subsidy_payment_seq increment by 50;

insert into rule_parameter (param_key, param_value, effective_from, note, created_at, created_by) values
    ('OLD_MEMBER_SUBSIDY_RURAL_BEFORE', 19491001, '2019-01-01', '第26条：新中国成立前入党的农村老党员（入党日期早于该日，按yyyymmdd记）', now(), 'system'),
    ('OLD_MEMBER_SUBSIDY_URBAN_BEFORE', 19491001, '2019-01-01', '第26条：未享受离退休待遇的城镇老党员（入党日期早于该日，按yyyymmdd记；产品按新中国成立前入党理解“老党员”）', now(), 'system'),
    ('OLD_MEMBER_SUBSIDY_RAISE_PERCENT', 5, '2019-01-01', '第26条：根据经济社会发展水平建立定期增长机制（未核定年度的月标准按上年标准增长该百分比推算，产品默认5%）', now(), 'system'),
    ('OLD_MEMBER_VERY_OLD_AGE', 80, '2019-01-01', '第26条：高龄老党员经常上门看望（产品默认年满80岁）', now(), 'system');

-- the monthly standard decided for a year (a year without a row is projected from the last decided one by the raise)
create table old_member_subsidy_standard (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    subsidy_year    integer        not null,
    monthly_amount  numeric(12,2)  not null,
    funding_source  varchar(20)    not null,
    note            varchar(500),
    constraint pk_old_member_subsidy_standard primary key (id),
    constraint uk_old_member_subsidy_standard_year unique (subsidy_year),
    constraint ck_old_member_subsidy_standard_year check (subsidy_year between 2000 and 2100),
    constraint ck_old_member_subsidy_standard_amount check (monthly_amount > 0),
    constraint ck_old_member_subsidy_standard_funding check (funding_source in ('BUDGET', 'PARTY_FEES', 'TRADE_UNION', 'DONATION', 'OTHER'))
);

create table old_member_subsidy_standard_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    subsidy_year integer,
    monthly_amount numeric(12,2),
    funding_source varchar(20),
    note varchar(500),
    constraint pk_old_member_subsidy_standard_aud primary key (rev, id),
    constraint fk_old_member_subsidy_standard_aud_rev foreign key (rev) references revinfo (id)
);

-- one payment covers one month or one calendar quarter (three months) of one member; no month is paid twice
create table old_member_subsidy_payment (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    member_id       bigint         not null,
    period_kind     varchar(10)    not null,
    period_start    date           not null,
    period_months   smallint       not null,
    amount          numeric(12,2)  not null,
    funding_source  varchar(20)    not null,
    paid_on         date           not null,
    note            varchar(500),
    constraint pk_old_member_subsidy_payment primary key (id),
    constraint fk_old_member_subsidy_payment_member foreign key (member_id) references member (id),
    constraint ck_old_member_subsidy_payment_kind check ((period_kind = 'MONTH' and period_months = 1)
        or (period_kind = 'QUARTER' and period_months = 3 and extract(month from period_start) in (1, 4, 7, 10))),
    constraint ck_old_member_subsidy_payment_start check (extract(day from period_start) = 1),
    constraint ck_old_member_subsidy_payment_amount check (amount > 0),
    constraint ck_old_member_subsidy_payment_funding check (funding_source in ('BUDGET', 'PARTY_FEES', 'TRADE_UNION', 'DONATION', 'OTHER')),
    constraint ex_old_member_subsidy_payment_overlap exclude using gist (member_id with =,
        daterange(period_start, (period_start + make_interval(months => period_months::int))::date) with &&)
);
create index ix_old_member_subsidy_payment_member on old_member_subsidy_payment (member_id, period_start);
create index ix_old_member_subsidy_payment_start on old_member_subsidy_payment (period_start);

create table old_member_subsidy_payment_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    member_id bigint,
    period_kind varchar(10),
    period_start date,
    period_months smallint,
    amount numeric(12,2),
    funding_source varchar(20),
    paid_on date,
    note varchar(500),
    constraint pk_old_member_subsidy_payment_aud primary key (rev, id),
    constraint fk_old_member_subsidy_payment_aud_rev foreign key (rev) references revinfo (id)
);

-- the eligible list filters on household and admission date
create index ix_member_old_subsidy on member (admitted_date) where household = 'RURAL' or without_pension;

-- R26: which fulfilled obligation asked for a follow-up visit, and why the planner opened one
alter table obligation add column follows_id bigint;
alter table obligation add column basis varchar(20);
alter table obligation add constraint fk_obligation_follows foreign key (follows_id) references obligation (id)
    on delete set null;
alter table obligation add constraint ck_obligation_basis check (basis is null or basis in ('VERY_OLD'));
alter table obligation_aud add column follows_id bigint;
alter table obligation_aud add column basis varchar(20);
create index ix_obligation_follows on obligation (follows_id) where follows_id is not null;
-- the planner never opens a second visit for a very old member while one is open, even run twice at once
create unique index uk_obligation_planned_open on obligation (member_id, rule_code) where status = 'OPEN' and basis is not null;

-- follow-ups opened before this migration: the fulfilled R26 obligation of the member whose visit day they arose on
update obligation f set follows_id = (
    select o.id from obligation o
     where o.member_id = f.member_id and o.rule_code = f.rule_code and o.status = 'FULFILLED'
       and o.fulfilled_on = f.arose_on and o.id <> f.id
     order by o.id limit 1)
 where f.rule_code = 'R26-OLD-MEMBER-VISIT' and f.event_id is null and f.follows_id is null;
