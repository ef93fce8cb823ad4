-- The secretaries' daily work (V2): a talk and study hours of the member.
insert into talk (id, created_at, updated_at, member_id, talk_date, kind, talker_name, talker_post, place, summary)
values (1, now(), now(), 1, '2024-03-05', 'ROUTINE', '王书记', 'BRANCH_SECRETARY', '活动室', '升级前的谈话');
insert into study_record (id, created_at, updated_at, member_id, study_date, hours, kind, course)
values (1, now(), now(), 1, '2024-03-06', 2.5, 'BRANCH_STUDY', '升级前的学习');
