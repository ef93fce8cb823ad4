-- party care: compliance summaries (issue 6).
--
-- What the policy required and what was done, per member and per organization (its whole subtree) per year and rule,
-- kept current by the database itself in the transaction of every write, whatever path it comes by (forms, batch
-- entry, imports, jobs, plain SQL):
--
--   compliance_member  one row per member, year and rule: the member's quota standing (R03/R04/R08-SUPERIOR-TALKS:
--                      applicable, exempt, required, met, done = hours or count) and obligations (due, fulfilled,
--                      fulfilled late, waived, open, overdue), recomputed from the raw records by compliance_refresh()
--                      whenever a record of that member and year changes: statement triggers mark the (member, year)
--                      pairs a transaction touches, and a deferred trigger refreshes them as it commits.
--   compliance_org     the same measures summed over an organization and everything below it;
--   compliance_delta   the changes not yet added to compliance_org. A refresh appends the difference it made to every
--                      ancestor as delta rows (no hot row for the city's root: writers only insert); compliance_fold()
--                      moves them into compliance_org every few seconds in one statement. A reader sums
--                      compliance_org and compliance_delta in ONE statement, so it always sees the exact figure.
--
-- Overdue is the one measure that changes with time alone: an open obligation is counted overdue once its due date is
-- before compliance_state.aged_through; compliance_age(today) moves that day forward and refreshes the members whose
-- obligations fell due in between (the application calls it before reading, so a figure is never a day behind).
-- Years are summarized once built (compliance_year); compliance_build(year) recomputes a year exactly from the raw
-- records, which is also what a parameter change runs. Lock order: the global key (7301, 0) shared by writers and the
-- fold, exclusive for ageing and building; then one key per member (7302, id), taken at commit in ascending id order.

create table compliance_state (
    id            integer not null default 1,
    aged_through  date    not null,
    constraint pk_compliance_state primary key (id),
    constraint ck_compliance_state_single check (id = 1)
);
insert into compliance_state (id, aged_through) values (1, current_date);

create table compliance_year (
    year      integer not null,
    built_at  timestamp(6) with time zone not null,
    constraint pk_compliance_year primary key (year)
);

create table compliance_member (
    member_id        bigint        not null,
    year             integer       not null,
    rule_code        varchar(30)   not null,
    organization_id  bigint        not null,
    org_path         varchar(400)  collate "C" not null,
    applicable       integer       not null default 0,
    exempt           integer       not null default 0,
    required         integer       not null default 0,
    met              integer       not null default 0,
    done             numeric(10,1) not null default 0,
    due              integer       not null default 0,
    fulfilled        integer       not null default 0,
    fulfilled_late   integer       not null default 0,
    waived           integer       not null default 0,
    open             integer       not null default 0,
    overdue          integer       not null default 0,
    constraint pk_compliance_member primary key (member_id, year, rule_code)
);
-- drill-down: the members of a subtree behind one figure
create index ix_compliance_member_rule_path on compliance_member (year, rule_code, org_path varchar_pattern_ops);

create table compliance_org (
    organization_id  bigint        not null,
    year             integer       not null,
    rule_code        varchar(30)   not null,
    applicable       integer       not null default 0,
    exempt           integer       not null default 0,
    required         integer       not null default 0,
    met              integer       not null default 0,
    done             numeric(14,1) not null default 0,
    due              integer       not null default 0,
    fulfilled        integer       not null default 0,
    fulfilled_late   integer       not null default 0,
    waived           integer       not null default 0,
    open             integer       not null default 0,
    overdue          integer       not null default 0,
    constraint pk_compliance_org primary key (organization_id, year, rule_code)
);

create table compliance_delta (
    id               bigint generated always as identity,
    organization_id  bigint        not null,
    year             integer       not null,
    rule_code        varchar(30)   not null,
    applicable       integer       not null default 0,
    exempt           integer       not null default 0,
    required         integer       not null default 0,
    met              integer       not null default 0,
    done             numeric(14,1) not null default 0,
    due              integer       not null default 0,
    fulfilled        integer       not null default 0,
    fulfilled_late   integer       not null default 0,
    waived           integer       not null default 0,
    open             integer       not null default 0,
    overdue          integer       not null default 0,
    constraint pk_compliance_delta primary key (id)
);
create index ix_compliance_delta_org on compliance_delta (organization_id, year);

-- the ids of an organization and its ancestors, from its path '/1/12/345/'
create function compliance_path_ids(p_path varchar) returns bigint[]
    language sql immutable strict parallel safe
as $$ select string_to_array(trim(both '/' from p_path), '/')::bigint[] $$;

-- the value of a parameter in force on a day
create function compliance_parameter(p_key varchar, p_day date) returns numeric
    language sql stable strict
as $$
    select param_value from rule_parameter where param_key = p_key and effective_from <= p_day
     order by effective_from desc limit 1
$$;

-- The quota rules a member can owe: rule code, the parameter holding the number, and which members it applies to.
-- (The same three as cn.jinan.care.domain.policy.QuotaRule; SchemaTest keeps them in step.)
create view compliance_quota_rule (rule_code, param_key, flag_column) as values
    ('R03-TRAINING-HOURS'::varchar(30), 'TRAINING_HOURS_PER_YEAR'::varchar(40), 'all'::varchar(20)),
    ('R04-LECTURES', 'LECTURES_PER_YEAR', 'leading_cadre'),
    ('R08-SUPERIOR-TALKS', 'SUPERIOR_TALKS_PER_YEAR', 'grassroots');

-- One member's cells for a year, computed from the raw records. Cells with nothing in them are left out.
create function compliance_cells(p_member bigint, p_year integer, p_aged date) returns setof compliance_member
    language sql stable
as $$
    with b as (select make_date(p_year, 1, 1) as d1, make_date(p_year, 12, 31) as d2),
    m as (select m.id, m.status, m.admitted_date, m.leading_cadre, m.grassroots, o.id as org_id, o.path
            from member m join organization o on o.id = m.organization_id where m.id = p_member),
    quota as (
        select q.rule_code, q.param_key,
               m.status = 'ACTIVE' and m.admitted_date <= b.d2
                   and case q.flag_column when 'leading_cadre' then m.leading_cadre
                                          when 'grassroots' then m.grassroots else true end as applicable,
               exists (select 1 from exemption e where e.member_id = p_member and e.quota_year = p_year
                                                   and e.rule_code = q.rule_code) as exempted,
               case q.rule_code
                   when 'R03-TRAINING-HOURS' then (select coalesce(sum(s.hours), 0) from study_record s
                        where s.member_id = p_member and s.study_date between b.d1 and b.d2)
                   when 'R04-LECTURES' then (select count(*) from lecture l
                        where l.speaker_id = p_member and l.lecture_date between b.d1 and b.d2)
                   else (select count(*) from talk t where t.member_id = p_member and t.kind = 'SUPERIOR_TWO_WAY'
                        and t.talk_date between b.d1 and b.d2)
               end::numeric as done
          from compliance_quota_rule q, m, b),
    cells as (
        select q.rule_code,
               q.applicable::int as applicable,
               (q.applicable and q.exempted)::int as exempt,
               (q.applicable and not q.exempted)::int as required,
               (q.applicable and not q.exempted
                   and q.done >= coalesce(compliance_parameter(q.param_key, b.d2), 0))::int as met,
               q.done, 0 as due, 0 as fulfilled, 0 as fulfilled_late, 0 as waived, 0 as open, 0 as overdue
          from quota q, b
         where q.applicable or q.done > 0
        union all
        select o.rule_code, 0, 0, 0, 0, 0,
               count(*)::int,
               count(*) filter (where o.status = 'FULFILLED')::int,
               count(*) filter (where o.status = 'FULFILLED' and o.fulfilled_on > o.due_date)::int,
               count(*) filter (where o.status = 'WAIVED')::int,
               count(*) filter (where o.status = 'OPEN')::int,
               count(*) filter (where o.status = 'OPEN' and o.due_date < p_aged)::int
          from obligation o, b
         where o.member_id = p_member and o.due_date between b.d1 and b.d2
         group by o.rule_code)
    select p_member, p_year, c.rule_code, m.org_id, m.path,
           sum(c.applicable)::int, sum(c.exempt)::int, sum(c.required)::int, sum(c.met)::int, sum(c.done),
           sum(c.due)::int, sum(c.fulfilled)::int, sum(c.fulfilled_late)::int, sum(c.waived)::int,
           sum(c.open)::int, sum(c.overdue)::int
      from cells c, m
     group by c.rule_code, m.org_id, m.path
$$;

-- Every member's cells for a year at once (the same figures as compliance_cells, computed set-wise for building).
create function compliance_cells_all(p_year integer, p_aged date) returns setof compliance_member
    language sql stable
as $$
    with b as (select make_date(p_year, 1, 1) as d1, make_date(p_year, 12, 31) as d2),
    hours as (select s.member_id, sum(s.hours) as v from study_record s, b
               where s.study_date between b.d1 and b.d2 group by s.member_id),
    lectures as (select l.speaker_id as member_id, count(*) as v from lecture l, b
                  where l.lecture_date between b.d1 and b.d2 group by l.speaker_id),
    talks as (select t.member_id, count(*) as v from talk t, b
               where t.kind = 'SUPERIOR_TWO_WAY' and t.talk_date between b.d1 and b.d2 group by t.member_id),
    quota as (
        select m.id as member_id, o.id as org_id, o.path, q.rule_code,
               compliance_parameter(q.param_key, b.d2) as needed,
               m.status = 'ACTIVE' and m.admitted_date <= b.d2
                   and case q.flag_column when 'leading_cadre' then m.leading_cadre
                                          when 'grassroots' then m.grassroots else true end as applicable,
               e.member_id is not null as exempted,
               coalesce(case q.rule_code when 'R03-TRAINING-HOURS' then h.v
                                         when 'R04-LECTURES' then l.v else t.v end, 0)::numeric as done
          from member m
          join organization o on o.id = m.organization_id
          cross join compliance_quota_rule q
          cross join b
          left join hours h on h.member_id = m.id and q.rule_code = 'R03-TRAINING-HOURS'
          left join lectures l on l.member_id = m.id and q.rule_code = 'R04-LECTURES'
          left join talks t on t.member_id = m.id and q.rule_code = 'R08-SUPERIOR-TALKS'
          left join exemption e on e.member_id = m.id and e.quota_year = p_year and e.rule_code = q.rule_code),
    cells as (
        select q.member_id, q.org_id, q.path, q.rule_code,
               q.applicable::int as applicable,
               (q.applicable and q.exempted)::int as exempt,
               (q.applicable and not q.exempted)::int as required,
               (q.applicable and not q.exempted and q.done >= coalesce(q.needed, 0))::int as met,
               q.done, 0 as due, 0 as fulfilled, 0 as fulfilled_late, 0 as waived, 0 as open, 0 as overdue
          from quota q
         where q.applicable or q.done > 0
        union all
        select ob.member_id, o.id, o.path, ob.rule_code, 0, 0, 0, 0, 0,
               count(*)::int,
               count(*) filter (where ob.status = 'FULFILLED')::int,
               count(*) filter (where ob.status = 'FULFILLED' and ob.fulfilled_on > ob.due_date)::int,
               count(*) filter (where ob.status = 'WAIVED')::int,
               count(*) filter (where ob.status = 'OPEN')::int,
               count(*) filter (where ob.status = 'OPEN' and ob.due_date < p_aged)::int
          from obligation ob
          join member m on m.id = ob.member_id
          join organization o on o.id = m.organization_id
          cross join b
         where ob.due_date between b.d1 and b.d2
         group by ob.member_id, o.id, o.path, ob.rule_code)
    select c.member_id, p_year, c.rule_code, c.org_id, c.path,
           sum(c.applicable)::int, sum(c.exempt)::int, sum(c.required)::int, sum(c.met)::int, sum(c.done),
           sum(c.due)::int, sum(c.fulfilled)::int, sum(c.fulfilled_late)::int, sum(c.waived)::int,
           sum(c.open)::int, sum(c.overdue)::int
      from cells c
     group by c.member_id, c.org_id, c.path, c.rule_code
$$;

-- Recomputes one member's cells for a built year and appends the difference to every ancestor's deltas.
create function compliance_refresh(p_member bigint, p_year integer) returns void
    language plpgsql
as $$
declare
    v_aged  date;
    v_fresh compliance_member[];
begin
    if not exists (select 1 from compliance_year where year = p_year) then
        return; -- the year is summarized when it is built, from the raw records
    end if;
    perform pg_advisory_xact_lock_shared(7301, 0);
    perform pg_advisory_xact_lock(7302, (p_member % 2147483647)::integer);
    select aged_through into v_aged from compliance_state where id = 1;
    v_fresh := array(select c from compliance_cells(p_member, p_year, v_aged) c);

    insert into compliance_delta (organization_id, year, rule_code, applicable, exempt, required, met, done, due,
                                  fulfilled, fulfilled_late, waived, open, overdue)
    select a.id, p_year, d.rule_code, sum(d.applicable), sum(d.exempt), sum(d.required), sum(d.met), sum(d.done),
           sum(d.due), sum(d.fulfilled), sum(d.fulfilled_late), sum(d.waived), sum(d.open), sum(d.overdue)
      from (select f.rule_code, f.org_path, f.applicable, f.exempt, f.required, f.met, f.done, f.due, f.fulfilled,
                   f.fulfilled_late, f.waived, f.open, f.overdue
              from unnest(v_fresh) f
            union all
            select c.rule_code, c.org_path, -c.applicable, -c.exempt, -c.required, -c.met, -c.done, -c.due,
                   -c.fulfilled, -c.fulfilled_late, -c.waived, -c.open, -c.overdue
              from compliance_member c where c.member_id = p_member and c.year = p_year) d
     cross join lateral unnest(compliance_path_ids(d.org_path)) as a(id)
     group by a.id, d.rule_code
    having sum(d.applicable) <> 0 or sum(d.exempt) <> 0 or sum(d.required) <> 0 or sum(d.met) <> 0
        or sum(d.done) <> 0 or sum(d.due) <> 0 or sum(d.fulfilled) <> 0 or sum(d.fulfilled_late) <> 0
        or sum(d.waived) <> 0 or sum(d.open) <> 0 or sum(d.overdue) <> 0;

    delete from compliance_member where member_id = p_member and year = p_year;
    insert into compliance_member select * from unnest(v_fresh);
end;
$$;

-- Refreshes a set of (member, year) pairs now, in ascending member order.
create function compliance_refresh_now(p_members bigint[], p_years integer[]) returns void
    language plpgsql
as $$
declare
    r record;
begin
    for r in select distinct k.member_id, k.year
               from unnest(p_members, p_years) as k(member_id, year)
              where k.member_id is not null and k.year is not null
              order by k.member_id, k.year loop
        perform compliance_refresh(r.member_id, r.year);
    end loop;
end;
$$;

-- The (member, year) pairs a transaction changed, refreshed when it commits: all of a transaction's refreshes then
-- take their member locks at once and in ascending order, so two transactions never wait on each other in a circle
-- (a batch entry inserts its rows one statement at a time, in any order).
create table compliance_dirty (
    tx         bigint  not null default txid_current(),
    member_id  bigint  not null,
    year       integer not null,
    constraint pk_compliance_dirty primary key (tx, member_id, year)
);

create function compliance_mark(p_members bigint[], p_years integer[]) returns void
    language sql
as $$
    insert into compliance_dirty (member_id, year)
    select distinct k.member_id, k.year from unnest(p_members, p_years) as k(member_id, year)
     where k.member_id is not null and k.year in (select year from compliance_year)
    on conflict do nothing
$$;

-- fires at commit for each pair marked; the first firing refreshes all of the transaction's pairs, the others find
-- nothing left
create function compliance_on_commit() returns trigger language plpgsql as $$
declare
    v_members bigint[];
    v_years integer[];
begin
    select array_agg(member_id order by member_id, year), array_agg(year order by member_id, year)
      into v_members, v_years
      from compliance_dirty where tx = txid_current();
    if v_members is not null then
        delete from compliance_dirty where tx = txid_current();
        perform compliance_refresh_now(v_members, v_years);
    end if;
    return null;
end $$;

create constraint trigger tr_compliance_dirty_commit after insert on compliance_dirty
    deferrable initially deferred for each row execute function compliance_on_commit();

-- A member's own change touches every built year of theirs.
create function compliance_mark_member_all_years(p_members bigint[]) returns void
    language sql
as $$
    select compliance_mark(array_agg(m.id), array_agg(y.year))
      from unnest(p_members) as m(id) cross join compliance_year y
$$;

-- Moves the pending deltas into the organizations' rows, in one statement.
create function compliance_fold() returns integer
    language plpgsql
as $$
declare
    n integer;
begin
    if not pg_try_advisory_xact_lock(7303, 0) then
        return 0; -- another instance is folding
    end if;
    perform pg_advisory_xact_lock_shared(7301, 0);
    with moved as (delete from compliance_delta returning *),
    sums as (
        select organization_id, year, rule_code, sum(applicable) as applicable, sum(exempt) as exempt,
               sum(required) as required, sum(met) as met, sum(done) as done, sum(due) as due,
               sum(fulfilled) as fulfilled, sum(fulfilled_late) as fulfilled_late, sum(waived) as waived,
               sum(open) as open, sum(overdue) as overdue
          from moved group by organization_id, year, rule_code)
    insert into compliance_org as t (organization_id, year, rule_code, applicable, exempt, required, met, done, due,
                                     fulfilled, fulfilled_late, waived, open, overdue)
    select organization_id, year, rule_code, applicable, exempt, required, met, done, due, fulfilled, fulfilled_late,
           waived, open, overdue from sums
    on conflict (organization_id, year, rule_code) do update set
        applicable = t.applicable + excluded.applicable, exempt = t.exempt + excluded.exempt,
        required = t.required + excluded.required, met = t.met + excluded.met, done = t.done + excluded.done,
        due = t.due + excluded.due, fulfilled = t.fulfilled + excluded.fulfilled,
        fulfilled_late = t.fulfilled_late + excluded.fulfilled_late, waived = t.waived + excluded.waived,
        open = t.open + excluded.open, overdue = t.overdue + excluded.overdue;
    get diagnostics n = row_count;
    return n;
end;
$$;

-- Recomputes a year exactly from the raw records (after a parameter change, or to start summarizing a year).
create function compliance_build(p_year integer) returns void
    language plpgsql
as $$
declare
    v_aged date;
begin
    perform pg_advisory_xact_lock(7301, 0);
    select aged_through into v_aged from compliance_state where id = 1;
    delete from compliance_delta where year = p_year;
    delete from compliance_org where year = p_year;
    delete from compliance_member where year = p_year;
    insert into compliance_member select * from compliance_cells_all(p_year, v_aged);
    insert into compliance_org (organization_id, year, rule_code, applicable, exempt, required, met, done, due,
                                fulfilled, fulfilled_late, waived, open, overdue)
    select a.id, p_year, c.rule_code, sum(c.applicable), sum(c.exempt), sum(c.required), sum(c.met), sum(c.done),
           sum(c.due), sum(c.fulfilled), sum(c.fulfilled_late), sum(c.waived), sum(c.open), sum(c.overdue)
      from compliance_member c
     cross join lateral unnest(compliance_path_ids(c.org_path)) as a(id)
     where c.year = p_year
     group by a.id, c.rule_code;
    insert into compliance_year (year, built_at) values (p_year, now())
        on conflict (year) do update set built_at = excluded.built_at;
end;
$$;

-- Moves "today" forward: open obligations whose due date has passed since the last call become overdue.
create function compliance_age(p_today date) returns integer
    language plpgsql
as $$
declare
    v_from date;
    v_members bigint[];
    v_years integer[];
begin
    select aged_through into v_from from compliance_state where id = 1;
    if p_today <= v_from then
        return 0;
    end if;
    perform pg_advisory_xact_lock(7301, 0);
    select aged_through into v_from from compliance_state where id = 1 for update;
    if p_today <= v_from then
        return 0; -- aged meanwhile by another session
    end if;
    update compliance_state set aged_through = p_today where id = 1;
    select array_agg(member_id), array_agg(year) into v_members, v_years
      from (select distinct o.member_id, extract(year from o.due_date)::integer as year
              from obligation o
             where o.status = 'OPEN' and o.due_date >= v_from and o.due_date < p_today) k;
    perform compliance_refresh_now(v_members, v_years);
    return coalesce(array_length(v_members, 1), 0);
end;
$$;

-- ---- triggers: every write to a record that a summary reads refreshes the cells it touches ----

create function compliance_on_study_record() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform compliance_mark(array(select member_id from new_rows),
                                         array(select extract(year from study_date)::int from new_rows));
    elsif tg_op = 'DELETE' then
        perform compliance_mark(array(select member_id from old_rows),
                                         array(select extract(year from study_date)::int from old_rows));
    else
        perform compliance_mark(
            array(select member_id from new_rows union all select member_id from old_rows),
            array(select extract(year from study_date)::int from new_rows
                  union all select extract(year from study_date)::int from old_rows));
    end if;
    return null;
end $$;

create function compliance_on_lecture() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform compliance_mark(array(select speaker_id from new_rows),
                                         array(select extract(year from lecture_date)::int from new_rows));
    elsif tg_op = 'DELETE' then
        perform compliance_mark(array(select speaker_id from old_rows),
                                         array(select extract(year from lecture_date)::int from old_rows));
    else
        perform compliance_mark(
            array(select speaker_id from new_rows union all select speaker_id from old_rows),
            array(select extract(year from lecture_date)::int from new_rows
                  union all select extract(year from lecture_date)::int from old_rows));
    end if;
    return null;
end $$;

-- only superior two-way talks count towards a quota
create function compliance_on_talk() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform compliance_mark(array(select member_id from new_rows where kind = 'SUPERIOR_TWO_WAY'),
            array(select extract(year from talk_date)::int from new_rows where kind = 'SUPERIOR_TWO_WAY'));
    elsif tg_op = 'DELETE' then
        perform compliance_mark(array(select member_id from old_rows where kind = 'SUPERIOR_TWO_WAY'),
            array(select extract(year from talk_date)::int from old_rows where kind = 'SUPERIOR_TWO_WAY'));
    else
        perform compliance_mark(
            array(select member_id from new_rows where kind = 'SUPERIOR_TWO_WAY'
                  union all select member_id from old_rows where kind = 'SUPERIOR_TWO_WAY'),
            array(select extract(year from talk_date)::int from new_rows where kind = 'SUPERIOR_TWO_WAY'
                  union all select extract(year from talk_date)::int from old_rows where kind = 'SUPERIOR_TWO_WAY'));
    end if;
    return null;
end $$;

create function compliance_on_exemption() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform compliance_mark(array(select member_id from new_rows),
                                         array(select quota_year from new_rows));
    elsif tg_op = 'DELETE' then
        perform compliance_mark(array(select member_id from old_rows),
                                         array(select quota_year from old_rows));
    else
        perform compliance_mark(
            array(select member_id from new_rows union all select member_id from old_rows),
            array(select quota_year from new_rows union all select quota_year from old_rows));
    end if;
    return null;
end $$;

create function compliance_on_obligation() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform compliance_mark(array(select member_id from new_rows),
                                         array(select extract(year from due_date)::int from new_rows));
    elsif tg_op = 'DELETE' then
        perform compliance_mark(array(select member_id from old_rows),
                                         array(select extract(year from due_date)::int from old_rows));
    else
        -- only rows whose counted fields changed (an obligation's version bump alone changes nothing)
        perform compliance_mark(
            array(select n.member_id from new_rows n join old_rows o on o.id = n.id
                   where (n.member_id, n.due_date, n.status, n.rule_code, n.fulfilled_on)
                         is distinct from (o.member_id, o.due_date, o.status, o.rule_code, o.fulfilled_on)
                  union all
                  select o.member_id from new_rows n join old_rows o on o.id = n.id
                   where (n.member_id, n.due_date, n.status, n.rule_code, n.fulfilled_on)
                         is distinct from (o.member_id, o.due_date, o.status, o.rule_code, o.fulfilled_on)),
            array(select extract(year from n.due_date)::int from new_rows n join old_rows o on o.id = n.id
                   where (n.member_id, n.due_date, n.status, n.rule_code, n.fulfilled_on)
                         is distinct from (o.member_id, o.due_date, o.status, o.rule_code, o.fulfilled_on)
                  union all
                  select extract(year from o.due_date)::int from new_rows n join old_rows o on o.id = n.id
                   where (n.member_id, n.due_date, n.status, n.rule_code, n.fulfilled_on)
                         is distinct from (o.member_id, o.due_date, o.status, o.rule_code, o.fulfilled_on)));
    end if;
    return null;
end $$;

-- a member's own fields that the summaries read: organization (where the figures roll up), status, admission and the
-- flags that make a quota apply
create function compliance_on_member() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform compliance_mark_member_all_years(array(select id from new_rows order by id));
    else
        perform compliance_mark_member_all_years(array(
            select n.id from new_rows n join old_rows o on o.id = n.id
             where (n.organization_id, n.status, n.admitted_date, n.leading_cadre, n.grassroots)
                   is distinct from (o.organization_id, o.status, o.admitted_date, o.leading_cadre, o.grassroots)
             order by n.id));
    end if;
    return null;
end $$;

create trigger tr_compliance_study_record_ins after insert on study_record referencing new table as new_rows
    for each statement execute function compliance_on_study_record();
create trigger tr_compliance_study_record_upd after update on study_record
    referencing new table as new_rows old table as old_rows
    for each statement execute function compliance_on_study_record();
create trigger tr_compliance_study_record_del after delete on study_record referencing old table as old_rows
    for each statement execute function compliance_on_study_record();

create trigger tr_compliance_lecture_ins after insert on lecture referencing new table as new_rows
    for each statement execute function compliance_on_lecture();
create trigger tr_compliance_lecture_upd after update on lecture referencing new table as new_rows old table as old_rows
    for each statement execute function compliance_on_lecture();
create trigger tr_compliance_lecture_del after delete on lecture referencing old table as old_rows
    for each statement execute function compliance_on_lecture();

create trigger tr_compliance_talk_ins after insert on talk referencing new table as new_rows
    for each statement execute function compliance_on_talk();
create trigger tr_compliance_talk_upd after update on talk referencing new table as new_rows old table as old_rows
    for each statement execute function compliance_on_talk();
create trigger tr_compliance_talk_del after delete on talk referencing old table as old_rows
    for each statement execute function compliance_on_talk();

create trigger tr_compliance_exemption_ins after insert on exemption referencing new table as new_rows
    for each statement execute function compliance_on_exemption();
create trigger tr_compliance_exemption_upd after update on exemption
    referencing new table as new_rows old table as old_rows
    for each statement execute function compliance_on_exemption();
create trigger tr_compliance_exemption_del after delete on exemption referencing old table as old_rows
    for each statement execute function compliance_on_exemption();

create trigger tr_compliance_obligation_ins after insert on obligation referencing new table as new_rows
    for each statement execute function compliance_on_obligation();
create trigger tr_compliance_obligation_upd after update on obligation
    referencing new table as new_rows old table as old_rows
    for each statement execute function compliance_on_obligation();
create trigger tr_compliance_obligation_del after delete on obligation referencing old table as old_rows
    for each statement execute function compliance_on_obligation();

create trigger tr_compliance_member_ins after insert on member referencing new table as new_rows
    for each statement execute function compliance_on_member();
create trigger tr_compliance_member_upd after update on member referencing new table as new_rows old table as old_rows
    for each statement execute function compliance_on_member();

-- an organization's place in the tree is fixed once made (paths are never rewritten); summaries rely on it
create function compliance_refuse_path_change() returns trigger language plpgsql as $$
begin
    if old.path not like '%/' || old.id || '/' then
        return new; -- the path is being completed with the new organization's own id
    end if;
    raise exception 'organization % cannot move: its path is fixed (%)', old.id, old.path;
end $$;
create trigger tr_organization_path_fixed before update of path, parent_id on organization
    for each row when (old.path is distinct from new.path or old.parent_id is distinct from new.parent_id)
    execute function compliance_refuse_path_change();
