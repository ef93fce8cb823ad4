-- Data as the foundation release (V1) kept it: an organization tree, a member with an event, a user.
insert into organization (id, created_at, updated_at, code, name, level, parent_id, path, depth, sort_order)
values (1, now(), now(), 'UP', '升级测试市委', 'MUNICIPAL', null, '/1/', 0, 0),
       (2, now(), now(), 'UP01', '升级测试支部', 'BRANCH', 1, '/1/2/', 1, 1);
insert into member (id, created_at, updated_at, organization_id, name, gender, ethnicity, id_number, birth_date,
                    admitted_date, full_member_date, category, status, household)
values (1, now(), now(), 2, '升级测试党员', 'MALE', '汉族', '370102195001011234', '1950-01-01',
        '1975-07-01', '1976-07-01', 'FULL', 'ACTIVE', 'URBAN');
insert into member_event (id, created_at, updated_at, member_id, kind, event_date, note, recorded_by)
values (1, now(), now(), 1, 'ADMITTED', '1975-07-01', '入党', 'upgrade');
insert into app_user (id, created_at, updated_at, username, display_name, password_hash, role, organization_id)
values (1, now(), now(), 'upgrade1', '升级测试书记', '{noop}x', 'SECRETARY', 2);
