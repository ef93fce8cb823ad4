-- party care: organization activities (第3、4、13、23条) — trainings, party-school classes, 送学, branch study,
-- red-education trips (site, free shuttle) and cultural and sports activities, with participants picked from the
-- organizer's subtree and the study hours an activity posts to them (one study record per participant and day,
-- remembered in org_activity_posting so that posting twice counts once); each organization's yearly training plan
-- (第13条); and the organization indicators R14/R15/R16/R25 (第14、15、16、25条) entered per organization and year
-- with evidence, read against the parameters below.

insert into rule_parameter (param_key, param_value, effective_from, note, created_at, created_by) values
    ('RECRUITS_PER_YEAR', 5, '2019-01-01', '第14条：每年拿出不少于5个名额从优秀社区党组织书记中招聘事业单位人员', now(), 'system'),
    ('GRASSROOTS_BONUS_PERCENT', 20, '2019-01-01', '第15条：街镇工作人员考核奖励一般高于市直机关同职级干部20%', now(), 'system'),
    ('ASSESSMENTS_PER_YEAR_MAX', 1, '2019-01-01', '第16条：区县对街镇一年只能组织一次综合性考核', now(), 'system'),
    ('FIVE_SMALLS_REQUIRED', 5, '2019-01-01', '第25条：街镇“五小”（小食堂、小宿舍、小澡堂、小书屋、小活动室）', now(), 'system');

create sequence org_activity_seq increment by 50;
create sequence org_activity_participant_seq increment by 50;
create sequence org_activity_posting_seq increment by 50;
create sequence training_plan_seq increment by 50;
create sequence org_indicator_seq increment by 50;

create table org_activity (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    organization_id  bigint        not null,
    kind             varchar(30)   not null,
    title            varchar(200)  not null,
    start_date       date          not null,
    end_date         date          not null,
    site             varchar(200),
    free_shuttle     boolean       not null default false,
    -- study kinds only: hours each participant takes on each day, half-hour steps up to 12
    hours_per_day    numeric(4,1),
    notes            varchar(1000),
    constraint pk_org_activity primary key (id),
    constraint fk_org_activity_organization foreign key (organization_id) references organization (id),
    constraint ck_org_activity_kind check (kind in ('SPECIAL_TRAINING', 'PARTY_SCHOOL_CLASS', 'SENT_STUDY',
        'BRANCH_STUDY', 'RED_EDUCATION', 'CULTURE_SPORTS')),
    constraint ck_org_activity_days check (end_date >= start_date and end_date - start_date < 31),
    constraint ck_org_activity_hours check ((kind = 'CULTURE_SPORTS') = (hours_per_day is null)
        and (hours_per_day is null or hours_per_day between 0.5 and 12))
);
create index ix_org_activity_organization on org_activity (organization_id, start_date desc);
create index ix_org_activity_start on org_activity (start_date);

create table org_activity_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    organization_id bigint,
    kind varchar(30),
    title varchar(200),
    start_date date,
    end_date date,
    site varchar(200),
    free_shuttle boolean,
    hours_per_day numeric(4,1),
    notes varchar(1000),
    constraint pk_org_activity_aud primary key (rev, id),
    constraint fk_org_activity_aud_rev foreign key (rev) references revinfo (id)
);

create table org_activity_participant (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    activity_id bigint not null,
    member_id   bigint not null,
    constraint pk_org_activity_participant primary key (id),
    constraint fk_org_activity_participant_activity foreign key (activity_id) references org_activity (id),
    constraint fk_org_activity_participant_member foreign key (member_id) references member (id),
    constraint uk_org_activity_participant unique (activity_id, member_id)
);
create index ix_org_activity_participant_member on org_activity_participant (member_id);

create table org_activity_participant_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    activity_id bigint,
    member_id bigint,
    constraint pk_org_activity_participant_aud primary key (rev, id),
    constraint fk_org_activity_participant_aud_rev foreign key (rev) references revinfo (id)
);

-- what an activity posted: per participant and day, the study record carrying the hours (made by the posting, or
-- the member's own record of the same day and course found already there); never changed
create table org_activity_posting (
    id               bigint       not null,
    activity_id      bigint       not null,
    member_id        bigint       not null,
    study_date       date         not null,
    study_record_id  bigint       not null,
    created_record   boolean      not null,
    posted_at        timestamp(6) with time zone not null,
    posted_by        varchar(64),
    constraint pk_org_activity_posting primary key (id),
    constraint fk_org_activity_posting_activity foreign key (activity_id) references org_activity (id),
    constraint fk_org_activity_posting_member foreign key (member_id) references member (id),
    constraint fk_org_activity_posting_study foreign key (study_record_id) references study_record (id),
    constraint uk_org_activity_posting unique (activity_id, member_id, study_date)
);
create index ix_org_activity_posting_study on org_activity_posting (study_record_id);

create table training_plan (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    organization_id   bigint        not null,
    plan_year         integer       not null,
    planned_sessions  integer       not null,
    planned_hours     numeric(7,1)  not null,
    topics            varchar(2000),
    constraint pk_training_plan primary key (id),
    constraint fk_training_plan_organization foreign key (organization_id) references organization (id),
    constraint uk_training_plan_year unique (organization_id, plan_year),
    constraint ck_training_plan_year check (plan_year between 2019 and 2100),
    constraint ck_training_plan_planned check (planned_sessions >= 0 and planned_hours >= 0)
);

create table training_plan_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    organization_id bigint,
    plan_year integer,
    planned_sessions integer,
    planned_hours numeric(7,1),
    topics varchar(2000),
    constraint pk_training_plan_aud primary key (rev, id),
    constraint fk_training_plan_aud_rev foreign key (rev) references revinfo (id)
);

create table org_indicator (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    organization_id  bigint        not null,
    indicator        varchar(10)   not null,
    indicator_year   integer       not null,
    -- R14 recruits, R15 percent above the municipal level, R16 assessments, R25 smalls in place
    entered_value    numeric(7,1)  not null,
    canteen          boolean,
    dormitory        boolean,
    bathroom         boolean,
    library          boolean,
    activity_room    boolean,
    evidence         varchar(2000) not null,
    constraint pk_org_indicator primary key (id),
    constraint fk_org_indicator_organization foreign key (organization_id) references organization (id),
    constraint uk_org_indicator unique (organization_id, indicator_year, indicator),
    constraint ck_org_indicator_indicator check (indicator in ('R14', 'R15', 'R16', 'R25')),
    constraint ck_org_indicator_year check (indicator_year between 2019 and 2100),
    constraint ck_org_indicator_smalls check ((indicator = 'R25') = (canteen is not null and dormitory is not null
        and bathroom is not null and library is not null and activity_room is not null))
);
create index ix_org_indicator_year on org_indicator (indicator_year, indicator);

create table org_indicator_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    organization_id bigint,
    indicator varchar(10),
    indicator_year integer,
    entered_value numeric(7,1),
    canteen boolean,
    dormitory boolean,
    bathroom boolean,
    library boolean,
    activity_room boolean,
    evidence varchar(2000),
    constraint pk_org_indicator_aud primary key (rev, id),
    constraint fk_org_indicator_aud_rev foreign key (rev) references revinfo (id)
);
