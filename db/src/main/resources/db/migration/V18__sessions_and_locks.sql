-- party care: several application instances on one database (issue 9).
--
-- spring_session, spring_session_attributes  the HTTP sessions (Spring Session JDBC), so that a user signed in on one
--                      instance is signed in on every instance behind the load balancer, and signing out on one ends the
--                      session everywhere. Column names and types are Spring Session's own (its schema-postgresql.sql);
--                      the application never lets Spring create them (spring.session.jdbc.initialize-schema=never).
--                      Attributes are serialized Java objects: the signed-in user's ids, the CSRF token, flash messages.
-- shedlock             one row per scheduled job: the instance that holds the job's lock until lock_until runs it, the
--                      others skip that run (ShedLock's JDBC provider, with the database's clock).
--
-- Both are operational state, not records: a restore may leave them empty (everyone signs in again).

create table spring_session (
    primary_id             char(36)     not null,
    session_id             char(36)     not null,
    creation_time          bigint       not null,
    last_access_time       bigint       not null,
    max_inactive_interval  integer      not null,
    expiry_time            bigint       not null,
    principal_name         varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36)      not null,
    attribute_name      varchar(200)  not null,
    attribute_bytes     bytea         not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id)
        on delete cascade
);

create table shedlock (
    name        varchar(64)   not null,
    lock_until  timestamp(3)  not null,
    locked_at   timestamp(3)  not null,
    locked_by   varchar(255)  not null,
    constraint pk_shedlock primary key (name)
);
