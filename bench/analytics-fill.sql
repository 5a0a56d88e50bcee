-- Issue 13's bench data, straight into the analytics projections (the tables the dashboard reads):
-- :n complaints and :n/8 surveys of eight answers each (:n answers) over the last two years, and
-- the ended calls. quarter_key follows the Jalali quarter starts (1 Farvardin ≈ 21 March, 1 Tir ≈
-- 22 June, 1 Mehr ≈ 23 September, 1 Dey ≈ 22 December); a day off at a boundary does not matter here.
create function pg_temp.qk(t timestamptz) returns int language sql immutable as $$
  select (case when d >= make_date(y, 3, 21) then y - 621 else y - 622 end) * 10
       + case when d >= make_date(y, 12, 22) or d < make_date(y, 3, 21) then 4
              when d >= make_date(y, 9, 23) then 3 when d >= make_date(y, 6, 22) then 2 else 1 end
  from (select (t at time zone 'Asia/Tehran')::date as d, extract(year from t at time zone 'Asia/Tehran')::int as y) x
$$;

create temp table reason_codes as select array_agg(code order by code) as codes from dissatisfaction_reason;
create temp table depts as select array_agg(code order by code) as codes from department;

insert into analytics_complaint (complaint_id, tracking_code, channel, category_code, received_at, quarter_key, owner_id,
    department_code, state, priority, acknowledged_at, acknowledge_due_at, communicated_at, resolution_due_at, closed_at,
    closed_quarter_key, acknowledge_minutes, resolve_minutes, customer_satisfied, reopened, handling_rating, case_reasons,
    updated_at)
select g, 'B' || lpad(g::text, 9, '0'), (array['WEB_FORM','CEO_PAGE','EMAIL','PHONE','ONSITE_FORM','SURVEY'])[1 + g % 6],
       (array['SALES','INSTALLATION','AFTER_SALES','PRODUCT'])[1 + g % 4], r, pg_temp.qk(r), 1000 + g % 40,
       d.codes[1 + g % array_length(d.codes, 1)],
       case when g % 10 < 8 then 'CLOSED' when g % 10 = 8 then 'INVESTIGATING' else 'AWAITING_CONFIRMATION' end,
       'NORMAL', r + interval '2 hours', r + interval '8 hours',
       case when g % 10 <> 8 then r + (g % 9 + 1) * interval '1 day' end, r + interval '10 days',
       case when g % 10 < 8 then r + (g % 9 + 2) * interval '1 day' end,
       case when g % 10 < 8 then pg_temp.qk(r + (g % 9 + 2) * interval '1 day') end,
       60 + g % 300, case when g % 10 <> 8 then 480 * (g % 9 + 1) end,
       case when g % 10 < 8 then g % 7 <> 0 end, g % 33 = 0, case when g % 4 = 0 then 1 + g % 5 end,
       case when g % 10 < 8 and g % 3 = 0 then array[rc.codes[1 + g % array_length(rc.codes, 1)]] else '{}' end, now()
from generate_series(1, :n) g
cross join depts d cross join reason_codes rc
cross join lateral (select now() - interval '730 days' + (g * interval '730 days' / :n)) t(r);

insert into analytics_survey (survey_id, call_id, customer_id, completed_at, quarter_key, mode, installer_ids, seller_ids,
    departments, reasons)
select g, g, 1 + g % 5000, c, pg_temp.qk(c), 'PHONE', array[2000 + g % 60]::bigint[], array[3000 + g % 30]::bigint[],
       array[d.codes[1 + g % array_length(d.codes, 1)]],
       case when g % 5 = 0 then array[rc.codes[1 + g % array_length(rc.codes, 1)]] else '{}' end
from generate_series(1, :n / 8) g
cross join depts d cross join reason_codes rc
cross join lateral (select now() - interval '730 days' + (g * interval '730 days' / (:n / 8))) t(c);

insert into analytics_answer (survey_id, question_code, quarter_key, section, type, score, not_applicable, dissatisfied,
    reason_codes, answer_text)
select s.survey_id, q.code, s.quarter_key, q.section, q.type,
       case when q.type = 'TEXT' then null when q.type = 'RECOMMEND' then (s.survey_id * 7 + q.position) % 11
            else 1 + (s.survey_id * 3 + q.position) % 5 end,
       false, q.type = 'SCALE' and 1 + (s.survey_id * 3 + q.position) % 5 <= 2, '{}',
       case when q.type = 'TEXT' then 'نظر مشتری ' || s.survey_id end
from analytics_survey s cross join survey_question q where q.questionnaire_id = 1;

insert into analytics_call (call_id, outcome, ended_at, quarter_key)
select g, (array['COMPLETED','COMPLETED','COMPLETED','COMPLETED','COMPLETED','UNREACHABLE','REFUSED','NOT_CALLED'])[1 + g % 8],
       c, pg_temp.qk(c)
from generate_series(1, :n / 8 * 8 / 5) g
cross join lateral (select now() - interval '730 days' + (g * interval '730 days' / (:n / 8 * 8 / 5))) t(c);
vacuum analyze analytics_complaint, analytics_survey, analytics_answer, analytics_call;
