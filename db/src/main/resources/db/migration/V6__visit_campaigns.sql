-- party care: visit campaigns (走访慰问活动, 第27条: 重大节日走访慰问). The organization department opens a campaign
-- for its subtree with a date window, target groups and a standard amount; opening it gives each target member one
-- R27-HOLIDAY-VISIT obligation (obligation.campaign_id), due on the window's last day; a holiday visit dated inside
-- the window fulfils it.

create sequence visit_campaign_seq increment by 50;

create table visit_campaign (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    -- the organization that runs it; the campaign covers that organization's subtree
    organization_id   bigint         not null,
    name              varchar(100)   not null,
    window_start      date           not null,
    window_end        date           not null,
    -- one or more of HARDSHIP, OLD_MEMBERS, CASUALTY_FAMILIES, AGE_OVER, CUSTOM, comma-separated
    target_groups     varchar(200)   not null,
    -- AGE_OVER: members aged at least this on the window's first day
    min_age           integer,
    -- CUSTOM: the members named one by one (ids, comma-separated, ascending)
    custom_members    text,
    standard_amount   numeric(12,2)  not null,
    funding_source    varchar(20),
    status            varchar(20)    not null,
    opened_on         date,
    closed_on         date,
    notes             varchar(1000),
    constraint pk_visit_campaign primary key (id),
    constraint fk_visit_campaign_organization foreign key (organization_id) references organization (id),
    constraint ck_visit_campaign_window check (window_end >= window_start),
    constraint ck_visit_campaign_targets check (target_groups <> '' and target_groups ~
        '^(HARDSHIP|OLD_MEMBERS|CASUALTY_FAMILIES|AGE_OVER|CUSTOM)(,(HARDSHIP|OLD_MEMBERS|CASUALTY_FAMILIES|AGE_OVER|CUSTOM))*$'),
    constraint ck_visit_campaign_min_age check ((target_groups ~ 'AGE_OVER') = (min_age is not null)),
    constraint ck_visit_campaign_min_age_range check (min_age is null or min_age between 1 and 150),
    constraint ck_visit_campaign_custom check ((target_groups ~ 'CUSTOM') = (custom_members is not null)),
    constraint ck_visit_campaign_amount check (standard_amount >= 0),
    constraint ck_visit_campaign_funding check (funding_source is null
        or funding_source in ('BUDGET', 'PARTY_FEES', 'TRADE_UNION', 'DONATION', 'OTHER')),
    constraint ck_visit_campaign_funding_required check (standard_amount = 0 or funding_source is not null),
    constraint ck_visit_campaign_status check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    constraint ck_visit_campaign_opened check (status = 'DRAFT' or opened_on is not null),
    constraint ck_visit_campaign_closed check ((status = 'CLOSED') = (closed_on is not null))
);
create index ix_visit_campaign_organization on visit_campaign (organization_id, window_start desc);
create index ix_visit_campaign_window on visit_campaign (window_start, window_end);

create table visit_campaign_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    organization_id bigint,
    name varchar(100),
    window_start date,
    window_end date,
    target_groups varchar(200),
    min_age integer,
    custom_members text,
    standard_amount numeric(12,2),
    funding_source varchar(20),
    status varchar(20),
    opened_on date,
    closed_on date,
    notes varchar(1000),
    constraint pk_visit_campaign_aud primary key (rev, id),
    constraint fk_visit_campaign_aud_rev foreign key (rev) references revinfo (id)
);

-- a campaign's obligations are ordinary obligations (the to-do list, the matching of visits and compliance see them
-- unchanged) that name their campaign; one per member and campaign, however often it is opened
alter table obligation add column campaign_id bigint;
alter table obligation add constraint fk_obligation_campaign foreign key (campaign_id) references visit_campaign (id);
alter table obligation add constraint ck_obligation_campaign_rule check (campaign_id is null
    or (rule_code = 'R27-HOLIDAY-VISIT' and required_action = 'HOLIDAY_VISIT'));
create unique index uk_obligation_campaign_member on obligation (campaign_id, member_id) where campaign_id is not null;
alter table obligation_aud add column campaign_id bigint;
