-- An organization's activity (V12) with the member taking part.
insert into org_activity (id, created_at, updated_at, organization_id, kind, title, start_date, end_date,
                          hours_per_day)
values (1, now(), now(), 2, 'BRANCH_STUDY', '升级前的支部学习', '2024-04-01', '2024-04-01', 2.0);
insert into org_activity_participant (id, created_at, updated_at, activity_id, member_id)
values (1, now(), now(), 1, 1);
