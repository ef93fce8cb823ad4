-- party care: runs after every migration (Flyway callback), so it also covers audit tables added by later versions.
-- The audit trail is append-only for everyone who connects, the application's own user included: Envers' revision
-- and *_aud tables and the sensitive-read log accept inserts and refuse updates, deletes and truncation.

create or replace function audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end $$;

do $$
declare
    t record;
begin
    for t in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
              where n.nspname = current_schema() and c.relkind = 'r'
                and (c.relname like '%\_aud' or c.relname in ('revinfo', 'sensitive_read')) loop
        execute format('create or replace trigger tr_%s_append_only before update or delete on %I'
                       || ' for each row execute function audit_append_only()', t.relname, t.relname);
        execute format('create or replace trigger tr_%s_no_truncate before truncate on %I'
                       || ' for each statement execute function audit_append_only()', t.relname, t.relname);
    end loop;
end $$;
