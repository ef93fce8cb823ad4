-- party care: recuperation (疗休养, 第21条, issue 4).
-- The holiday calendar (public holidays and 调休 make-up workdays) that working days are counted on, with the
-- official arrangement for 2026 and a provisional one for 2027; the recuperation register; the 5–7 working-day
-- limits as versioned rule parameters.

create sequence calendar_day_seq increment by 50;
create sequence recuperation_seq increment by 50;

insert into rule_parameter (param_key, param_value, effective_from, note, created_at, created_by) values
    ('RECUPERATION_MIN_WORKING_DAYS', 5, '2019-01-01', '第21条：疗休养时间不少于5个工作日（按节假日安排计算，调休上班日计入）', now(), 'system'),
    ('RECUPERATION_MAX_WORKING_DAYS', 7, '2019-01-01', '第21条：疗休养时间不超过7个工作日（按节假日安排计算，调休上班日计入）', now(), 'system');

-- only the days that differ from the plain week: a weekday off (or a weekend day named in the notice) is HOLIDAY,
-- a weekend day worked is MAKEUP_WORKDAY
create table calendar_day (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    calendar_date  date          not null,
    kind           varchar(20)   not null,
    name           varchar(50)   not null,
    note           varchar(200),
    constraint pk_calendar_day primary key (id),
    constraint uk_calendar_day_date unique (calendar_date),
    constraint ck_calendar_day_kind check (kind in ('HOLIDAY', 'MAKEUP_WORKDAY'))
);

create table calendar_day_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    calendar_date date,
    kind varchar(20),
    name varchar(50),
    note varchar(200),
    constraint pk_calendar_day_aud primary key (rev, id),
    constraint fk_calendar_day_aud_rev foreign key (rev) references revinfo (id)
);

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04).
-- 2027: provisional, the statutory days only; the 调休 arrangement is added when the notice is published.
insert into calendar_day (id, calendar_date, kind, name, note, created_at, created_by, updated_at, updated_by) values
    (nextval('calendar_day_seq'), '2026-01-01', 'HOLIDAY', '元旦', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-01-02', 'HOLIDAY', '元旦', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-01-03', 'HOLIDAY', '元旦', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-01-04', 'MAKEUP_WORKDAY', '元旦调休上班', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-02-14', 'MAKEUP_WORKDAY', '春节调休上班', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-02-15', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-02-16', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-02-17', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-02-18', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-02-19', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-02-20', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-02-21', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-02-22', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-02-23', 'HOLIDAY', '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-02-28', 'MAKEUP_WORKDAY', '春节调休上班', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-04-04', 'HOLIDAY', '清明节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-04-05', 'HOLIDAY', '清明节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-04-06', 'HOLIDAY', '清明节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-05-01', 'HOLIDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-05-02', 'HOLIDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-05-03', 'HOLIDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-05-04', 'HOLIDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-05-05', 'HOLIDAY', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-05-09', 'MAKEUP_WORKDAY', '劳动节调休上班', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-06-19', 'HOLIDAY', '端午节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-06-20', 'HOLIDAY', '端午节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-06-21', 'HOLIDAY', '端午节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-09-20', 'MAKEUP_WORKDAY', '国庆节调休上班', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-09-25', 'HOLIDAY', '中秋节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-09-26', 'HOLIDAY', '中秋节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-09-27', 'HOLIDAY', '中秋节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-10-01', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-10-02', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-10-03', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-10-04', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-10-05', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-10-06', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-10-07', 'HOLIDAY', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2026-10-10', 'MAKEUP_WORKDAY', '国庆节调休上班', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2027-01-01', 'HOLIDAY', '元旦', '按惯例预排，以国务院办公厅通知为准：仅列法定节假日（《全国年节及纪念日放假办法》），调休安排待通知发布后由管理员补录', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2027-02-05', 'HOLIDAY', '春节', '按惯例预排，以国务院办公厅通知为准：仅列法定节假日（《全国年节及纪念日放假办法》），调休安排待通知发布后由管理员补录', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2027-02-06', 'HOLIDAY', '春节', '按惯例预排，以国务院办公厅通知为准：仅列法定节假日（《全国年节及纪念日放假办法》），调休安排待通知发布后由管理员补录', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2027-02-07', 'HOLIDAY', '春节', '按惯例预排，以国务院办公厅通知为准：仅列法定节假日（《全国年节及纪念日放假办法》），调休安排待通知发布后由管理员补录', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2027-02-08', 'HOLIDAY', '春节', '按惯例预排，以国务院办公厅通知为准：仅列法定节假日（《全国年节及纪念日放假办法》），调休安排待通知发布后由管理员补录', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2027-04-05', 'HOLIDAY', '清明节', '按惯例预排，以国务院办公厅通知为准：仅列法定节假日（《全国年节及纪念日放假办法》），调休安排待通知发布后由管理员补录', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2027-05-01', 'HOLIDAY', '劳动节', '按惯例预排，以国务院办公厅通知为准：仅列法定节假日（《全国年节及纪念日放假办法》），调休安排待通知发布后由管理员补录', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2027-05-02', 'HOLIDAY', '劳动节', '按惯例预排，以国务院办公厅通知为准：仅列法定节假日（《全国年节及纪念日放假办法》），调休安排待通知发布后由管理员补录', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2027-06-09', 'HOLIDAY', '端午节', '按惯例预排，以国务院办公厅通知为准：仅列法定节假日（《全国年节及纪念日放假办法》），调休安排待通知发布后由管理员补录', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2027-09-15', 'HOLIDAY', '中秋节', '按惯例预排，以国务院办公厅通知为准：仅列法定节假日（《全国年节及纪念日放假办法》），调休安排待通知发布后由管理员补录', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2027-10-01', 'HOLIDAY', '国庆节', '按惯例预排，以国务院办公厅通知为准：仅列法定节假日（《全国年节及纪念日放假办法》），调休安排待通知发布后由管理员补录', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2027-10-02', 'HOLIDAY', '国庆节', '按惯例预排，以国务院办公厅通知为准：仅列法定节假日（《全国年节及纪念日放假办法》），调休安排待通知发布后由管理员补录', now(), 'system', now(), 'system'),
    (nextval('calendar_day_seq'), '2027-10-03', 'HOLIDAY', '国庆节', '按惯例预排，以国务院办公厅通知为准：仅列法定节假日（《全国年节及纪念日放假办法》），调休安排待通知发布后由管理员补录', now(), 'system', now(), 'system');

create table recuperation (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    member_id               bigint        not null,
    place                   varchar(100)  not null,
    start_date              date          not null,
    end_date                date          not null,
    working_days            integer       not null,
    escort                  varchar(100),
    cost                    numeric(12,2) not null default 0,
    funding_source          varchar(20),
    notes                   varchar(1000),
    counts_as_annual_leave  boolean       not null default false,
    constraint pk_recuperation primary key (id),
    constraint fk_recuperation_member foreign key (member_id) references member (id),
    constraint ck_recuperation_dates check (end_date >= start_date),
    constraint ck_recuperation_working_days check (working_days > 0),
    constraint ck_recuperation_cost check (cost >= 0),
    constraint ck_recuperation_funding check (cost = 0 or funding_source is not null),
    -- 第21条: 疗休养 is not annual leave
    constraint ck_recuperation_not_annual_leave check (counts_as_annual_leave = false)
);
create index ix_recuperation_member_start on recuperation (member_id, start_date desc);
create index ix_recuperation_start on recuperation (start_date);

create table recuperation_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    member_id bigint,
    place varchar(100),
    start_date date,
    end_date date,
    working_days integer,
    escort varchar(100),
    cost numeric(12,2),
    funding_source varchar(20),
    notes varchar(1000),
    counts_as_annual_leave boolean,
    constraint pk_recuperation_aud primary key (rev, id),
    constraint fk_recuperation_aud_rev foreign key (rev) references revinfo (id)
);
