-- party care: fairness at work (工作上宽容包容, 第17–19条): fault tolerance (容错), accountability held to the four
-- musts (问责, 凡问四必: rule R18-FOUR-MUSTS) and clarification of false accusations (澄清正名). Discipline data:
-- sensitive, each read logged in sensitive_read (record types FAULT_TOLERANCE, ACCOUNTABILITY, CLARIFICATION).
-- Each step of a case has its fields once reached, so no step is skipped (the check constraints say so).

insert into rule_parameter (param_key, param_value, effective_from, note, created_at, created_by) values
    ('ACCOUNTABILITY_EVALUATION_DAYS', 90, '2019-01-01',
     '第18条：必须对问责效果进行评估（产品默认：问责决定后90天内）', now(), 'system');

create sequence fault_tolerance_case_seq increment by 50;
create sequence accountability_case_seq increment by 50;
create sequence clarification_case_seq increment by 50;

create table fault_tolerance_case (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    member_id           bigint         not null,
    status              varchar(20)    not null,
    origin              varchar(20)    not null,
    received_on         date           not null,
    facts               varchar(2000)  not null,
    investigated_on     date,
    investigator        varchar(100),
    findings            varchar(2000),
    assessed_on         date,
    lack_of_experience  boolean,
    not_prohibited      boolean,
    for_development     boolean,
    assessment          varchar(2000),
    decision            varchar(20),
    decided_on          date,
    decided_by          varchar(100),
    decision_reasons    varchar(2000),
    constraint pk_fault_tolerance_case primary key (id),
    constraint fk_fault_tolerance_case_member foreign key (member_id) references member (id),
    constraint ck_fault_tolerance_case_status check (status in ('RECEIVED', 'INVESTIGATED', 'ASSESSED', 'DECIDED')),
    constraint ck_fault_tolerance_case_origin check (origin in ('APPLICATION', 'FOUND')),
    constraint ck_fault_tolerance_case_decision check (decision in ('EXEMPTED', 'LIGHTENED', 'NOT_GRANTED')),
    constraint ck_fault_tolerance_case_investigated check (status = 'RECEIVED'
        or (investigated_on is not null and investigated_on >= received_on and investigator is not null and findings is not null)),
    constraint ck_fault_tolerance_case_assessed check (status in ('RECEIVED', 'INVESTIGATED')
        or (assessed_on is not null and assessed_on >= investigated_on and lack_of_experience is not null and not_prohibited is not null
            and for_development is not null and assessment is not null)),
    constraint ck_fault_tolerance_case_decided check ((status = 'DECIDED') = (decision is not null)
        and (decision is null or (decided_on is not null and decided_on >= assessed_on and decided_by is not null
            and decision_reasons is not null))),
    -- tolerance is granted only on the tolerable side of all three distinctions
    constraint ck_fault_tolerance_case_granted check (decision is null or decision = 'NOT_GRANTED'
        or coalesce(lack_of_experience and not_prohibited and for_development, false))
);
create index ix_fault_tolerance_case_member on fault_tolerance_case (member_id, received_on desc);
create index ix_fault_tolerance_case_received on fault_tolerance_case (received_on);

create table fault_tolerance_case_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    member_id bigint,
    status varchar(20),
    origin varchar(20),
    received_on date,
    facts varchar(2000),
    investigated_on date,
    investigator varchar(100),
    findings varchar(2000),
    assessed_on date,
    lack_of_experience boolean,
    not_prohibited boolean,
    for_development boolean,
    assessment varchar(2000),
    decision varchar(20),
    decided_on date,
    decided_by varchar(100),
    decision_reasons varchar(2000),
    constraint pk_fault_tolerance_case_aud primary key (rev, id),
    constraint fk_fault_tolerance_case_aud_rev foreign key (rev) references revinfo (id)
);

create table accountability_case (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    member_id                   bigint         not null,
    status                      varchar(20)    not null,
    found_on                    date           not null,
    problem                     varchar(2000)  not null,
    rectification_ordered_on    date           not null,
    rectification_deadline      date           not null,
    rectification_requirements  varchar(1000)  not null,
    rectification_result_on     date,
    rectification_result        varchar(2000),
    rectification_sufficient    boolean,
    statement_on                date,
    statement                   varchar(2000),
    fault                       varchar(20),
    opinions_on                 date,
    organization_opinion        varchar(2000),
    masses_opinion              varchar(2000),
    policy_opinion_on           date,
    policy_department           varchar(100),
    policy_opinion              varchar(2000),
    outcome                     varchar(20),
    measure                     varchar(500),
    loss_remediable             boolean,
    decided_on                  date,
    decided_by                  varchar(100),
    decision_reasons            varchar(2000),
    evaluated_on                date,
    evaluation                  varchar(2000),
    constraint pk_accountability_case primary key (id),
    constraint fk_accountability_case_member foreign key (member_id) references member (id),
    constraint ck_accountability_case_status check (status in
        ('RECTIFYING', 'RECTIFIED', 'PROCEEDINGS', 'DECIDED', 'EVALUATED')),
    constraint ck_accountability_case_fault check (fault in ('INTENT', 'NEGLIGENCE')),
    constraint ck_accountability_case_outcome check (outcome in ('LIGHTENED', 'REDUCED', 'EXEMPTED', 'MEASURE_TAKEN')),
    -- 先责令整改: the order comes first, its deadline after it
    constraint ck_accountability_case_order check (rectification_ordered_on >= found_on
        and rectification_deadline > rectification_ordered_on),
    constraint ck_accountability_case_rectified check (status = 'RECTIFYING'
        or (rectification_result_on is not null and rectification_result is not null
            and rectification_sufficient is not null and rectification_sufficient = (status = 'RECTIFIED'))),
    -- R18-FOUR-MUSTS: no decision without the statement (fault classed), the opinions and the policy opinion
    constraint ck_accountability_case_musts check (status not in ('DECIDED', 'EVALUATED')
        or (statement_on is not null and statement is not null and fault is not null
            and opinions_on is not null and organization_opinion is not null and masses_opinion is not null
            and policy_opinion_on is not null and policy_department is not null and policy_opinion is not null)),
    constraint ck_accountability_case_decided check ((status in ('DECIDED', 'EVALUATED')) = (outcome is not null)
        and (outcome is null or (decided_on is not null and decided_by is not null and decision_reasons is not null
            and loss_remediable is not null))),
    constraint ck_accountability_case_lenient check (outcome is null or outcome = 'MEASURE_TAKEN' or coalesce(loss_remediable, false)),
    constraint ck_accountability_case_measure check (outcome is distinct from 'MEASURE_TAKEN' or measure is not null),
    constraint ck_accountability_case_evaluated check ((status = 'EVALUATED') = (evaluated_on is not null)
        and (evaluated_on is null or (decided_on is not null and evaluated_on >= decided_on and evaluation is not null)))
);
create index ix_accountability_case_member on accountability_case (member_id, found_on desc);
create index ix_accountability_case_found on accountability_case (found_on);

create table accountability_case_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    member_id bigint,
    status varchar(20),
    found_on date,
    problem varchar(2000),
    rectification_ordered_on date,
    rectification_deadline date,
    rectification_requirements varchar(1000),
    rectification_result_on date,
    rectification_result varchar(2000),
    rectification_sufficient boolean,
    statement_on date,
    statement varchar(2000),
    fault varchar(20),
    opinions_on date,
    organization_opinion varchar(2000),
    masses_opinion varchar(2000),
    policy_opinion_on date,
    policy_department varchar(100),
    policy_opinion varchar(2000),
    outcome varchar(20),
    measure varchar(500),
    loss_remediable boolean,
    decided_on date,
    decided_by varchar(100),
    decision_reasons varchar(2000),
    evaluated_on date,
    evaluation varchar(2000),
    constraint pk_accountability_case_aud primary key (rev, id),
    constraint fk_accountability_case_aud_rev foreign key (rev) references revinfo (id)
);

create table clarification_case (
    id          bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64),
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64),
    member_id              bigint         not null,
    status                 varchar(20)    not null,
    received_on            date           not null,
    report_summary         varchar(2000)  not null,
    verified_on            date,
    verification_findings  varchar(2000),
    false_accusation       boolean,
    clarified_on           date,
    by_meeting             boolean,
    by_media               boolean,
    clarification_venue    varchar(500),
    accuser_handled_on     date,
    accuser_action         varchar(1000),
    constraint pk_clarification_case primary key (id),
    constraint fk_clarification_case_member foreign key (member_id) references member (id),
    constraint ck_clarification_case_status check (status in
        ('RECEIVED', 'NOT_FALSE', 'FALSE_ACCUSATION', 'CLARIFIED', 'CLOSED')),
    constraint ck_clarification_case_verified check (status = 'RECEIVED'
        or (verified_on is not null and verified_on >= received_on and verification_findings is not null
            and false_accusation is not null and false_accusation = (status <> 'NOT_FALSE'))),
    constraint ck_clarification_case_clarified check ((status in ('CLARIFIED', 'CLOSED')) = (clarified_on is not null)
        and (clarified_on is null or (clarified_on >= verified_on and coalesce(by_meeting or by_media, false)
            and clarification_venue is not null))),
    constraint ck_clarification_case_closed check ((status = 'CLOSED') = (accuser_action is not null)
        and (accuser_action is null or (accuser_handled_on is not null and accuser_handled_on >= verified_on)))
);
create index ix_clarification_case_member on clarification_case (member_id, received_on desc);
create index ix_clarification_case_received on clarification_case (received_on);

create table clarification_case_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    created_at  timestamp(6) with time zone,
    created_by  varchar(64),
    member_id bigint,
    status varchar(20),
    received_on date,
    report_summary varchar(2000),
    verified_on date,
    verification_findings varchar(2000),
    false_accusation boolean,
    clarified_on date,
    by_meeting boolean,
    by_media boolean,
    clarification_venue varchar(500),
    accuser_handled_on date,
    accuser_action varchar(1000),
    constraint pk_clarification_case_aud primary key (rev, id),
    constraint fk_clarification_case_aud_rev foreign key (rev) references revinfo (id)
);
