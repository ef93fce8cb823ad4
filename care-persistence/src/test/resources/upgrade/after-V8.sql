-- Old members' subsidies (V8): the year's standard and a payment to the member, who is over 70.
insert into old_member_subsidy_standard (id, created_at, updated_at, subsidy_year, monthly_amount, funding_source)
values (1, now(), now(), 2024, 100.00, 'PARTY_FEES');
insert into old_member_subsidy_payment (id, created_at, updated_at, member_id, period_kind, period_start,
                                        period_months, amount, funding_source, paid_on)
values (1, now(), now(), 1, 'QUARTER', '2024-01-01', 3, 300.00, 'PARTY_FEES', '2024-01-10');
