-- party care: secondments (调、挂、派, 第12条), suggestions (意见建议, 三会三制, 第6条), and party congress delegates'
-- proposals and motions (提案、提议) with the sessions they are called to (第7条). A member holds one secondment at a
-- time (an exclusion constraint, btree_gist from V8); a proposal needs a minimum number of signers, a rule parameter:
-- the article says "联名" without a number, 5 (lead delegate included) is the product's default.

insert into rule_parameter (param_key, param_value, effective_from, note, created_at, created_by) values
    ('PROPOSAL_MIN_SIGNERS', 5, '2019-01-01', '第7条：党代表联名提出提案（条文未规定人数，产品默认5名代表，含领衔代表）', now(),
     'system');

create sequence secondment_seq increment by 50;
create sequence suggestion_seq increment by 50;
create sequence delegate_proposal_seq increment by 50;
create sequence delegate_session_seq increment by 50;
create sequence delegate_attendance_seq increment by 50;

create table secondment (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    member_id             bigint         not null,
    kind                  varchar(20)    not null,
    direction             varchar(30)    not null,
    -- a unit picked from the tree names its organization; a unit outside it is text only
    from_organization_id  bigint,
    from_unit             varchar(100)   not null,
    to_organization_id    bigint,
    to_unit               varchar(100)   not null,
    post                  varchar(100),
    start_date            date           not null,
    -- null: until further notice
    end_date              date,
    document_number       varchar(100),
    notes                 varchar(1000),
    constraint pk_secondment primary key (id),
    constraint fk_secondment_member foreign key (member_id) references member (id),
    constraint fk_secondment_from_organization foreign key (from_organization_id) references organization (id),
    constraint fk_secondment_to_organization foreign key (to_organization_id) references organization (id),
    constraint ck_secondment_kind check (kind in ('UP_POSTING', 'DOWN_POSTING', 'EXCHANGE', 'ATTACHMENT',
        'FIRST_SECRETARY')),
    constraint ck_secondment_direction check (direction in ('CITY_ORGAN_TO_STREET', 'STREET_TO_CITY_ORGAN',
        'ENTERPRISE_TO_ORGAN', 'ORGAN_TO_ENTERPRISE', 'FRONT_LINE', 'TO_VILLAGE', 'OTHER')),
    constraint ck_secondment_period check (end_date is null or end_date >= start_date),
    -- one secondment at a time: no two periods of a member share a day
    constraint ex_secondment_overlap exclude using gist (member_id with =,
        daterange(start_date, end_date, '[]') with &&)
);
create index ix_secondment_member on secondment (member_id, start_date desc);
create index ix_secondment_period on secondment (start_date, end_date);

create table secondment_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    member_id bigint,
    kind varchar(20),
    direction varchar(30),
    from_organization_id bigint,
    from_unit varchar(100),
    to_organization_id bigint,
    to_unit varchar(100),
    post varchar(100),
    start_date date,
    end_date date,
    document_number varchar(100),
    notes varchar(1000),
    constraint pk_secondment_aud primary key (rev, id),
    constraint fk_secondment_aud_rev foreign key (rev) references revinfo (id)
);

create table suggestion (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    -- the organization that received it: the suggestion's scope
    organization_id     bigint         not null,
    submitter_kind      varchar(10)    not null,
    member_id           bigint,
    submitter_name      varchar(50),
    channel             varchar(20)    not null,
    received_on         date           not null,
    content             varchar(2000)  not null,
    status              varchar(20)    not null,
    handling_system     varchar(20),
    owner               varchar(100),
    assigned_on         date,
    promised_by         date,
    started_on          date,
    reply_on            date,
    reply_text          varchar(2000),
    closed_on           date,
    not_adopted_reason  varchar(1000),
    constraint pk_suggestion primary key (id),
    constraint fk_suggestion_organization foreign key (organization_id) references organization (id),
    constraint fk_suggestion_member foreign key (member_id) references member (id),
    constraint ck_suggestion_submitter check (submitter_kind in ('MEMBER', 'MASSES', 'ANONYMOUS')
        and (submitter_kind = 'MEMBER') = (member_id is not null)),
    constraint ck_suggestion_channel check (channel in ('DIRECT_LINE', 'FORUM', 'HEARING', 'COORDINATION')),
    constraint ck_suggestion_status check (status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'IMPLEMENTED',
        'NOT_ADOPTED')),
    constraint ck_suggestion_system check (handling_system is null
        or handling_system in ('PUBLIC_NOTICE', 'RESPONSIBILITY', 'COMMITMENT')),
    constraint ck_suggestion_assigned check ((status = 'RECEIVED') = (assigned_on is null)
        and (assigned_on is null) = (owner is null) and (assigned_on is null) = (handling_system is null)),
    constraint ck_suggestion_promise check (handling_system is distinct from 'COMMITMENT' or promised_by is not null),
    -- 落实 or not adopted only after the reply; not adopted says why
    constraint ck_suggestion_closed check ((status in ('IMPLEMENTED', 'NOT_ADOPTED')) = (closed_on is not null)
        and (closed_on is null or reply_text is not null)
        and (status = 'NOT_ADOPTED') = (not_adopted_reason is not null)),
    constraint ck_suggestion_reply check ((reply_on is null) = (reply_text is null))
);
create index ix_suggestion_organization on suggestion (organization_id, received_on desc);
create index ix_suggestion_received on suggestion (received_on);
-- 承诺制: the open ones by promised date (overdue list)
create index ix_suggestion_promised_open on suggestion (promised_by)
    where promised_by is not null and status not in ('IMPLEMENTED', 'NOT_ADOPTED');

create table suggestion_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    organization_id bigint,
    submitter_kind varchar(10),
    member_id bigint,
    submitter_name varchar(50),
    channel varchar(20),
    received_on date,
    content varchar(2000),
    status varchar(20),
    handling_system varchar(20),
    owner varchar(100),
    assigned_on date,
    promised_by date,
    started_on date,
    reply_on date,
    reply_text varchar(2000),
    closed_on date,
    not_adopted_reason varchar(1000),
    constraint pk_suggestion_aud primary key (rev, id),
    constraint fk_suggestion_aud_rev foreign key (rev) references revinfo (id)
);

create table delegate_proposal (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    kind            varchar(10)    not null,
    -- the lead delegate (领衔代表): the proposal's scope is the delegate's organization
    delegate_id     bigint         not null,
    congress        varchar(100),
    title           varchar(200)   not null,
    content         varchar(4000)  not null,
    addressee       varchar(100)   not null,
    submitted_on    date           not null,
    status          varchar(15)    not null,
    decided_on      date,
    decision_note   varchar(1000),
    handled_on      date,
    handling_note   varchar(2000),
    reply_on        date,
    reply_text      varchar(2000),
    constraint pk_delegate_proposal primary key (id),
    constraint fk_delegate_proposal_delegate foreign key (delegate_id) references member (id),
    constraint ck_delegate_proposal_kind check (kind in ('PROPOSAL', 'MOTION')),
    constraint ck_delegate_proposal_congress check (kind <> 'PROPOSAL' or congress is not null),
    constraint ck_delegate_proposal_status check (status in ('SUBMITTED', 'ACCEPTED', 'MERGED', 'NOT_ACCEPTED',
        'HANDLED', 'REPLIED')),
    constraint ck_delegate_proposal_decided check ((status = 'SUBMITTED') = (decided_on is null)
        and (decided_on is null) = (decision_note is null)),
    constraint ck_delegate_proposal_reply check ((status = 'REPLIED') = (reply_on is not null)
        and (reply_on is null) = (reply_text is null))
);
create index ix_delegate_proposal_delegate on delegate_proposal (delegate_id, submitted_on desc);
create index ix_delegate_proposal_submitted on delegate_proposal (submitted_on);

create table delegate_proposal_signer (
    proposal_id  bigint not null,
    member_id    bigint not null,
    constraint pk_delegate_proposal_signer primary key (proposal_id, member_id),
    constraint fk_delegate_proposal_signer_proposal foreign key (proposal_id) references delegate_proposal (id),
    constraint fk_delegate_proposal_signer_member foreign key (member_id) references member (id)
);
create index ix_delegate_proposal_signer_member on delegate_proposal_signer (member_id);

create table delegate_proposal_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    kind varchar(10),
    delegate_id bigint,
    congress varchar(100),
    title varchar(200),
    content varchar(4000),
    addressee varchar(100),
    submitted_on date,
    status varchar(15),
    decided_on date,
    decision_note varchar(1000),
    handled_on date,
    handling_note varchar(2000),
    reply_on date,
    reply_text varchar(2000),
    constraint pk_delegate_proposal_aud primary key (rev, id),
    constraint fk_delegate_proposal_aud_rev foreign key (rev) references revinfo (id)
);

create table delegate_proposal_signer_aud (
    rev          bigint   not null,
    revtype      smallint,
    proposal_id  bigint   not null,
    member_id    bigint   not null,
    constraint pk_delegate_proposal_signer_aud primary key (rev, proposal_id, member_id),
    constraint fk_delegate_proposal_signer_aud_rev foreign key (rev) references revinfo (id)
);

create table delegate_session (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    organization_id  bigint         not null,
    kind             varchar(20)    not null,
    held_on          date           not null,
    title            varchar(200)   not null,
    notes            varchar(1000),
    constraint pk_delegate_session primary key (id),
    constraint fk_delegate_session_organization foreign key (organization_id) references organization (id),
    constraint ck_delegate_session_kind check (kind in ('CONGRESS_MEETING', 'PLENARY', 'TRAINING', 'RESEARCH'))
);
create index ix_delegate_session_organization on delegate_session (organization_id, held_on desc);
create index ix_delegate_session_held on delegate_session (held_on);

create table delegate_session_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    organization_id bigint,
    kind varchar(20),
    held_on date,
    title varchar(200),
    notes varchar(1000),
    constraint pk_delegate_session_aud primary key (rev, id),
    constraint fk_delegate_session_aud_rev foreign key (rev) references revinfo (id)
);

create table delegate_attendance (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    session_id  bigint   not null,
    member_id   bigint   not null,
    present     boolean  not null,
    constraint pk_delegate_attendance primary key (id),
    constraint fk_delegate_attendance_session foreign key (session_id) references delegate_session (id),
    constraint fk_delegate_attendance_member foreign key (member_id) references member (id),
    constraint uk_delegate_attendance_session_member unique (session_id, member_id)
);
-- attendance rates read a delegate's rows
create index ix_delegate_attendance_member on delegate_attendance (member_id);

create table delegate_attendance_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    session_id bigint,
    member_id bigint,
    present boolean,
    constraint pk_delegate_attendance_aud primary key (rev, id),
    constraint fk_delegate_attendance_aud_rev foreign key (rev) references revinfo (id)
);
